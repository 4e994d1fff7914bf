// Package attrib owns the attribution stage: who asserted what, with which
// cue, as a direct, indirect or mixed quote.
//
// Rules find the candidates; a small learned filter (filter.go, trained on
// PolNeAR's training split) then drops the unlikely ones. A cue is a
// reporting or belief verb from the embedded lexicon (cues.txt), "according
// to", "Asked about …," or a headline colon; around each cue the rules find the
// source phrase (the noun phrase before the cue, after it when inverted as
// in “…,” said X, or the clause's subject for "…, saying …") and the
// content: the clause after the cue, or, when the cue and its source close
// the sentence (“…,” he said / CLAUSE, X said.), the quote or clause before
// them. Speaker spans are left unresolved (SpeakerEntity = -1): the entity
// stage maps them to entities.
package attrib

import (
	"github.com/claimgraph/claimgraph/loaders/doc"
)

// Extract fills d.Attributions. It looks at each token a bounded number of
// times, so it runs in time linear in the text.
func Extract(d *doc.Document) {
	cands := Candidates(d)
	d.Attributions = d.Attributions[:0]
	for _, c := range cands {
		if filter.keep(c.Features) {
			d.Attributions = append(d.Attributions, c.Attribution)
		}
	}
}

// Candidate is an attribution as the rules found it, before the learned
// filter (filter.go) drops the unlikely ones, with the features the filter
// scores.
type Candidate struct {
	doc.Attribution
	Features []string
}

// Candidates runs the rules alone: it fills d.Attributions with every
// candidate and returns them with their features. Training the filter
// uses it; Extract filters its output.
func Candidates(d *doc.Document) []Candidate {
	d.Attributions = d.Attributions[:0]
	x := newCtx(d)
	var out []Candidate
	for si := range d.Sentences {
		s := d.Sentences[si]
		if d.BodyStart > 0 && s.End <= d.BodyStart || s.Start >= d.BodyEnd {
			continue
		}
		first := len(d.Attributions)
		x.sentence(si)
		for k := first; k < len(d.Attributions); k++ {
			out = append(out, Candidate{d.Attributions[k], x.features(s, first, k)})
		}
	}
	return out
}

// sentence finds the attributions whose cue lies in sentence si.
func (x *ctx) sentence(si int) {
	s := x.d.Sentences[si]
	firstInSentence := len(x.d.Attributions)
	title := x.titleCase(s)
	for i := s.First; i < s.Last; i++ {
		if x.inQuote[i] {
			continue
		}
		t := x.tok(i)
		if t.Text == ":" && i > s.First && i-s.First <= 7 && i+1 < s.Last {
			if a, ok := x.colonCue(s, i); ok {
				x.d.Attributions = append(x.d.Attributions, a)
			}
			continue
		}
		if t.Kind != doc.Word {
			continue
		}
		if x.lower[i] == "asked" && (i == s.First || i == s.First+1 && x.is(s.First, "when", "if")) {
			if a, ok := x.askedIntro(s, i); ok {
				x.d.Attributions = append(x.d.Attributions, a)
			}
			continue
		}
		if x.lower[i] == "asked" && i-1 > s.First && x.is(i-1, "when") {
			if a, ok := x.whenAsked(s, i); ok {
				x.d.Attributions = append(x.d.Attributions, a)
			}
			continue
		}
		if i == s.First && (x.lower[i] == "said" || x.lower[i] == "says" || x.lower[i] == "added") {
			if a, ok := x.saidIntro(s, i); ok {
				x.d.Attributions = append(x.d.Attributions, a)
				continue
			}
		}
		if x.lower[i] == "according" && x.is(i+1, "to") {
			if a, ok := x.accordingTo(s, i); ok {
				x.d.Attributions = append(x.d.Attributions, a)
				i++
			}
			continue
		}
		if x.lower[i] == "to" && (i == s.First || i == s.First+1 && x.is(s.First, "but", "and")) && s.Para > 0 {
			if a, ok := x.toViewpoint(s, i); ok {
				x.d.Attributions = append(x.d.Attributions, a)
			}
			continue
		}
		if x.lower[i] == "reportedly" {
			if a, ok := x.reportedly(s, i); ok {
				x.d.Attributions = append(x.d.Attributions, a)
			}
			continue
		}
		if x.lower[i] == "in" {
			if a, ok := x.inPoll(s, i); ok {
				x.d.Attributions = append(x.d.Attributions, a)
			}
			continue
		}
		c, ok := x.phraseCue(s, i)
		if !ok {
			c, ok = cueForms[x.lower[i]]
		}
		x.weakCue = ""
		if !ok && x.lower[i] == "reports" && i > s.First && x.tok(i-1).Kind == doc.Word && capitalized(x.tok(i-1).Text) && !title {
			// "reports" is mostly a noun, but after a name it is the
			// verb: "CBS News reports that …", "…, the Chicago Tribune
			// reports." (12 of 18 on train).
			c, ok, x.weakCue = reportsCue, true, "named"
		}
		if !ok || !startsLowerOrFirst(t.Text, i == s.First || title) {
			continue
		}
		if a, ok := x.verbCue(s, i, c, firstInSentence); ok {
			if x.weakCue != "" {
				x.weak[len(x.d.Attributions)] = x.weakCue
			}
			x.d.Attributions = append(x.d.Attributions, a)
		}
	}
}
