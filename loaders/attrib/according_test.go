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

// After "CLAUSE, according to X," the source takes an appositive along,
// but not the clause that goes on after the comma.
func TestAccordingToSourceBeforeClause(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"but goes on", "The mayor has won 75 votes, according to a local tally, but his lead is narrowing.",
			[]phrased{{"a local tally", "according to", "The mayor has won 75 votes"}}},
		{"subject and verb go on", "Since last spring, according to the Red Cross, patrols have stopped 40 boats.",
			[]phrased{{"the Red Cross", "according to", "Since last spring"}}},
		{"indefinite appositive", "The ferry lost riders in May, according to Ann Lowe, a transit analyst.",
			[]phrased{{"Ann Lowe, a transit analyst", "according to", "The ferry lost riders in May"}}},
		{"bare title before of", "The ferry lost riders in May, according to Ann Lowe, director of the transit board.",
			[]phrased{{"Ann Lowe, director of the transit board", "according to", "The ferry lost riders in May"}}},
		{"relative clause", "The ferry lost riders in May, according to the Harbor Trust, which counts them daily.",
			[]phrased{{"the Harbor Trust, which counts them daily", "according to", "The ferry lost riders in May"}}},
		{"party and state", "The ferry lost riders in May, according to Rep. Ann Lowe, D-Maine.",
			[]phrased{{"Rep. Ann Lowe, D-Maine", "according to", "The ferry lost riders in May"}}},
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
