package attrib_test

import (
	"testing"
)

// Cues after a contracted negative auxiliary keep the subject before the
// auxiliary as their source.
func TestNegatedAuxiliaries(t *testing.T) {
	checkExtracted(t, []patternCase{
		{"doesn't", "The treasurer doesn't believe the audit figures.",
			[]got{{Speaker: "The treasurer", Cue: "believe", Content: "the audit figures", Kind: "indirect"}}},
		{"didn't with whether", "The coach didn't say whether the striker would play.",
			[]got{{Speaker: "The coach", Cue: "say", Content: "whether the striker would play", Kind: "indirect"}}},
		{"hasn't", "The senator hasn't said that she will retire.",
			[]got{{Speaker: "The senator", Cue: "said", Content: "she will retire", Kind: "indirect"}}},
		{"won't, curly apostrophe", "The builders won’t admit that the bridge was late.",
			[]got{{Speaker: "The builders", Cue: "admit", Content: "the bridge was late", Kind: "indirect"}}},
	})
}

// A progressive's copula stands between the source and an -ing cue.
func TestProgressiveCues(t *testing.T) {
	checkExtracted(t, []patternCase{
		{"is urging", "The guild is urging its members to refuse the contract.",
			[]got{{Speaker: "The guild", Cue: "urging", Content: "its members to refuse the contract", Kind: "indirect"}}},
		{"were demanding that", "Several farmers were demanding that the dam be opened.",
			[]got{{Speaker: "Several farmers", Cue: "demanding", Content: "the dam be opened", Kind: "indirect"}}},
	})
}

// "seem" and "appear" report the writer's impression: no source, and
// the subject belongs to the content.
func TestSeemAppear(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"seemed to", "The old senator seemed to enjoy the long debate.",
			[]phrased{{"", "seemed", "The old senator seemed to enjoy the long debate"}}},
		{"seemed with an adjective", "The night crew seemed tired after the storm.",
			[]phrased{{"", "seemed", "The night crew seemed tired after the storm"}}},
		{"appeared on television", "The coach appeared on television after the match.", nil},
	})
}

// What stands before a cue form decides whether it is a verb: the
// writer's own analysis, nouns, the writer's impression.
func TestLeftOfCuePatterns(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"writer's analysis", "The talks may be a sign that the rivals are ready to compromise.", nil},
		{"nouns are not cues", "The states with the most support reported record turnout in the claims process.", nil},
		{"the writer's aside", "The mayor, it is worth noting, built the pier in 2019.", nil},
		{"adding a thing, not words", "The regulator is investigating the firm, adding to a series of problems for its owners.", nil},
		{"impression verb after a relative clause", "The mayor, who rarely speaks to reporters, appeared to lose his temper.",
			[]got{{Cue: "appeared", Content: "The mayor, who rarely speaks to reporters, appeared to lose his temper", Kind: "indirect"}}},
	})
}

// A subject pronoun with its contracted auxiliary ("he’s predicting",
// "she's hoping") is the source, not a possessive before a noun; PolNeAR
// gives the auxiliary to the cue. "It’s reported" is no one's report.
func TestContractedAuxiliaryBeforeCue(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"he’s and a participle", "He’s predicting the ferry will be late again.",
			[]phrased{{"He", "’s predicting", "the ferry will be late again"}}},
		{"she's hoping", "And she's hoping the council will fund the pier.",
			[]phrased{{"she", "'s hoping", "the council will fund the pier"}}},
		{"possessive stays a noun", "The mayor’s predicting game was a local joke.", nil},
		{"it’s reported", "It’s reported that the ferry sank.", nil},
	})
}

// An -s form that is mostly a plural noun ("claims", "calls", "plans")
// is the verb when what follows is only the verb's: "that" and a clause,
// "calls for", "plans to".
func TestPluralNounFormsAsVerbs(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"claims that", "The mayor claims that the pier is safe.",
			[]phrased{{"The mayor", "claims", "the pier is safe"}}},
		{"calls on", "The mayor calls on the council to act.",
			[]phrased{{"The mayor", "calls on", "the council to act"}}},
		{"a plural noun stays one", "The insurance claims rose sharply in May.", nil},
	})
}
