package speaker

import (
	"sort"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// maxBack bounds how many attributions previousSpeaker looks back over:
// a paragraph of hundreds of reports is hostile input, not news.
const maxBack = 40

// previousSpeaker gives an utterance the speaker of the nearest
// attribution before it, in its paragraph or the one before, that can
// have said it (see utters).
func previousSpeaker(x *ctx, q doc.Quote) (doc.Attribution, bool) {
	if !x.utterance(q) {
		return doc.Attribution{}, false
	}
	k := sort.Search(len(x.byEnd), func(j int) bool { return extent(x.d.Attributions[x.byEnd[j]]).End > q.Start })
	for n := 0; k > 0 && n < maxBack; n++ {
		k--
		a := x.d.Attributions[x.byEnd[k]]
		if x.paraOf(q.Start)-x.paraOf(extent(a).End) > 1 {
			break
		}
		if x.utters(a) {
			return x.follow(a, q), true
		}
	}
	return doc.Attribution{}, false
}
