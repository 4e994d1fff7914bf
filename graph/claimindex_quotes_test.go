package graph

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/claimgraph/claimgraph/graph/quotation"
)

// quoteWords splits as graph/quotation does (the linking's words), less
// the stop words, each word once.
func TestQuoteWordsAsParse(t *testing.T) {
	for _, text := range []string{
		"There is no plan, there has never been a plan",
		"“Don’t” say it—we WON'T go; l'été à Zürich 2026!",
		"rock'n'roll isn't dead ' trailing' apostrophe'",
		"  ", "", "Ωμέγα ΑΛΦΑ 12,5 per cent",
	} {
		var want []string
		seen := map[string]bool{}
		for _, w := range quotation.Parse(text).Words {
			if !seen[w] && !quoteStop[w] {
				seen[w] = true
				want = append(want, w)
			}
		}
		assert.Equal(t, want, quoteWords(text), text)
	}
}

// The ranked lists' keys: most articles first, a quotation's
// appearances together and oldest first (undated last).
func TestRankedEntries(t *testing.T) {
	apps := []appearance{
		{claim: "a/claim/1", article: "a", date: "2026-01-02"},
		{claim: "b/claim/3", article: "b", date: "2026-01-05"},
		{claim: "c/claim/2", article: "c"},
	}
	es := rankedEntries("q1", apps, 3, []string{"<sp1>", "<sp2>"}, true)
	kinds := ""
	for _, e := range es {
		kinds += e.Kind
	}
	assert.Equal(t, "RrrXXX", kinds)
	assert.Equal(t, "<a/claim/1>", es[0].Extra, "the first appearance")
	assert.Less(t, es[0].sortKey(), rankedEntries("q0", apps[:2], 2, nil, false)[0].sortKey(), "three articles before two")
	assert.Less(t, es[3].sortKey(), es[4].sortKey())
	assert.Less(t, es[4].sortKey(), es[5].sortKey(), "undated last")
	assert.Equal(t, "<q1>", es[5].Extra)
	assert.Len(t, rankedEntries("q1", apps, 3, nil, false), 1, "not misattributed: no appearance rows")
}
