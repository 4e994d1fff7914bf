package attrib_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Light-verb phrases whose object carries the report ("made it clear")
// and a post-posed "put it" are cues of several words, and so are
// phrasal reporting verbs ("shot back", "weighed in on").
func TestPhraseCues(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"made it clear that", "The governor made it clear that the bridge would stay closed.",
			[]phrased{{"The governor", "made it clear", "the bridge would stay closed"}}},
		{"has made clear", "The union has made clear that it will strike in May.",
			[]phrased{{"The union", "has made clear", "it will strike in May"}}},
		{"make clear alone is no cue", "The new signs make clear the way to the beach.", nil},
		{"made clear with nothing after", "The rules were made clear.", nil},
		{"made the case for", "The mayor made the case for a second ferry terminal.",
			[]phrased{{"The mayor", "made the case for", "a second ferry terminal"}}},
		{"took issue with", "Several farmers took issue with the new water quotas.",
			[]phrased{{"Several farmers", "took issue with", "the new water quotas"}}},
		{"as she put it", "The harbor is a mess, as the inspector put it.",
			[]phrased{{"the inspector", "put it", "The harbor is a mess"}}},
		{"put it on a shelf", "The clerk put it on a shelf behind the counter.", nil},
		{"shot back", "“That is simply false,” the mayor shot back.",
			[]phrased{{"the mayor", "shot back", "That is simply false"}}},
		{"weighed in on", "The bishop weighed in on the ferry dispute.",
			[]phrased{{"The bishop", "weighed in on", "the ferry dispute"}}},
		{"lashed out at", "The union lashed out at the port owners.",
			[]phrased{{"The union", "lashed out at", "the port owners"}}},
		{"shot alone is no cue", "The guard shot the lock off the gate.", nil},
	})
}

func TestPutItColon(t *testing.T) {
	got := phrases("As the inspector put it: “The harbor is a mess.”")
	require.Len(t, got, 1)
	assert.Equal(t, phrased{"the inspector", "put it", "The harbor is a mess"}, got[0])
}

// A form of "make" before a speech noun, and "took aim at" and its
// kin, are cues of several words when a clause or an object follows.
func TestSpeechNounAndAimCues(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"made no mention of", "The mayor made no mention of the harbour tax.",
			[]phrased{{"The mayor", "made no mention of", "the harbour tax"}}},
		{"modifiers before the noun", "The mayor has made several harsh statements about the pier.",
			[]phrased{{"The mayor", "has made several harsh statements about", "the pier"}}},
		{"made the point that", "She also made the point that the ferry was late.",
			[]phrased{{"She", "also made the point", "the ferry was late"}}},
		{"a point of doing is the participle's", "He made a point of greeting every sailor.", nil},
		{"a promise to someone is no content", "The mayor made a promise to voters.", nil},
		{"took a shot at", "The mayor took a shot at the council over the budget.",
			[]phrased{{"The mayor", "took a shot at", "the council over the budget"}}},
		{"taking aim at", "Ms. Lowe is taking aim at the port authority.",
			[]phrased{{"Ms. Lowe", "is taking aim at", "the port authority"}}},
		{"took a shot of whisky", "The captain took a shot of whisky.", nil},
	})
}
