package attrib

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/entity"
	"github.com/claimgraph/claimgraph/loaders/quotes"
	"github.com/claimgraph/claimgraph/loaders/segment"
)

// TestEndlessSentenceContentsStayBounded: in one sentence of some 100 KB
// with a cue every few words, each content once ran back over the whole
// sentence, so the output grew with the square of its length.
func TestEndlessSentenceContentsStayBounded(t *testing.T) {
	text := "Harbour levy\n\n" + strings.Repeat("the levy, which the council opposed in May, and the plan, which he said would fail, ", 1200) + "Ruiz said."
	d := doc.New(doc.Article{Text: text, BodyStart: strings.Index(text, "the levy")})
	segment.Segment(d)
	quotes.Find(d)
	entity.Recognize(d)
	Extract(d)
	require.NotEmpty(t, d.Attributions)
	for _, a := range d.Attributions {
		assert.LessOrEqual(t, a.Content.End-a.Content.Start, maxContent)
	}
}

func TestClampContentKeepsThePartNearItsCue(t *testing.T) {
	text := strings.Repeat("é", maxContent) + " he said " + strings.Repeat("ü", maxContent)
	cue := strings.Index(text, "said")
	before := doc.Attribution{Cue: doc.Span{Start: cue, End: cue + 4}, Content: doc.Span{Start: 0, End: cue - 4}}
	clampContent(&before, text)
	assert.Equal(t, cue-4, before.Content.End)
	assert.LessOrEqual(t, before.Content.End-before.Content.Start, maxContent)
	assert.True(t, strings.HasPrefix(text[before.Content.Start:], "é"))
	after := doc.Attribution{Cue: doc.Span{Start: cue, End: cue + 4}, Content: doc.Span{Start: cue + 5, End: len(text)}}
	clampContent(&after, text)
	assert.Equal(t, cue+5, after.Content.Start)
	assert.True(t, strings.HasSuffix(text[:after.Content.End], "ü"))
}
