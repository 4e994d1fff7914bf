package main

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/loaders/attrib"
	"github.com/claimgraph/claimgraph/loaders/attrib/internal/polnear"
	"github.com/claimgraph/claimgraph/loaders/doc"
)

// shower prints misses of one kind with the gold roles marked, so that
// the frames the rules refuse can be read off train articles (-show); it
// prints article text, so its output is for reading, never for the repo.
type shower struct {
	kind, word string
	left       int
	w          io.Writer
}

// show prints m when it is of the kind (and cue word) asked for, with
// the candidates whose cue shares its sentence.
func (sh *shower) show(g polnear.Doc, cands []attrib.Candidate, m polnear.Attr, kind, head string) {
	if sh.left <= 0 || !strings.HasPrefix(kind, sh.kind) || sh.word != "" && head != sh.word {
		return
	}
	sh.left--
	lo, hi := window(g.Text, m)
	type mark struct {
		at  int
		tag string
	}
	var ms []mark
	for _, r := range []struct {
		spans      []doc.Span
		open, shut string
	}{{m.Source, "[S ", "]"}, {m.Cue, "<C ", ">"}, {m.Content, "{", "}"}} {
		for _, s := range r.spans {
			ms = append(ms, mark{s.Start, r.open}, mark{s.End, r.shut})
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].at < ms[j].at })
	var b strings.Builder
	at := lo
	for _, k := range ms {
		if k.at < lo || k.at > hi {
			continue
		}
		b.WriteString(g.Text[at:k.at])
		b.WriteString(k.tag)
		at = k.at
	}
	b.WriteString(g.Text[at:hi])
	fmt.Fprintf(sh.w, "== %s %s\n%s\n", head, g.ID, strings.ReplaceAll(b.String(), "\n", " "))
	for _, c := range cands {
		if c.Cue.Start >= lo && c.Cue.End <= hi {
			fmt.Fprintf(sh.w, "   cand %s cue=%q src=%q content=%.60q\n", c.Rule, g.Text[c.Cue.Start:c.Cue.End],
				g.Text[c.Speaker.Start:c.Speaker.End], g.Text[c.Content.Start:c.Content.End])
		}
	}
}

// window is the stretch of text from the first to the last gold span of
// m, widened to whole lines.
func window(text string, m polnear.Attr) (int, int) {
	lo, hi := len(text), 0
	for _, ss := range [][]doc.Span{m.Source, m.Cue, m.Content} {
		for _, s := range ss {
			lo, hi = min(lo, s.Start), max(hi, s.End)
		}
	}
	if lo > hi {
		return 0, 0
	}
	if i := strings.LastIndexAny(text[:lo], "\n"); i >= 0 {
		lo = i + 1
	} else {
		lo = 0
	}
	if i := strings.IndexAny(text[hi:], "\n"); i >= 0 {
		hi += i
	} else {
		hi = len(text)
	}
	return lo, hi
}
