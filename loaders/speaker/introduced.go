package speaker

import (
	"sort"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// introduced gives a quotation that opens its sentence the person whose
// name closes the sentence right before it, when that sentence reports
// nobody's words: a writer introduces someone, then quotes them ("… grew
// out of research by the company's research director Dr Alastair
// Sibbald. “We are basically trying to fool your ears.”").
func introduced(x *ctx, q doc.Quote) (doc.Attribution, bool) {
	s := x.sentenceOf(q.Start)
	if s <= 0 || !x.utterance(q) || x.d.Sentences[s].Start != q.Start || x.d.Sentences[s-1].Para != x.d.Sentences[s].Para {
		return doc.Attribution{}, false
	}
	prev := x.d.Sentences[s-1]
	if x.reports(prev.Span) {
		return doc.Attribution{}, false
	}
	m, ok := x.lastPerson(prev)
	if !ok {
		return doc.Attribution{}, false
	}
	return doc.Attribution{Speaker: m.Span, Content: x.trimmed(q), Lemma: "say", Kind: doc.Direct}, true
}

// reports reports whether an attribution's cue lies in s.
func (x *ctx) reports(s doc.Span) bool {
	k := sort.Search(len(x.byCue), func(j int) bool { return x.d.Attributions[x.byCue[j]].Cue.Start >= s.Start })
	return k < len(x.byCue) && x.d.Attributions[x.byCue[k]].Cue.Start < s.End
}

// lastPerson returns the name of a person that ends sentence s, at most
// its closing stop after it.
func (x *ctx) lastPerson(s doc.Sentence) (doc.Mention, bool) {
	end := s.End
	if s.Last-1 >= s.First && x.d.Tokens[s.Last-1].Kind == doc.Punct {
		end = x.d.Tokens[s.Last-1].Start
	}
	m, ok := x.personEnds[end]
	return m, ok
}
