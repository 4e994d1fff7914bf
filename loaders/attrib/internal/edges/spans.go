package main

import (
	"sort"
	"unicode"

	"github.com/claimgraph/claimgraph/loaders/eval"
)

// span is one role's characters as the scorer reads them: sorted
// code-point offsets, white space and punctuation left out.
type span []int

func (s span) equal(o span) bool {
	if len(s) != len(o) {
		return false
	}
	for i := range s {
		if s[i] != o[i] {
			return false
		}
	}
	return true
}

func (s span) first() int { return s[0] }
func (s span) last() int  { return s[len(s)-1] }

// inter counts the offsets two spans share.
func inter(a, b span) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// trimmed reports whether the scorer drops the character: white space,
// ASCII punctuation, curly quotes and dashes.
func trimmed(r rune) bool {
	if unicode.IsSpace(r) || r < 128 && unicode.IsPunct(r) || r < 128 && unicode.IsSymbol(r) {
		return true
	}
	switch r {
	case '\u201c', '\u201d', '\u2018', '\u2019', '\u2014', '\u2013':
		return true
	}
	return false
}

// spansOf returns the non-empty spans of one role in a document's
// attributions.
func spansOf(d eval.Doc, role string, text []rune) []span {
	var out []span
	for _, a := range d.Attributions {
		r := map[string]*eval.Role{"source": a.Source, "cue": a.Cue, "content": a.Content}[role]
		if r == nil {
			continue
		}
		seen := map[int]bool{}
		var s span
		for _, p := range r.Spans {
			for i := p[0]; i < p[1]; i++ {
				// An offset past the text (a span the gold or a
				// prediction ran over the end with) names no character.
				if i < len(text) && !seen[i] && !trimmed(text[i]) {
					seen[i] = true
					s = append(s, i)
				}
			}
		}
		if len(s) > 0 {
			sort.Ints(s)
			out = append(out, s)
		}
	}
	return out
}

// matchOverlap pairs gold and predicted spans one to one, greedily by
// Jaccard similarity among overlapping pairs, in the scorer's order.
func matchOverlap(gs, ps []span) [][2]int {
	type cand struct {
		score float64
		i, j  int
	}
	var cs []cand
	for i, g := range gs {
		for j, p := range ps {
			if n := inter(g, p); n > 0 {
				cs = append(cs, cand{float64(n) / float64(len(g)+len(p)-n), i, j})
			}
		}
	}
	// Python sorts the tuples (score, i, j) in reverse.
	sort.Slice(cs, func(a, b int) bool {
		if cs[a].score != cs[b].score {
			return cs[a].score > cs[b].score
		}
		if cs[a].i != cs[b].i {
			return cs[a].i > cs[b].i
		}
		return cs[a].j > cs[b].j
	})
	usedG, usedP := map[int]bool{}, map[int]bool{}
	var out [][2]int
	for _, c := range cs {
		if !usedG[c.i] && !usedP[c.j] {
			usedG[c.i], usedP[c.j] = true, true
			out = append(out, [2]int{c.i, c.j})
		}
	}
	return out
}
