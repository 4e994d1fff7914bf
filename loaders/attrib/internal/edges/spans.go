package main

import (
	"sort"

	"github.com/claimgraph/claimgraph/internal/sortedset"
	"github.com/claimgraph/claimgraph/loaders/eval"
)

// span is one role's characters as the scorer reads them: sorted
// code-point offsets, white space and punctuation left out.
type span []int

func (s span) first() int { return s[0] }
func (s span) last() int  { return s[len(s)-1] }

// spansOf returns the non-empty spans of one role in a document's
// attributions, as the scorer reads them (eval.Chars).
func spansOf(d eval.Doc, role string, text []rune) []span {
	var out []span
	for _, a := range d.Attributions {
		r := map[string]*eval.Role{"source": a.Source, "cue": a.Cue, "content": a.Content}[role]
		if s := eval.Chars(r, text); len(s) > 0 {
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
			if n := sortedset.Intersect(g, p); n > 0 {
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
