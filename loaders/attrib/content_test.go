package attrib_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A quote that runs over paragraphs is one content: the paragraph that
// reopens the mark continues the one left open.
func TestMultiParagraphQuote(t *testing.T) {
	d := run("“The first paragraph of the quote.\n\n“And the second,” the coach said.", 0)
	require.Len(t, d.Attributions, 1)
	a := d.Attributions[0]
	assert.Equal(t, "the coach", d.Slice(a.Speaker))
	assert.Equal(t, "The first paragraph of the quote.\n\n“And the second", d.Slice(a.Content))
	assert.Equal(t, "direct", a.Kind)
}

// The content of a post-posed cue may lie in the sentence before: a
// quote that ended there, or a question.
func TestContentBeforePatterns(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"quote ending the sentence before", "“Why now?” she asked. “Nobody knows.”",
			[]got{{Speaker: "she", Cue: "asked", Content: "Why now?", Kind: "direct"}}},
		{"question ending the sentence before", "Why now? Hadley asked.",
			[]got{{Speaker: "Hadley", Cue: "asked", Content: "Why now?", Kind: "indirect"}}},
		{"quote over two paragraphs", "“The pier is old.\n\n“And it is unsafe,” the inspector said.",
			[]got{{Speaker: "the inspector", Cue: "said", Content: "The pier is old.\n\n“And it is unsafe", Kind: "direct"}}},
	})
}
