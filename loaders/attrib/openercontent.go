package attrib

import "github.com/claimgraph/claimgraph/loaders/doc"

// openerContentStep ends the content of a participle that opens its
// sentence at the comma before the clause's subject, its source: "After
// thanking the crowd, the mayor said …" reports "the crowd", not the
// main clause that follows.
func (x *ctx) openerContentStep(f *frame) verdict {
	a := &f.a
	if f.leftBy != "subject" || f.pattern != "pre-cue" || a.Speaker.Start < a.Content.Start || a.Speaker.Start >= a.Content.End {
		return next
	}
	k := tokenAt(x.d, a.Speaker.Start)
	if k-1 <= f.r || !x.is(k-1, ",") {
		return next
	}
	if c := x.trimEnd(doc.Span{Start: a.Content.Start, End: x.tok(k - 1).Start}); !c.Empty() {
		a.Content = c
	}
	return next
}
