package attrib_test

import (
	"testing"
)

// Dates, programme titles and addressees between a cue and the end of its
// clause belong to the cue's frame, not to the content.
func TestFrameAfterCue(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"weekday and part of the day", "The mayor said Tuesday night that the bridge would reopen in spring.",
			[]phrased{{"The mayor", "said", "the bridge would reopen in spring"}}},
		{"weekday and part of the day closing the clause", "“We will not close the clinic,” Ortega said Friday afternoon.",
			[]phrased{{"Ortega", "said", "We will not close the clinic"}}},
		{"month and a programme title", "“Running a city is a team sport,” Ortega said in March on the podcast “City Desk.”",
			[]phrased{{"Ortega", "said", "Running a city is a team sport"}}},
		{"quoted programme as addressee", "“We will win this seat,” the candidate told “Morning Roundup” after the debate.",
			[]phrased{{"the candidate", "told", "We will win this seat"}}},
		{"possessive name as addressee", "“The ferry is safe,” Mr Lowe told Radio Harbour’s Evening Edition.",
			[]phrased{{"Mr Lowe", "told", "The ferry is safe"}}},
		{"quantifier opens the subject of a participle", "Both unions walked out of the talks, saying that the offer was too low.",
			[]phrased{{"Both unions", "saying", "the offer was too low"}}},
		{"a prepositional frame that runs on after a quote", "“We will keep the clinic open,” Ortega said in an interview with Harbour Radio’s Ana Lowe aired Monday on “Noon Edition.”",
			[]phrased{{"Ortega", "said", "We will keep the clinic open"}}},
		{"a manner phrase after a quote", "“We will keep the clinic open,” Ortega said by telephone this week.",
			[]phrased{{"Ortega", "said", "We will keep the clinic open"}}},
		{"a contracted pronoun after the addressee opens the content", "Ms. Lowe told HARBOUR RADIO she’ll run the ferry herself to keep it going.",
			[]phrased{{"Ms. Lowe", "told", "she’ll run the ferry herself to keep it going"}}},
		{"a quantity after the cue is the content's", "The budget office said about half of the new money was spent on ferries.",
			[]phrased{{"The budget office", "said", "about half of the new money was spent on ferries"}}},
		{"a month closing the frame is no verb", "The ferry will run all winter, the mayor said at a rally in May.",
			[]phrased{{"the mayor", "said", "The ferry will run all winter"}}},
		{"state abbreviation before a comma", "Sen. Dana Ruiz, D-Ore., told reporters that the vote would be close.",
			[]phrased{{"Sen. Dana Ruiz, D-Ore.", "told", "the vote would be close"}}},
	})
}

// A channel and a selected particle between the cue and the content.
func TestAdverbialPatterns(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"channel", "The senator said on Twitter that the bill was dead.",
			[]got{{Speaker: "The senator", Cue: "said", Content: "the bill was dead", Kind: "indirect", Channel: "Twitter"}}},
		{"complain of", "Critics complained of long delays.",
			[]got{{Speaker: "Critics", Cue: "complained", Content: "long delays", Kind: "indirect"}}},
	})
}
