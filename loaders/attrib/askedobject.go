package attrib

import "github.com/claimgraph/claimgraph/loaders/doc"

// askedAfterQuote reads the person asked after a quoted question: "“Can
// you explain that?” the host asked the senator." The object of "asked"
// is then whom the question was put to, not its content, which is the
// quote before the source; the object takes the addressee's place, so
// that the closes step finds the cue post-posed.
func (x *ctx) askedAfterQuote(f *frame) verdict {
	if f.c.lemma != "ask" || f.c.ing || f.j < f.s.First {
		return next
	}
	s, k := f.s, f.k
	np, lb := x.nounPhraseLeft(s, f.j)
	if np.Empty() || !(lb >= s.First && x.afterQuote(lb) || lb < s.First && x.isCloseQuote(s.First-1)) {
		// (“But why?” | the reporter asked him.: the question may end
		// the sentence before.)
		return next
	}
	end := x.nounPhraseRight(s, k)
	if k < s.Last && isPronoun(x.lower[k]) {
		end = k + 1
	}
	if end <= k || !x.closesAfter(s, end, &f.a) {
		return next
	}
	f.a.Addressee = x.d.Slice(doc.Span{Start: x.tok(k).Start, End: x.tok(end - 1).End})
	f.k = end
	return next
}
