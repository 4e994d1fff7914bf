package attrib_test

import "testing"

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

// Sources set off from their cue by a quote, an appositive between
// double hyphens, or a cue that opens the sentence.
func TestSourcesAcrossInterruptions(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"participle with a quoted object", "Mr. Lowe, citing “the ferry’s safety record,” said the service would resume.",
			[]phrased{{"Mr. Lowe", "citing", "the ferry’s safety record"}, {"Mr. Lowe", "said", "the service would resume"}}},
		{"relative clause ending in a quote", "Ms. Lowe, who calls the ferry a “floating museum,” said the service would end.",
			[]phrased{{"who", "calls", "the ferry a “floating museum,”"}, {"Ms. Lowe", "said", "the service would end"}}},
		{"a comma inside a quote that opens the sentence is the quote's", "“The ferry, he said, is safe,” said Ms. Lowe.",
			[]phrased{{"Ms. Lowe", "said", "The ferry, he said, is safe"}}},
		{"a quantifier of a pronoun", "Most of them said the ferry was late.",
			[]phrased{{"Most of them", "said", "the ferry was late"}}},
		{"examples after a common noun", "Even the harbour's oldest captains, like Lowe and Ruiz, say the ferry is safe.",
			[]phrased{{"the harbour's oldest captains", "say", "the ferry is safe"}}},
		{"appositive between double hyphens", "The harbour master -- Ana Lowe, who has run the port since 2010 -- said the ferry was safe.",
			[]phrased{{"The harbour master", "said", "the ferry was safe"}}},
		{"cue opening the sentence", "The pier reopened on Monday. Said Ana Lowe, who grew up by the harbour, “We were all so relieved.”",
			[]phrased{{"Ana Lowe", "Said", "We were all so relieved"}}},
	})
}

// Addressees run long ("told Harbour Radio host Ana Lowe, “…”"), carry a
// parenthesis or a quoted title with the clause's comma inside its marks,
// and a bare plural may share its source with another noun.
func TestAddresseesAndPluralSources(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"role and name as addressee", "The mayor told Harbour Radio Weekend breakfast programme host Ana Lowe, “The ferry will run.”",
			[]phrased{{"The mayor", "told", "The ferry will run"}}},
		{"parenthesis in the addressee", "The mayor told the Harbour Gazette (HG), “The ferry will run.”",
			[]phrased{{"The mayor", "told", "The ferry will run"}}},
		{"comma inside the title's marks", `"The ferry will run," Ms. Lowe told "Morning Roundup," adding that tickets were sold out.`,
			[]phrased{{"Ms. Lowe", "told", "The ferry will run"}, {"Ms. Lowe", "adding", "tickets were sold out"}}},
		{"bare plural and another noun", "The ferry will run all winter, pilots and harbour officials said.",
			[]phrased{{"pilots and harbour officials", "said", "The ferry will run all winter"}}},
	})
}

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

// "Asked by X whether …": the asker is the source.
func TestAskedBy(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"asked by, opening the sentence", "Asked by Ana Lowe whether the ferry was safe, the mayor said, “Of course.”",
			[]phrased{{"Ana Lowe", "Asked", "whether the ferry was safe"}, {"the mayor", "said", "Of course"}}},
		{"when asked by, with a date", "When asked by a reporter on Thursday about raising fares, the mayor said nothing.",
			[]phrased{{"a reporter", "asked", "about raising fares"}, {"the mayor", "said", "nothing"}}},
	})
}

// A role before the name ("the economist Ana Lowe") may carry an
// appositive before its cue like a bare name does.
func TestRoleNameWithAppositive(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"after a quote", "“The fares will rise,” the economist Ana Lowe, a former adviser to the port, wrote on her blog.",
			[]phrased{{"the economist Ana Lowe, a former adviser to the port", "wrote", "The fares will rise"}}},
	})
}

// "reports" is a cue after a name and a noun elsewhere.
func TestReportsAfterAName(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"a newspaper reports that", "Intro line.\n\nThe Harbour Gazette reports that the ferry will stop running in May.",
			[]phrased{{"The Harbour Gazette", "reports", "the ferry will stop running in May"}}},
		{"post-posed after the content", "Intro line.\n\nThe ferry will stop running in May, the Harbour Gazette reports.",
			[]phrased{{"the Harbour Gazette", "reports", "The ferry will stop running in May"}}},
		{"a noun after a determiner", "Intro line.\n\nThe reports that the ferry would stop were wrong.", nil},
	})
}
