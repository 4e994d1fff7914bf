package attrib_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/attrib"
)

// After "according to" a phrase that the noun-phrase reader refuses (a
// cue-like noun, an object pronoun, a quantifier with a preposition)
// still runs to the clause break; before the content, the comma closes
// the source.
func TestAccordingToSources(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"press reports", "The harbor master resigned, according to press reports.",
			[]phrased{{"press reports", "according to", "The harbor master resigned"}}},
		{"object pronoun", "The harbor master resigned, according to him.",
			[]phrased{{"him", "according to", "The harbor master resigned"}}},
		{"some on a network", "According to some on Twitter, the harbor master resigned.",
			[]phrased{{"some on Twitter", "According to", "the harbor master resigned"}}},
		{"comma closes the source", "According to her plan, the ferries would run all night.",
			[]phrased{{"her plan", "According to", "the ferries would run all night"}}},
		{"coordinated sponsors", "The ferry lost riders in May, according to a survey for the Harbor Gazette and local radio stations.",
			[]phrased{{"a survey for the Harbor Gazette and local radio stations", "according to", "The ferry lost riders in May"}}},
		{"a report closes the phrase", "The ferry lost riders in May, according to a harbour board report.",
			[]phrased{{"a harbour board report", "according to", "The ferry lost riders in May"}}},
		{"a participle's date", "The ferry lost riders in May, according to a survey released Thursday.",
			[]phrased{{"a survey released Thursday", "according to", "The ferry lost riders in May"}}},
		{"two sponsors with a slash", "The ferry lost riders in May, according to a Harbor Gazette/Island Radio survey.",
			[]phrased{{"a Harbor Gazette/Island Radio survey", "according to", "The ferry lost riders in May"}}},
		{"close to", "The ferry will be sold, according to a person close to the harbour board.",
			[]phrased{{"a person close to the harbour board", "according to", "The ferry will be sold"}}},
	})
}

// "That’s according to X": PolNeAR's cue phrase takes the contracted
// copula along with "according to".
func TestAccordingToAfterCopula(t *testing.T) {
	for _, text := range []string{
		"Ridership fell by a third. That’s according to figures from the transit authority.",
		"Ridership fell by a third. It's according to figures from the transit authority.",
	} {
		d := run(text, 0)
		require.Len(t, d.Attributions, 1)
		phrase := d.Slice(attrib.CuePhrase(d, d.Attributions[0]))
		assert.Contains(t, []string{"’s according to", "'s according to"}, phrase)
	}
}

// "According to X" before or after its clause.
func TestAccordingToPatterns(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"according to first", "According to the coroner, the victim died at noon.",
			[]got{{Speaker: "the coroner", Cue: "According to", Content: "the victim died at noon", Kind: "indirect"}}},
		{"according to last", "The victim died at noon, according to the coroner.",
			[]got{{Speaker: "the coroner", Cue: "according to", Content: "The victim died at noon", Kind: "indirect"}}},
	})
}
