// Package polnear reads PolNeAR-style gold for the attribution tools
// (trainfilter, byrule, misses): JSON Lines of {doc_id, text, primary,
// attributions: [{source, cue, content: {spans}}]}, each span converted to
// byte offsets into the text.
package polnear

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/quotes"
	"github.com/claimgraph/claimgraph/loaders/segment"
)

// Attr is one gold attribution. A role the annotator left out is nil; a
// role with no spans is empty but not nil.
type Attr struct {
	Source, Cue, Content []doc.Span
}

// Doc is one primary gold article.
type Doc struct {
	ID    string
	Text  string
	Attrs []Attr
}

type role struct {
	Spans [][2]int `json:"spans"`
}

type record struct {
	DocID        string `json:"doc_id"`
	Text         string `json:"text"`
	Primary      *bool  `json:"primary"`
	Attributions []struct {
		Source, Cue, Content *role
	} `json:"attributions"`
}

// Read calls fn on each primary article of the file at path, in order (a
// record with no "primary" key counts as primary).
func Read(path string, fn func(Doc)) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("cannot read the gold file: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		var r record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return fmt.Errorf("line %d of %s is not a PolNeAR record: %w", line, path, err)
		}
		if r.Primary != nil && !*r.Primary {
			continue
		}
		fn(convert(r))
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	return nil
}

func convert(r record) Doc {
	byteAt := runeToByte(r.Text)
	conv := func(ro *role) []doc.Span {
		if ro == nil {
			return nil
		}
		out := []doc.Span{}
		for _, s := range ro.Spans {
			out = append(out, doc.Span{Start: byteAt(s[0]), End: byteAt(s[1])})
		}
		return out
	}
	d := Doc{ID: r.DocID, Text: r.Text}
	for _, a := range r.Attributions {
		d.Attrs = append(d.Attrs, Attr{conv(a.Source), conv(a.Cue), conv(a.Content)})
	}
	return d
}

func runeToByte(text string) func(int) int {
	var at []int
	for i := range text {
		at = append(at, i)
	}
	at = append(at, len(text))
	return func(r int) int {
		if r < 0 {
			return 0
		}
		if r >= len(at) {
			return len(text)
		}
		return at[r]
	}
}

// Overlaps reports whether s shares a byte with one of spans.
func Overlaps(spans []doc.Span, s doc.Span) bool {
	for _, g := range spans {
		if g.Overlaps(s) {
			return true
		}
	}
	return false
}

// Document is the article segmented and its quotations found: what the
// attribution rules read.
func (g Doc) Document() *doc.Document {
	d := doc.New(doc.Article{ID: g.ID, Text: g.Text})
	segment.Segment(d)
	quotes.Find(d)
	return d
}

// Matches reports whether a predicted cue and content overlap this gold
// attribution's, as the tools count a candidate as found.
func (a Attr) Matches(cue, content doc.Span) bool {
	return Overlaps(a.Cue, cue) && Overlaps(a.Content, content)
}

// TrimSpan drops the spaces and punctuation at both ends of s, as the
// scorer does before comparing spans.
func TrimSpan(text string, s doc.Span) doc.Span {
	trim := func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) }
	for s.Start < s.End {
		r, n := utf8.DecodeRuneInString(text[s.Start:])
		if !trim(r) {
			break
		}
		s.Start += n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[:s.End])
		if !trim(r) {
			break
		}
		s.End -= n
	}
	return s
}

// WriteWeights writes a logistic regression in the form attrib reads
// (parseWeights): head (comment lines and the _bias and _threshold lines,
// each ending in a newline), then every feature whose weight is at least
// 0.02 from zero, sorted, with its weight. It returns how many features
// it wrote.
func WriteWeights(out, head string, w map[string]float64) (int, error) {
	of, err := os.Create(out)
	if err != nil {
		return 0, fmt.Errorf("cannot write the model: %w", err)
	}
	bw := bufio.NewWriter(of)
	bw.WriteString(head)
	keys := make([]string, 0, len(w))
	for k, v := range w {
		if math.Abs(v) >= 0.02 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(bw, "%s\t%.4f\n", k, w[k])
	}
	if err := bw.Flush(); err != nil {
		of.Close()
		return 0, fmt.Errorf("cannot write the model: %w", err)
	}
	if err := of.Close(); err != nil {
		return 0, fmt.Errorf("cannot write the model: %w", err)
	}
	return len(keys), nil
}
