package attrib

import (
	"github.com/claimgraph/claimgraph/loaders/doc"
)

// saidIntro reads a sentence that opens with its cue, the speaker and a
// quote: "Said Ms. Poynter, who grew up nearby, “We were proud.”" The
// speaker may carry an appositive or a relative clause up to the comma or
// colon that opens the quote.
func (x *ctx) saidIntro(s doc.Sentence, i int) (doc.Attribution, bool) {
	a := doc.Attribution{SpeakerEntity: -1, Lemma: cueForms[x.lower[i]].lemma, Cue: x.tok(i).Span}
	end := x.nounPhraseRight(s, i+1)
	if end == i+1 || !capitalized(x.tok(i+1).Text) && !determiners[x.lower[i+1]] {
		return a, false
	}
	for k := end; k < s.Last && k-end <= 30; k++ {
		if !x.isOpenQuote(k) {
			continue
		}
		if k != end && !x.is(k-1, ",", ":") {
			return a, false
		}
		q := x.d.Quotes[x.quoteStart[x.tok(k).Start]]
		a.Speaker = doc.Span{Start: x.tok(i + 1).Start, End: x.tok(end - 1).End}
		a.Content = x.trimEnd(q.Inner)
		if a.Content.Empty() {
			return a, false
		}
		x.describe(&a, true)
		return a, true
	}
	return a, false
}
