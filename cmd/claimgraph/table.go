package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/rivo/uniseg"
	"golang.org/x/term"
)

// plural writes a count with its noun: "1 row", "2 rows".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// defaultWidth is the table width when standard output is no terminal
// and COLUMNS is not set.
const defaultWidth = 120

// outputWidth is the width a table should fit: the terminal's when w is
// one, else $COLUMNS, else defaultWidth.
func outputWidth(w io.Writer) int {
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		if cols, _, err := term.GetSize(int(f.Fd())); err == nil && cols > 0 {
			return cols
		}
	}
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 {
		return n
	}
	return defaultWidth
}

// table is query results as text cells, one column per name.
type table struct {
	cols  []string
	cells [][]string
}

func (t *table) index(name string) int {
	for i, c := range t.cols {
		if c == name {
			return i
		}
	}
	return -1
}

func (t *table) drop(i int) {
	t.cols = append(t.cols[:i:i], t.cols[i+1:]...)
	for r := range t.cells {
		t.cells[r] = append(t.cells[r][:i:i], t.cells[r][i+1:]...)
	}
}

// readable makes a table for people: an article is shown by its headline
// (ids of text files are sha256 hashes), a "…_text" column repeats
// nothing its entity column says ("who" and "who_text" are mostly the
// same words), and columns empty in every row go. --wide, CSV and JSON
// keep everything.
func (t *table) readable() {
	if a, h := t.index("article"), t.index("title"); a >= 0 && h >= 0 {
		for _, row := range t.cells {
			if row[h] != "" {
				row[a] = row[h]
			}
		}
		t.drop(h)
	}
	for _, pair := range [][2]string{{"who", "who_text"}, {"speaker", "speaker_text"}} {
		e, x := t.index(pair[0]), t.index(pair[1])
		if e < 0 || x < 0 {
			continue
		}
		for _, row := range t.cells {
			if strings.EqualFold(row[e], row[x]) {
				row[x] = ""
			}
		}
	}
	for i := len(t.cols) - 1; i >= 0; i-- {
		empty := true
		for _, row := range t.cells {
			if row[i] != "" {
				empty = false
				break
			}
		}
		if empty && len(t.cols) > 1 {
			t.drop(i)
		}
	}
}

// wideColumns get twice the share of the others when a table must
// shrink: they hold what a row is about.
var wideColumns = map[string]bool{"content": true, "text": true, "aliases": true}

// widths are the column widths that fit width. Every column keeps its
// natural width up to a cap (twice the cap for wideColumns), the cap as
// large as fits; no column goes below its header or minColumn.
func (t *table) widths(width int) []int {
	const gap, minColumn = 2, 8
	natural := make([]int, len(t.cols))
	floor := make([]int, len(t.cols))
	weight := make([]int, len(t.cols))
	for i, c := range t.cols {
		natural[i] = uniseg.StringWidth(c)
		for _, row := range t.cells {
			natural[i] = max(natural[i], uniseg.StringWidth(row[i]))
		}
		floor[i] = min(natural[i], max(uniseg.StringWidth(c), minColumn))
		weight[i] = 1
		if wideColumns[c] {
			weight[i] = 2
		}
	}
	avail := width - gap*(len(t.cols)-1)
	at := func(limit int) []int {
		out := make([]int, len(natural))
		for i := range natural {
			out[i] = max(floor[i], min(natural[i], limit*weight[i]))
		}
		return out
	}
	sum := func(ws []int) int {
		s := 0
		for _, w := range ws {
			s += w
		}
		return s
	}
	lo, hi := 0, 0
	for _, n := range natural {
		hi = max(hi, n)
	}
	for lo < hi { // the largest cap whose total fits
		mid := (lo + hi + 1) / 2
		if sum(at(mid)) <= avail {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return at(lo)
}

// elide shortens s to at most w columns, ending in "…" when cut.
func elide(s string, w int) string {
	if uniseg.StringWidth(s) <= w {
		return s
	}
	var b strings.Builder
	used := 0
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		cw := g.Width()
		if used+cw > w-1 {
			break
		}
		b.WriteString(g.Str())
		used += cw
	}
	return b.String() + "…"
}

// write prints the table with columns of the given widths (nil: as wide
// as their content), then the row count.
func (t *table) write(w io.Writer, widths []int) error {
	line := func(cells []string) string {
		var b strings.Builder
		for i, c := range cells {
			if widths != nil {
				c = elide(c, widths[i])
			}
			if i == len(cells)-1 {
				b.WriteString(c)
				break
			}
			b.WriteString(c)
			pad := 2
			if widths != nil {
				pad += widths[i] - uniseg.StringWidth(c)
			}
			b.WriteString(strings.Repeat(" ", pad))
		}
		return strings.TrimRight(b.String(), " ") + "\n"
	}
	if widths == nil {
		widths = t.widths(1 << 30)
	}
	header := make([]string, len(t.cols))
	for i, c := range t.cols {
		header[i] = strings.ToUpper(c)
	}
	if _, err := io.WriteString(w, line(header)); err != nil {
		return err
	}
	for _, row := range t.cells {
		if _, err := io.WriteString(w, line(row)); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintf(w, "(%s)\n", plural(len(t.cells), "row"))
	return err
}
