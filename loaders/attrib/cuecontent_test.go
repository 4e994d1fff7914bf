package attrib_test

import (
	"testing"
)

// A participle cue after a comma opens its own content, and a leading
// conjunction does not hide the subject it shares.
func TestParticipleEndsContent(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"content ends at the participle's comma", "The pilots said the ferry was safe, adding that the crossing took an hour.",
			[]phrased{{"The pilots", "said", "the ferry was safe"}, {"The pilots", "adding", "the crossing took an hour"}}},
		{"a participle's quote after a partial quote", "The pilot called the ferry “a floating museum,” adding, “It should sail one more summer.”",
			[]phrased{{"The pilot", "called", "the ferry “a floating museum"}, {"The pilot", "adding", "It should sail one more summer"}}},
		{"conjunction before the subject", "But the harbour pilots walked off the ferry at noon, saying that the crossing was unsafe.",
			[]phrased{{"the harbour pilots", "saying", "the crossing was unsafe"}}},
	})
}

// Where the content lies: after the cue (with "that", a colon, a quote,
// an infinitive), before a post-posed cue, after "as X noted", in the
// next paragraph after "said:".
func TestContentPatterns(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"quote then speaker", "“We will rebuild,” the mayor said.",
			[]got{{Speaker: "the mayor", Cue: "said", Content: "We will rebuild", Kind: "direct"}}},
		{"indirect with that", "The minister said that the border would reopen on Friday.",
			[]got{{Speaker: "The minister", Cue: "said", Content: "the border would reopen on Friday", Kind: "indirect"}}},
		{"indirect without that", "Officials said Wednesday the border would reopen.",
			[]got{{Speaker: "Officials", Cue: "said", Content: "the border would reopen", Kind: "indirect"}}},
		{"colon quote", "The general said: “We are ready.”",
			[]got{{Speaker: "The general", Cue: "said", Content: "We are ready", Kind: "direct"}}},
		{"clause then speaker", "The vote was rigged, the opposition leader said.",
			[]got{{Speaker: "the opposition leader", Cue: "said", Content: "The vote was rigged", Kind: "indirect"}}},
		{"question quote", "“Why now?” he asked.",
			[]got{{Speaker: "he", Cue: "asked", Content: "Why now?", Kind: "direct"}}},
		{"quote split by the speaker", "“We are not afraid,” the activist said, “and we will return.”",
			[]got{{Speaker: "the activist", Cue: "said", Content: "We are not afraid", Kind: "direct"}}},
		{"as the source noted", "But as the auditor noted, the ledger was never balanced.",
			[]got{{Speaker: "the auditor", Cue: "noted", Content: "the ledger was never balanced", Kind: "indirect"}}},
		{"parenthetical after the cue", "Governor Ray Diaz says, rain or shine, the fair will open.",
			[]got{{Speaker: "Governor Ray Diaz", Cue: "says", Content: "rain or shine, the fair will open", Kind: "indirect"}}},
		{"colon closing a paragraph before a block quote", "In a speech last July, the mayor said:\n\nLet no one be mistaken, the ferry will run.",
			[]got{{Speaker: "the mayor", Cue: "said", Content: "Let no one be mistaken, the ferry will run", Kind: "direct", Channel: "speech"}}},
		{"content after the comma of a coordinated cue", "The crew urged him to wait, but the captain said, come what may, the ferry sails at noon.",
			[]got{{Speaker: "The crew", Cue: "urged", Content: "him to wait, but the captain said, come what may, the ferry sails at noon", Kind: "indirect"},
				{Speaker: "the captain", Cue: "said", Content: "come what may, the ferry sails at noon", Kind: "indirect"}}},
		{"request for comment", "The firm did not respond to a request for comment.", nil},
		{"infinitive content", "The mayor wants to rebuild the bridge.",
			[]got{{Speaker: "The mayor", Cue: "wants", Content: "to rebuild the bridge", Kind: "indirect"}}},
		{"read as a past after its quote", "“Vote early and vote often,” the flyer read.",
			[]got{{Speaker: "the flyer", Cue: "read", Content: "Vote early and vote often", Kind: "direct"}}},
	})
}
