package attrib_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/attrib"
	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/quotes"
	"github.com/claimgraph/claimgraph/loaders/segment"
)

// candidates runs the rules alone, without the learned filter, so that a
// rule's test does not move when the filter is retrained.
func candidates(text string) (*doc.Document, []attrib.Candidate) {
	d := doc.New(doc.Article{Text: text})
	segment.Segment(d)
	quotes.Find(d)
	return d, attrib.Candidates(d)
}

// phrased is a candidate as PolNeAR spells it: the source and cue
// phrases and the content.
type phrased struct{ Source, Cue, Content string }

func phrases(text string) []phrased {
	d, cs := candidates(text)
	var out []phrased
	for _, c := range cs {
		out = append(out, phrased{d.Slice(attrib.SourcePhrase(d, c.Attribution)), d.Slice(attrib.CuePhrase(d, c.Attribution)), d.Slice(c.Content)})
	}
	return out
}

// phraseCase is a sentence and the (source, cue phrase, content) triples
// the rules should find in it, nil for none.
type phraseCase struct {
	name, text string
	want       []phrased
}

func checkPhrases(t *testing.T, cases []phraseCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, phrases(tt.text))
		})
	}
}

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

// A role and then a name, between commas, before a post-posed cue: the
// source is both.
func TestRoleThenName(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"after a quote", "“The pier will reopen,” the harbor spokesman, Lena Voss, said.",
			[]phrased{{"the harbor spokesman, Lena Voss", "said", "The pier will reopen"}}},
		{"with initials", "“The pier will reopen,” the head of the port, Carl J. Dunmore, said.",
			[]phrased{{"the head of the port, Carl J. Dunmore", "said", "The pier will reopen"}}},
		{"a lower-case appositive is no name", "“The pier will reopen,” the spokesman, a former sailor, said.", nil},
	})
}

func TestPutItColon(t *testing.T) {
	got := phrases("As the inspector put it: “The harbor is a mess.”")
	require.Len(t, got, 1)
	assert.Equal(t, phrased{"the inspector", "put it", "The harbor is a mess"}, got[0])
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

// PolNeAR's cue phrase takes in an adverb right after the verb and, after
// "wrote" or "posted", the social network; after "said" it leaves the
// network out.
func TestCuePhraseTail(t *testing.T) {
	tests := []struct{ name, text, cue string }{
		{"adverb after the verb", "The mayor has said repeatedly that the ferry will run.", "has said repeatedly"},
		{"wrote on Facebook", "The mayor wrote on Facebook that the ferry will run.", "wrote on Facebook"},
		{"said on Twitter", "The mayor said on Twitter that the ferry will run.", "said"},
		{"said only", "The mayor said only that the ferry will run.", "said"},
		{"weekday closing the clause", "The ferry will run, the mayor said Tuesday.", "said Tuesday"},
		{"weekday before the content", "The mayor said Tuesday that the ferry will run.", "said"},
		{"rail takes its particle", "The mayor railed against the ferry cuts.", "railed against"},
		{"describe leaves its as out", "The crew, whom she described as “heroes of the harbour,” came home.", "described"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := phrases(tt.text)
			require.Len(t, got, 1)
			assert.Equal(t, tt.cue, got[0].Cue)
		})
	}
}

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
	})
}

// "issued a statement saying …": PolNeAR's cue is the whole act, and the
// subject, not the document, is the source.
func TestDocumentAct(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"issued a statement saying", "The ferry company issued a statement saying the pier was safe.",
			[]phrased{{"The ferry company", "issued a statement saying", "the pier was safe"}}},
		{"a participle alone", "The ferry company reversed course, saying the pier was safe.",
			[]phrased{{"The ferry company", "saying", "the pier was safe"}}},
	})
}
