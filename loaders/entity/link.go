package entity

import (
	"cmp"
	"slices"
	"sort"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// linkKey keeps Link's sorted copy of the mentions in doc.Scratch.
type linkKey struct{}

// Link fills each attribution's AboutEntities and AboutEvents: the
// entities named and the events mentioned inside its content, so that
// "who said what about the peace talks" is one graph query.
func Link(d *doc.Document) {
	kept := doc.ScratchSlice[doc.Mention](&d.Scratch, linkKey{})
	*kept = append(*kept, d.Mentions...)
	ms := *kept
	slices.SortStableFunc(ms, byStart)
	type evm struct {
		doc.Span
		ev int
	}
	var evs []evm
	for i, ev := range d.Events {
		evs = append(evs, evm{ev.Trigger, i})
		for _, m := range ev.Mentions {
			if m != ev.Trigger {
				evs = append(evs, evm{m, i})
			}
		}
	}
	slices.SortStableFunc(evs, func(a, b evm) int { return cmp.Compare(a.Start, b.Start) })
	for i := range d.Attributions {
		a := &d.Attributions[i]
		a.AboutEntities = a.AboutEntities[:0]
		a.AboutEvents = a.AboutEvents[:0]
		c := a.Content
		if c.Empty() {
			continue
		}
		seen := map[int]bool{}
		k := sort.Search(len(ms), func(x int) bool { return ms[x].Start >= c.Start })
		for ; k < len(ms) && ms[k].Start < c.End; k++ {
			e := ms[k].Entity
			if e < 0 || e >= len(d.Entities) || seen[e] || !c.Contains(ms[k].Span) {
				continue
			}
			seen[e] = true
			a.AboutEntities = append(a.AboutEntities, e)
		}
		seenEv := map[int]bool{}
		k = sort.Search(len(evs), func(x int) bool { return evs[x].Start >= c.Start })
		for ; k < len(evs) && evs[k].Start < c.End; k++ {
			if seenEv[evs[k].ev] || !c.Contains(evs[k].Span) {
				continue
			}
			seenEv[evs[k].ev] = true
			a.AboutEvents = append(a.AboutEvents, evs[k].ev)
		}
		if len(a.AboutEntities) == 0 {
			a.AboutEntities = nil
		}
		if len(a.AboutEvents) == 0 {
			a.AboutEvents = nil
		}
	}
}

// byStart orders mentions by where they start.
func byStart(a, b doc.Mention) int { return cmp.Compare(a.Start, b.Start) }
