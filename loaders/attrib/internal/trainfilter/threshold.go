package main

import (
	"sort"

	"github.com/claimgraph/claimgraph/loaders/attrib/internal/smooth"
)

// heldOut scores the candidates' held-out probabilities at a threshold
// the way the eval scores relations: a kept candidate is a prediction,
// and each gold relation is matched to at most one of them, greedily by
// the eval's score, so that two candidates of one gold attribution count
// one true and one false.
type heldOut struct {
	probs []float64
	exs   []example
	gold  goldCounts
	// pairs are (gold, candidate) matches, grouped by article, best
	// score first within each.
	pairs []pair
}

type pair struct {
	doc, gold, ex int
	score         float64
}

func newHeldOut(exs []example, probs []float64, gold goldCounts) heldOut {
	h := heldOut{probs: probs, exs: exs, gold: gold}
	for i, e := range exs {
		for k, g := range e.golds {
			h.pairs = append(h.pairs, pair{e.doc, g, i, e.scores[k]})
		}
	}
	sort.SliceStable(h.pairs, func(a, b int) bool {
		x, y := h.pairs[a], h.pairs[b]
		if x.doc != y.doc {
			return x.doc < y.doc
		}
		return x.score > y.score
	})
	return h
}

// scores are held-out F1 figures of the candidates kept at a threshold.
type scores struct{ full, cue float64 }

func (h heldOut) at(t float64) scores {
	np, cueTP := 0, 0
	for i, p := range h.probs {
		if p >= t {
			np++
			if h.exs[i].cueExact {
				cueTP++
			}
		}
	}
	tp := 0
	usedGold, usedEx := map[[2]int]bool{}, map[int]bool{}
	for _, pr := range h.pairs {
		if h.probs[pr.ex] < t || usedEx[pr.ex] || usedGold[[2]int{pr.doc, pr.gold}] {
			continue
		}
		usedEx[pr.ex], usedGold[[2]int{pr.doc, pr.gold}] = true, true
		tp++
	}
	return scores{
		full: 2 * float64(tp) / float64(h.gold.relations+np),
		cue:  2 * float64(cueTP) / float64(h.gold.cues+np),
	}
}

// bestThreshold picks the probability cut that maximises held-out
// relation full F1, averaged over the cuts within 0.03 of it: the curve is flat near its top, and a single
// noisy maximum moved the threshold by more than a rule change moved the
// scores.
func bestThreshold(h heldOut) (float64, scores) {
	const steps, window = 91, 3
	var f [steps]float64
	var sc [steps]scores
	for s := 0; s < steps; s++ {
		sc[s] = h.at(float64(s) / 100)
		f[s] = sc[s].full
	}
	best := smooth.BestCentre(f[:], 0, steps-1, window)
	return float64(best) / 100, sc[best]
}
