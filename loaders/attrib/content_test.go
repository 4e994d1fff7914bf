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
// quote that ended there, or a question; a quote that closes right
// before the cue but opens inside its clause is part of the clause,
// which is the content.
func TestContentBeforePatterns(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"quote ending the sentence before", "“Why now?” she asked. “Nobody knows.”",
			[]got{{Speaker: "she", Cue: "asked", Content: "Why now?", Kind: "direct"}}},
		{"question ending the sentence before", "Why now? Hadley asked.",
			[]got{{Speaker: "Hadley", Cue: "asked", Content: "Why now?", Kind: "indirect"}}},
		{"quote inside the clause", "The harbour master was a “careful and respected manager,” the ferry company said.",
			[]got{{Speaker: "the ferry company", Cue: "said", Content: "The harbour master was a “careful and respected manager", Kind: "mixed"}}},
		{"quote over two paragraphs", "“The pier is old.\n\n“And it is unsafe,” the inspector said.",
			[]got{{Speaker: "the inspector", Cue: "said", Content: "The pier is old.\n\n“And it is unsafe", Kind: "direct"}}},
	})
}

// A content read after its cue ends before a second verb of report of
// the same subject, once the filter has kept both (the rules alone keep
// the content whole, for the filter's features); another verb does not
// end it.
func TestCoordinatedCueEndsContent(t *testing.T) {
	tests := []struct {
		name, text string
		want       []got
	}{
		{"but and a verb of report", "The mayor said the pier was safe but urged the council to inspect it.",
			[]got{{Speaker: "The mayor", Cue: "said", Content: "the pier was safe", Kind: "indirect"},
				{Speaker: "The mayor", Cue: "urged", Content: "the council to inspect it", Kind: "indirect"}}},
		{"a clause of its own", "The mayor said she was tired of the delays and wanted a new pier.",
			[]got{{Speaker: "The mayor", Cue: "said", Content: "she was tired of the delays and wanted a new pier", Kind: "indirect"}}},
		{"and another verb", "The mayor said the pier was old and needed repairs.",
			[]got{{Speaker: "The mayor", Cue: "said", Content: "the pier was old and needed repairs", Kind: "indirect"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, attributions(run(tt.text, 0)))
		})
	}
}

// A content read after its cue ends at a semicolon outside a quotation,
// or at ", but" before a new subject; a semicolon inside the quotation is
// the speaker's.
func TestClauseBreakEndsContent(t *testing.T) {
	tests := []struct {
		name, text string
		want       []got
	}{
		{"semicolon", "The mayor said the pier was safe; the ferries stayed in port all the same.",
			[]got{{Speaker: "The mayor", Cue: "said", Content: "the pier was safe", Kind: "indirect"}}},
		{"but and a new subject", "The mayor said the pier was safe, but she would not sail from it.",
			[]got{{Speaker: "The mayor", Cue: "said", Content: "the pier was safe", Kind: "indirect"}}},
		{"inside a quotation", "The mayor said: “The pier is safe; the ferries can sail.”",
			[]got{{Speaker: "The mayor", Cue: "said", Content: "The pier is safe; the ferries can sail", Kind: "direct"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, attributions(run(tt.text, 0)))
		})
	}
	// ", but" with no new subject: the rule leaves the content whole; the
	// learned ending of contentend.go may still end it at the comma on
	// its weights, which move whenever the trainers run.
	as := attributions(run("The mayor said the pier was old, but still safe enough for the ferries.", 0))
	if assert.Len(t, as, 1) {
		assert.Contains(t, []string{"the pier was old", "the pier was old, but still safe enough for the ferries"}, as[0].Content)
	}
}

// A content read after its cue that opens a quotation runs on to where
// the quotation closes, in the next sentence if need be; a quotation
// that closes inside the sentence leaves it alone.
func TestContentRunsToQuoteEnd(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"over a sentence", "The mayor said the ferries “were late again. And the pilots knew it all along.”", "the ferries “were late again. And the pilots knew it all along"},
		{"closed inside", "The mayor said the ferries were “late again” this week. The pilots stayed home.", "the ferries were “late again” this week"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := run(tt.text, 0)
			require.NotEmpty(t, d.Attributions)
			assert.Equal(t, tt.want, d.Slice(d.Attributions[0].Content))
		})
	}
}
