package attrib_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/attrib"
)

// A passive participle after negation or an adverb is still a passive:
// the writer reports an expectation with no source, and PolNeAR's cue
// takes in the copula and what stands between. After "was asked" the
// content is the question.
func TestPassiveThroughAdverbs(t *testing.T) {
	tests := []struct {
		name, text    string
		cue, phrase   string
		contentPrefix string
	}{
		{"negated", "The governor is not expected to sign the bill this year.", "expected", "is not expected", "The governor is not"},
		{"adverb", "The ferry was widely expected to resume service in May.", "expected", "was widely expected", "The ferry"},
		{"relative pronoun", "The final, which is widely expected to sell out, starts at noon.", "expected", "is widely expected", "which is"},
		{"asked: the question, not whom it went to", "The mayor was asked whether the pier would reopen in May.", "asked", "was asked", "whether the pier"},
		{"asked about: the topic, the particle in the cue", "The harbour master was asked about the new mooring fees on Monday.", "asked", "was asked about", "about the new mooring fees"},
		{"asked to: the request", "The club chairman was asked to step down after the vote.", "asked", "was asked", "to step down"},
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

// "reportedly" reports an unnamed report: no source, the adverb alone as
// the cue, the clause from its subject on as the content.
func TestReportedly(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"after an auxiliary", "Intro line.\n\nThe ferry company has reportedly hired three new captains.",
			[]phrased{{"", "reportedly", "The ferry company has reportedly hired three new captains"}}},
		{"before a cue verb the verb is the cue", "Intro line.\n\nThe ferry company reportedly said it would hire captains.",
			[]phrased{{"The ferry company", "reportedly said", "it would hire captains"}}},
	})
}

// A passive cue with its agent and nothing after it reports its subject:
// the agent is the source.
func TestPassiveWithAgent(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"agent closes the clause", "The meeting was first reported by the Gazette.",
			[]phrased{{"the Gazette", "was first reported", "The meeting"}}},
		{"a date after the agent", "The plan was announced by the mayor on Monday.",
			[]phrased{{"the mayor", "was announced", "The plan"}}},
		{"no agent: no source", "The ferry was first reported missing on Monday.",
			[]phrased{{"", "was first reported", "The ferry was first reported missing on Monday"}}},
	})
}
