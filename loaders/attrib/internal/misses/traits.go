package main

import (
	"fmt"
	"sort"

	"github.com/claimgraph/claimgraph/loaders/attrib"
	"github.com/claimgraph/claimgraph/loaders/attrib/internal/polnear"
	"github.com/claimgraph/claimgraph/loaders/doc"
)

// Traits cut across the kinds: a miss may have several, or none.
const (
	earlierContent = "content starts in a sentence before the cue's"
	nested         = "cue inside another gold attribution's content"
	inQuote        = "cue inside a quotation"
	sourceAfter    = "source after the cue"
	noSource       = "no source"
)

// tally is what the tool counts besides the kinds: the traits of the
// misses, the gold attributions a candidate matched but the filter
// dropped, and how often each cue head outside the lexicon is missed.
type tally struct {
	traits  map[string]int
	dropped int
	heads   map[string]int
}

func newTally() *tally { return &tally{traits: map[string]int{}, heads: map[string]int{}} }

// addTraits counts the traits of miss m of article g, whose document is d.
func (t *tally) addTraits(d *doc.Document, g polnear.Doc, m polnear.Attr) {
	if len(m.Cue) == 0 {
		return
	}
	cue := m.Cue[0]
	ci := tokenAt(d, cue.Start)
	if len(m.Content) > 0 && ci >= 0 {
		if k := tokenAt(d, m.Content[0].Start); k >= 0 && d.View.Sentence[k] < d.View.Sentence[ci] {
			t.traits[earlierContent]++
		}
	}
	for _, o := range g.Attrs {
		if polnear.Overlaps(o.Content, cue) && !polnear.Overlaps(o.Cue, cue) {
			t.traits[nested]++
			break
		}
	}
	if ci >= 0 && d.View.InQuote[ci] {
		t.traits[inQuote]++
	}
	switch {
	case len(m.Source) == 0:
		t.traits[noSource]++
	case m.Source[0].Start >= cue.End:
		t.traits[sourceAfter]++
	}
}

// tokenAt is the first token that ends after byte offset at, or -1.
func tokenAt(d *doc.Document, at int) int {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > at })
	if i == len(d.Tokens) {
		return -1
	}
	return i
}

// addDropped counts the gold attributions of g that a candidate matches
// and no attribution the filter keeps does. It runs the attribution stage
// again on d, the document the candidates were read from: the candidates
// are copies, so they outlive it.
func (t *tally) addDropped(d *doc.Document, g polnear.Doc, cands []attrib.Candidate) {
	attrib.Extract(d)
	for _, ga := range g.Attrs {
		if !matchesAny(ga, cands) {
			continue
		}
		kept := false
		for _, a := range d.Attributions {
			kept = kept || ga.Matches(a.Cue, a.Content)
		}
		if !kept {
			t.dropped++
		}
	}
}

// matchesAny reports whether a rule proposed the gold attribution before
// the filter ran: a miss it explains is the filter's, not the rules'.
func matchesAny(ga polnear.Attr, cands []attrib.Candidate) bool {
	for _, c := range cands {
		if ga.Matches(c.Cue, c.Content) {
			return true
		}
	}
	return false
}

// print writes the traits, the filter's drops and how the missed cue
// heads outside the lexicon spread: a long tail of words missed once or
// twice, or a few words a rule could take.
func (t *tally) print() {
	fmt.Println("traits of the misses (a miss may have several):")
	for _, k := range []string{noSource, sourceAfter, nested, earlierContent, inQuote} {
		fmt.Printf("%6d  %s\n", t.traits[k], k)
	}
	fmt.Printf("%d gold attributions have a candidate that the filter drops\n", t.dropped)
	buckets := []struct {
		name     string
		min, max int
	}{{"missed once", 1, 1}, {"2-4 times", 2, 4}, {"5-9 times", 5, 9}, {"10 or more", 10, 1 << 30}}
	fmt.Printf("%d cue heads outside the lexicon are missed:", len(t.heads))
	for _, b := range buckets {
		words, misses := 0, 0
		for _, n := range t.heads {
			if n >= b.min && n <= b.max {
				words++
				misses += n
			}
		}
		fmt.Printf(" %s %d (%d misses);", b.name, words, misses)
	}
	fmt.Println()
}
