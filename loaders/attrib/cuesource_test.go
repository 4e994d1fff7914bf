package attrib_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Sources set off from their cue by a quote, an appositive between
// dashes (PolNeAR's source takes the appositive along, a clause between
// dashes not), or a cue that opens the sentence.
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
			[]phrased{{"The harbour master -- Ana Lowe, who has run the port since 2010", "said", "the ferry was safe"}}},
		{"names between em dashes", "Three skippers — Lowe, Ruiz and Park — said the ferry was safe.",
			[]phrased{{"Three skippers — Lowe, Ruiz and Park", "said", "the ferry was safe"}}},
		{"a clause between dashes stays out", "Ms. Lowe — who has run the port since 2010 — said the ferry was safe.",
			[]phrased{{"Ms. Lowe", "said", "the ferry was safe"}}},
		{"cue opening the sentence", "The pier reopened on Monday. Said Ana Lowe, who grew up by the harbour, “We were all so relieved.”",
			[]phrased{{"Ana Lowe", "Said", "We were all so relieved"}}},
	})
}

// In a relative clause the relative pronoun is the cue's source, as
// PolNeAR marks it; the clause after the cue is the content.
func TestRelativePronounSources(t *testing.T) {
	tests := []struct {
		name, text            string
		speaker, cue, content string
	}{
		{"who", "The fund is run by trustees who believe the pension is safe.", "who", "believe", "the pension is safe"},
		{"which", "Officials pointed to a study which argued that fares should fall.", "which", "argued", "fares should fall"},
		{"non-restrictive who ends at its comma", "Councillor Ann Roe, who had opposed the first draft, said the budget was fair.", "who", "opposed", "the first draft"},
		{"a quoted comma does not end it", "Ann Roe, who had called the plan “late, but welcome,” said the budget was fair.", "who", "called", "the plan “late, but welcome,”"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := run(tt.text, 0)
			var found []got
			for _, g := range attributions(d) {
				if g.Cue == tt.cue {
					found = append(found, g)
				}
			}
			require.Len(t, found, 1)
			assert.Equal(t, tt.speaker, found[0].Speaker)
			assert.Equal(t, tt.content, found[0].Content)
		})
	}
}

// Where the source lies: before the cue, after it when inverted, a
// passive's agent, the subject of a coordinated verb.
func TestSourcePatterns(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"quote then inverted speaker", "“We will rebuild,” said Mayor Joan Reyes.",
			[]got{{Speaker: "Mayor Joan Reyes", Cue: "said", Content: "We will rebuild", Kind: "direct"}}},
		{"inverted speaker between quotes", "“We won,” said Ann Lee, “and it was easy.”",
			[]got{{Speaker: "Ann Lee", Cue: "said", Content: "We won", Kind: "direct"}}},
		{"passive with by", "It was announced by the ministry that the border would reopen.",
			[]got{{Speaker: "the ministry", Cue: "announced", Content: "the border would reopen", Kind: "indirect"}}},
		{"coordinated subject", "The union did not comment on the offer but urged members to stay calm.",
			[]got{{Speaker: "The union", Cue: "urged", Content: "members to stay calm", Kind: "indirect"}}},
		{"name that spells a boundary word", "“The lake is safe,” said Will Okoro, a ranger.",
			[]got{{Speaker: "Will Okoro", Cue: "said", Content: "The lake is safe", Kind: "direct"}}},
		{"singular subject of a third-person cue", "The committee thinks the budget is too small.",
			[]got{{Speaker: "The committee", Cue: "thinks", Content: "the budget is too small", Kind: "indirect"}}},
	})
}

// After “Q,” X said, a "when" clause, a manner adverb or a time word
// frames the quote: the quote is the content.
func TestFramesAfterQuotedCue(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"when asked", "“We are ready,” the harbour master said when asked about the storm.",
			[]phrased{{"the harbour master", "said", "We are ready"}, {"", "asked about", "the storm"}}},
		{"manner adverb", "“We are ready,” the harbour master said calmly.",
			[]phrased{{"the harbour master", "said calmly", "We are ready"}}},
		{"place and time", "“We are ready,” Ms. Lowe said onstage Tuesday night.",
			[]phrased{{"Ms. Lowe", "said", "We are ready"}}},
		{"demonstrative time", "“We are ready,” she said in a speech that night.",
			[]phrased{{"she", "said", "We are ready"}}},
		{"a title after a possessive", "“We are ready,” the mayor said on the Gazette’s “Harbour Hour” on Sunday.",
			[]phrased{{"the mayor", "said", "We are ready"}}},
		{"a number", "“We are ready,” the mayor said 30 minutes into the meeting.",
			[]phrased{{"the mayor", "said", "We are ready"}}},
		{"here", "“We are ready,” the mayor said here.",
			[]phrased{{"the mayor", "said", "We are ready"}}},
		{"a participle", "“We are ready,” the mayor said introducing the captain.",
			[]phrased{{"the mayor", "said", "We are ready"}}},
		{"a concession after a comma", "“We are ready,” the mayor said, though she gave no date.",
			[]phrased{{"the mayor", "said", "We are ready"}}},
		{"a clause after the cue stays its content", "“Fine,” she said the ferry was late.",
			[]phrased{{"she", "said", "the ferry was late"}}},
	})
}

// A participle or a second verb takes the source of the sentence's
// outermost attribution, not of one nested in its content; a post-posed
// cue is never nested. (Candidates, before contents are ended.)
func TestPreviousSpeakerOutermost(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"nested clause skipped", "The governor said he plans to cut taxes next year, insisting that the budget can bear it.",
			[]phrased{{"The governor", "said", "he plans to cut taxes next year"}, {"he", "plans", "to cut taxes next year"}, {"The governor", "insisting", "the budget can bear it"}}},
		{"nested clause after and", "The mayor said the council wants a new pier and predicted that the vote would pass.",
			[]phrased{{"The mayor", "said", "the council wants a new pier and predicted that the vote would pass"}, {"the council", "wants", "a new pier and predicted that the vote would pass"}, {"The mayor", "predicted", "the vote would pass"}}},
		{"a clause coordinated later in the content is not nested", "Farmers want lower fares, and ferry crews want higher pay (they want new boats and suggest that the pier be rebuilt).",
			[]phrased{{"Farmers", "want", "lower fares, and ferry crews want higher pay (they want new boats and suggest that the pier be rebuilt)"}, {"ferry crews", "want", "higher pay (they want new boats and suggest that the pier be rebuilt)"}, {"they", "want", "new boats and suggest that the pier be rebuilt)"}, {"they", "suggest", "the pier be rebuilt)"}}},
		{"a relative clause's source is not the participle's", "Mr. Lowe, who said last week that the pier was unsafe, issued a statement saying the ferry would run.",
			[]phrased{{"who", "said", "the pier was unsafe"}, {"Mr. Lowe", "issued a statement saying", "the ferry would run"}}},
		{"nor is one inside the object", "The mayor rebuked critics who say the pier is unsafe, saying the ferry would run.",
			[]phrased{{"The mayor", "rebuked", "critics who say the pier is unsafe"}, {"who", "say", "the pier is unsafe"}, {"The mayor", "saying", "the ferry would run"}}},
		{"post-posed cue frames what precedes it", "Lowe told the board the pier “was never safe,” the clerk recalled, adding that the minutes were lost.",
			[]phrased{{"Lowe", "told", "“was never safe,” the clerk recalled"}, {"the clerk", "recalled", "Lowe told the board the pier “was never safe"}, {"the clerk", "adding", "the minutes were lost"}}},
	})
}

// Time and manner adverbials before the comma that opens a sentence are
// no subject, nor a source with an appositive after them: "A week
// later, …", "Two years ago, …", "Shortly after the vote, …".
func TestAdverbialLead(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"span of time before later", "A week later, the new mayor visited the harbour on foot, saying the pier would reopen.",
			[]phrased{{"the new mayor", "saying", "the pier would reopen"}}},
		{"ago", "Two years ago, the union backed the plan for a new pier, arguing that fares were too high.",
			[]phrased{{"the union", "backed", "the plan for a new pier"}, {"the union", "arguing", "fares were too high"}}},
		{"-ly adverb before a preposition", "Shortly after the vote, the council issued a statement saying the pier was safe.",
			[]phrased{{"the council", "issued a statement saying", "the pier was safe"}}},
		{"short time phrase", "This week, the union backed the plan for a new pier, arguing that fares were too high.",
			[]phrased{{"the union", "backed", "the plan for a new pier"}, {"the union", "arguing", "fares were too high"}}},
		{"a name is still a source", "Kelly, the harbour master, said the pier was safe.",
			[]phrased{{"Kelly, the harbour master", "said", "the pier was safe"}}},
	})
}

// An adverb that opens a sentence without its comma is skipped alone
// when the sentence's subject is the participle's source: the phrase up
// to the next comma holds the subject and its verb.
func TestLoneAdverbSubject(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"then", "Then she broke with the council, pledging that the pier would reopen.",
			[]phrased{{"she", "pledging", "the pier would reopen"}}},
		{"and even", "And even the mayor tried to help, noting that the ferry was late.",
			[]phrased{{"the mayor", "noting", "the ferry was late"}}},
		{"and then", "And then the union went on the attack, saying, “The pier is a disgrace.”",
			[]phrased{{"the union", "saying", "The pier is a disgrace"}}},
		{"an adverb with its comma", "Meanwhile, the union went on the attack, saying the pier was a disgrace.",
			[]phrased{{"the union", "saying", "the pier was a disgrace"}}},
	})
}

// A purpose infinitive after a verb of motion or gathering reports for
// the sentence's subject; other infinitives after a noun stay refused.
func TestPurposeInfinitive(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"took to Twitter", "Ann Roe took to Twitter to say the pier was unsafe.",
			[]phrased{{"Ann Roe", "to say", "the pier was unsafe"}}},
		{"went on television", "The mayor went on television to announce that the ferry would run.",
			[]phrased{{"The mayor", "went on television to announce", "the ferry would run"}}},
		{"an infinitive after another noun", "The council has a plan to announce the new fares.",
			nil},
	})
}

// A progressive cue's source is the noun phrase before its copula, even
// inside a subordinate clause: "when the mayor was discussing" is the
// mayor's, not the sentence subject's.
func TestProgressiveInSubordinateClause(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"when", "The crowd cheered when the mayor was discussing the new pier.",
			[]phrased{{"The crowd", "cheered", "when the mayor was discussing the new pier"}, {"the mayor", "was discussing", "the new pier"}}},
		{"while", "The harbour was quiet while the union was urging a strike.",
			[]phrased{{"the union", "was urging", "a strike"}}},
	})
}

// A phrase before the cue that is the object inside a relative clause or
// a participle phrase is not the source: the noun phrase the clause
// modifies is, clause and all. A phrase that is the subject of its own
// clause ("a bill that critics say", "when he said") stays the source.
func TestModifiedHeadSource(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"relative clause", "Fishermen who fished with the harbour pilot said the quota was too low.",
			[]phrased{{"Fishermen who fished with the harbour pilot", "said", "the quota was too low"}}},
		{"participle phrase", "A port official working on the night shift said the pier would reopen.",
			[]phrased{{"A port official working on the night shift", "said", "the pier would reopen"}}},
		{"after the opening comma", "On Monday, two skippers who had watched the storm said the pier was safe.",
			[]phrased{{"two skippers who had watched the storm", "said", "the pier was safe"}}},
		{"subject of an object relative", "The ferries face a fare rise that critics say will empty them.",
			[]phrased{{"critics", "say", "will empty them"}}},
		{"subject after a subordinator", "The pier was closed for a week because the inspector said the beams were rotten.",
			[]phrased{{"the inspector", "said", "the beams were rotten"}}},
	})
}

// The subject of a participle's sentence comes after an opener that
// follows a dateline, after a long phrase a preposition opens, and after
// "X aside".
func TestOpenerBeforeSubject(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"opener after a dateline", "DOVER, Del. - Touring the flooded harbour on foot, the mayor met fishermen, promising that the pier would reopen.",
			[]phrased{{"the mayor", "promising", "the pier would reopen"}}},
		{"long preposition phrase", "Amid calls from some members to name the skippers who stayed away from the vote, the chair stayed for an hour, insisting that the quota was fair.",
			[]phrased{{"the chair", "insisting", "the quota was fair"}}},
		{"a bound on a number opens the subject", "About 50 fishermen waited in the rain, insisting that the quota was unfair.",
			[]phrased{{"About 50 fishermen", "insisting", "the quota was unfair"}}},
		{"aside", "Legal niceties aside, the council can reasonably go to court, saying the quota breaks the charter.",
			[]phrased{{"the council", "saying", "the quota breaks the charter"}}},
	})
}

// A time phrase between a source and its cue dates the report and is no
// part of the source; a poll keeps its date, and so does a clause.
func TestTrailingTimeSource(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"on a weekday", "The harbour board on Tuesday said the pier was safe.",
			[]phrased{{"The harbour board", "said", "the pier was safe"}}},
		{"ago", "The port authority less than two weeks ago said the pier was safe.",
			[]phrased{{"The port authority", "said", "the pier was safe"}}},
		{"at the time", "Ms. Lowe at the time said the pier was safe.",
			[]phrased{{"Ms. Lowe", "said", "the pier was safe"}}},
		{"a poll keeps its date", "A Gazette poll last month found that most riders ride daily.",
			[]phrased{{"A Gazette poll last month", "found", "most riders ride daily"}}},
	})
}

// The occasion of a report between its source and cue is no part of the
// source ("in her weekly radio address", "in a statement").
func TestTrailingOccasionSource(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"possessive occasion", "Ms. Lowe in her weekly radio address argued that the pier was safe.",
			[]phrased{{"Ms. Lowe", "argued", "the pier was safe"}}},
		{"indefinite channel", "The harbour board in a statement said the pier was safe.",
			[]phrased{{"The harbour board", "said", "the pier was safe"}}},
		{"a place stays", "Officials in the port office said the pier was safe.",
			[]phrased{{"Officials in the port office", "said", "the pier was safe"}}},
	})
}

// The subject a participle or second verb takes may be two noun phrases
// joined by "and" or "or".
func TestConjoinedSubject(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"two names", "Lowe and Ruiz visited the pier on Monday, insisting that it was safe.",
			[]phrased{{"Lowe and Ruiz", "insisting", "it was safe"}}},
		{"a possessive second phrase", "Local skippers and their crews gathered at the pier, insisting that it was safe.",
			[]phrased{{"Local skippers and their crews", "insisting", "it was safe"}}},
		{"a verb after the conjunction stops it", "Lowe visited the pier and said that it was safe.",
			[]phrased{{"Lowe", "said", "it was safe"}}},
	})
}

// A participle or second verb that takes "X, appositive," from its
// clause takes the appositive too, as the clause's own cue does, and a
// party tag; a relative clause stays out.
func TestPreviousSourceAppositive(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"appositive", "Ann Lowe, the port's director, toured the pier on Monday, insisting that it was safe.",
			[]phrased{{"Ann Lowe, the port's director", "insisting", "it was safe"}}},
		{"relative clause", "Ann Lowe, who runs the port, toured the pier on Monday, insisting that it was safe.",
			[]phrased{{"Ann Lowe", "insisting", "it was safe"}}},
		{"party tag", "Sen. Ann Lowe (D-Maine) toured the pier on Monday, insisting that it was safe.",
			[]phrased{{"Sen. Ann Lowe (D-Maine)", "insisting", "it was safe"}}},
	})
}

// After “…,” said X, the source runs over X's appositive but stops at a
// later comma that a verb or a subordinator follows, or at a participle
// outside a relative clause; a full stop or an apostrophe inside a word
// does not end it.
func TestInvertedSourceAppositiveEnd(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"appositive to the end", "“The pier is safe,” said Ann Lowe, a skipper from Dover.",
			[]phrased{{"Ann Lowe, a skipper from Dover", "said", "The pier is safe"}}},
		{"a verb after a later comma", "“The pier is safe,” said Ann Lowe, a skipper from Dover, was heard to add.",
			[]phrased{{"Ann Lowe, a skipper from Dover", "said", "The pier is safe"}}},
		{"a subordinator after a later comma", "“The pier is safe,” said Ann Lowe, 59, of Dover, before the vote.",
			[]phrased{{"Ann Lowe, 59, of Dover", "said", "The pier is safe"}}},
		{"a web address", "“The pier is safe,” said Ann Lowe, editor of Harbor.com.",
			[]phrased{{"Ann Lowe, editor of Harbor.com", "said", "The pier is safe"}}},
		{"a state's initials", "“The pier is safe,” said Sen. Ann Lowe, R-N.H.",
			[]phrased{{"Sen. Ann Lowe, R-N.H", "said", "The pier is safe"}}},
		{"a plural's possessive", "“The pier is safe,” said Ann Lowe, head of the skippers’ union.",
			[]phrased{{"Ann Lowe, head of the skippers’ union", "said", "The pier is safe"}}},
		{"a participle in a relative clause", "“The pier is safe,” said Ann Lowe, a skipper who is now advising the port.",
			[]phrased{{"Ann Lowe, a skipper who is now advising the port", "said", "The pier is safe"}}},
		{"a participle after a comma", "“The pier is safe,” said Ann Lowe, a skipper, adding that the port was open.",
			[]phrased{{"Ann Lowe, a skipper", "said", "The pier is safe"}, {"Ann Lowe, a skipper", "adding", "the port was open"}}},
	})
}

// Read leftwards from its cue, a source runs over "neither X nor Y" and
// over "and" after a party-and-state tag; read either way, over a full
// stop inside a name.
func TestCoordinatedSourceLeft(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"a web address before the cue", "A post on Harbor.com said the pier was safe.",
			[]phrased{{"A post on Harbor.com", "said", "the pier was safe"}}},
		{"a web address after according to", "The pier was safe, according to Harbor.com.",
			[]phrased{{"Harbor.com", "according to", "The pier was safe"}}},
		{"neither nor", "Neither the mayor nor her deputies said the pier was safe.",
			[]phrased{{"Neither the mayor nor her deputies", "said", "the pier was safe"}}},
		{"after a tag", "Sen. Ann Lowe (D-Maine) and Sen. Bo Ruiz (R-Ohio) said the pier was safe.",
			[]phrased{{"Sen. Ann Lowe (D-Maine) and Sen. Bo Ruiz (R-Ohio)", "said", "the pier was safe"}}},
	})
}
