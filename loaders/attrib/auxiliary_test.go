package attrib_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/attrib"
)

// Cues after a contracted negative auxiliary keep the subject before the
// auxiliary as their source.
func TestNegatedAuxiliaries(t *testing.T) {
	tests := []struct {
		name, text string
		want       []got
	}{
		{"doesn't", "The treasurer doesn't believe the audit figures.",
			[]got{{Speaker: "The treasurer", Cue: "believe", Content: "the audit figures", Kind: "indirect"}}},
		{"didn't with whether", "The coach didn't say whether the striker would play.",
			[]got{{Speaker: "The coach", Cue: "say", Content: "whether the striker would play", Kind: "indirect"}}},
		{"hasn't", "The senator hasn't said that she will retire.",
			[]got{{Speaker: "The senator", Cue: "said", Content: "she will retire", Kind: "indirect"}}},
		{"won't, curly apostrophe", "The builders won’t admit that the bridge was late.",
			[]got{{Speaker: "The builders", Cue: "admit", Content: "the bridge was late", Kind: "indirect"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, attributions(run(tt.text, 0)))
		})
	}
}

// A progressive's copula stands between the source and an -ing cue.
func TestProgressiveCues(t *testing.T) {
	tests := []struct {
		name, text string
		want       []got
	}{
		{"is urging", "The guild is urging its members to refuse the contract.",
			[]got{{Speaker: "The guild", Cue: "urging", Content: "its members to refuse the contract", Kind: "indirect"}}},
		{"were demanding that", "Several farmers were demanding that the dam be opened.",
			[]got{{Speaker: "Several farmers", Cue: "demanding", Content: "the dam be opened", Kind: "indirect"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, attributions(run(tt.text, 0)))
		})
	}
}

// A passive participle after negation or an adverb is still a passive:
// the writer reports an expectation with no source, and PolNeAR's cue
// takes in the copula and what stands between.
func TestPassiveThroughAdverbs(t *testing.T) {
	tests := []struct {
		name, text    string
		cue, phrase   string
		contentPrefix string
	}{
		{"negated", "The governor is not expected to sign the bill this year.", "expected", "is not expected", "The governor is not"},
		{"adverb", "The ferry was widely expected to resume service in May.", "expected", "was widely expected", "The ferry"},
		{"relative pronoun", "The final, which is widely expected to sell out, starts at noon.", "expected", "is widely expected", "which is"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := run(tt.text, 0)
			require.Len(t, d.Attributions, 1)
			a := d.Attributions[0]
			assert.Equal(t, tt.cue, d.Slice(a.Cue))
			assert.Equal(t, tt.phrase, d.Slice(attrib.CuePhrase(d, a)))
			assert.True(t, a.Speaker.Empty())
			assert.True(t, strings.HasPrefix(d.Slice(a.Content), tt.contentPrefix), d.Slice(a.Content))
		})
	}
}
