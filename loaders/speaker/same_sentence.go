package speaker

import (
	"sort"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// sameSentence gives q the speaker of an attribution whose cue lies in
// q's sentence, outside any quotation.
func sameSentence(x *ctx, q doc.Quote) (doc.Attribution, bool) {
	s := x.sentenceOf(q.Start)
	if s < 0 {
		return doc.Attribution{}, false
	}
	sent := x.d.Sentences[s].Span
	k := sort.Search(len(x.byCue), func(j int) bool { return x.d.Attributions[x.byCue[j]].Cue.Start >= sent.Start })
	for ; k < len(x.byCue); k++ {
		a := x.d.Attributions[x.byCue[k]]
		if a.Cue.Start >= sent.End {
			break
		}
		if a.Speaker.Empty() || !sent.Contains(a.Cue) || a.Cue.Overlaps(q.Span) || x.inQuote(a.Cue) {
			continue
		}
		return x.follow(a, q), true
	}
	return doc.Attribution{}, false
}

// inQuote reports whether s lies inside a quotation.
func (x *ctx) inQuote(s doc.Span) bool {
	k := sort.Search(len(x.quotes), func(i int) bool { return x.d.Quotes[x.quotes[i]].Inner.End >= s.End })
	return k < len(x.quotes) && x.d.Quotes[x.quotes[k]].Inner.Contains(s)
}
