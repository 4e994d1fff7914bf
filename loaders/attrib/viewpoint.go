package attrib

import (
	"github.com/claimgraph/claimgraph/loaders/doc"
)

// toViewpoint reads a sentence-initial "To Ms. Gil, skateboarding
// represents a cry of dissent": the opinion of the person named, which
// PolNeAR annotates with "To" as its cue (5 of 6 such sentences with a
// capitalized name on train; after a lower-case phrase, "To date," or
// "To them,", 3 of 48). A relative clause after the name ("To Sexton,
// who has studied Trump rallies, Tuesday marked …") is skipped.
func (x *ctx) toViewpoint(s doc.Sentence, i int) (doc.Attribution, bool) {
	a := doc.Attribution{SpeakerEntity: -1, Lemma: "to (viewpoint)", Cue: x.tok(i).Span}
	if i+1 >= s.Last || x.tok(i+1).Kind != doc.Word || !capitalized(x.tok(i+1).Text) {
		return a, false
	}
	end := x.nounPhraseRight(s, i+1)
	if end == i+1 || !x.is(end, ",") {
		return a, false
	}
	a.Speaker = doc.Span{Start: x.tok(i + 1).Start, End: x.tok(end - 1).End}
	k := end + 1
	if x.is(k, "who", "whose") {
		for k++; k < s.Last && !(x.is(k, ",") && !x.inQuote[k] || x.isCloseQuote(k) && x.is(k-1, ",")); k++ {
			// (The clause's own comma, which may sit inside a closing
			// mark, and not one inside a quote.)
		}
		k++
	}
	if k >= s.Last {
		return a, false
	}
	c, direct := x.contentAfter(s, k)
	a.Content = c
	if a.Content.Empty() {
		return a, false
	}
	x.describe(&a, direct)
	return a, true
}
