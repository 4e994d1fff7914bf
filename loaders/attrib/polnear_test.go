package attrib_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/attrib"
)

// Particles that a cue verb selects: the content follows the particle,
// and PolNeAR's cue phrase takes the particle in.
func TestCueParticles(t *testing.T) {
	tests := []struct {
		name, text               string
		speaker, phrase, content string
	}{
		{"called on", "The mayor called on the council to reopen the library.", "The mayor", "called on", "the council to reopen the library"},
		{"called upon", "Two bishops called upon the rebels to lay down their arms.", "Two bishops", "called upon", "the rebels to lay down their arms"},
		{"spoke about", "The coach spoke about the injuries that ended his season.", "The coach", "spoke about", "the injuries that ended his season"},
		{"agreed with", "Most economists agreed with the bank's decision to hold rates.", "Most economists", "agreed with", "the bank's decision to hold rates"},
		{"voted against", "The council voted against the new parking fees.", "The council", "voted against", "the new parking fees"},
		{"points out after a quote", "“The lake is shrinking every year,” she points out.", "she", "points out", "The lake is shrinking every year"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := run(tt.text, 0)
			require.Len(t, d.Attributions, 1)
			a := d.Attributions[0]
			assert.Equal(t, tt.speaker, d.Slice(a.Speaker))
			assert.Equal(t, tt.phrase, d.Slice(attrib.CuePhrase(d, a)))
			assert.Equal(t, tt.content, d.Slice(a.Content))
		})
	}
}

// Under "declined to"/"refused to", PolNeAR's cue phrase is the refusal
// alone; what was refused is the content.
func TestRefusalCuePhrase(t *testing.T) {
	d := run("The minister declined to say whether the tax would rise.", 0)
	require.NotEmpty(t, d.Attributions)
	var phrases []string
	for _, a := range d.Attributions {
		phrases = append(phrases, d.Slice(attrib.CuePhrase(d, a)))
	}
	assert.Contains(t, phrases, "declined")
	assert.NotContains(t, phrases, "declined to say")
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

// PolNeAR's cue phrase takes in the words that complete the verb before
// its content: an expressed bare noun and its preposition, "out" and
// the preposition after "spoke", the "as" or "for" of a passive that
// describes someone, a manner, a reflexive with its preposition.
func TestCuePhraseCompletions(t *testing.T) {
	tests := []struct{ name, text, cue string }{
		{"expressed noun before that", "The mayor expressed concern that the bridge would close.", "expressed concern"},
		{"voiced noun and preposition", "Two aides voiced doubts about the ferry plan.", "voiced doubts about"},
		{"expressed possessive noun is content", "The mayor expressed her support for the ferry plan.", "expressed"},
		{"expressed adjective noun is content", "The mayor expressed particular concern over the bridge.", "expressed"},
		{"adverb before the particle", "The mayor spoke warmly of the harbour pilots.", "spoke warmly of"},
		{"spoke out against", "The bishop has spoken out against the mine expansion.", "has spoken out against"},
		{"spoke out in favor of", "The bishop spoke out in favor of the mine expansion.", "spoke out in favor of"},
		{"talked up", "The coach talked up his plans for a new stadium.", "talked up"},
		{"known for", "The mayor is known for her long speeches on tides.", "is known for"},
		{"seen as", "The mayor is widely seen as a friend of the fishermen.", "is widely seen as"},
		{"described as leaves as out", "The mayor was described as a friend of the fishermen.", "was described"},
		{"with a grin", "“We will win the cup,” the coach said with a grin.", "said with a grin"},
		{"distanced himself from", "The senator distanced himself from the farm bill.", "distanced himself from"},
		{"floated both", "Ruiz and Lowe have both said the ferries will run.", "have both said"},
		{"always", "The mayor has always maintained that the ferries will run.", "has always maintained"},
		{"began by saying", "The mayor began by saying that the ferries will run.", "began by saying"},
		{"followed up by asking", "The host followed up by asking whether the ferries will run.", "followed up by asking"},
		{"contraction before an infinitive chain", "She’s expected to argue that the ferries will run.", "’s expected to argue"},
		{"pleaded guilty", "The clerk pleaded guilty to taking bribes from builders.", "pleaded guilty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var cues []string
			for _, p := range phrases(tt.text) {
				cues = append(cues, p.Cue)
			}
			assert.Contains(t, cues, tt.cue)
		})
	}
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

// PolNeAR's source takes along an appositive that names members
// ("including") or says what the source is now; a
// participle or a plain adverb after the comma stays out.
func TestSourceAppositives(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"including", "Six ferry unions, including the Harbor Pilots Guild, said the strike would go on.",
			[]phrased{{"Six ferry unions, including the Harbor Pilots Guild", "said", "the strike would go on"}}},
		{"now and a determiner", "Ana Lowe, now a harbor commissioner, said the pier was safe.",
			[]phrased{{"Ana Lowe, now a harbor commissioner", "said", "the pier was safe"}}},
		{"a participle", "Ana Lowe, speaking at the pier, said the ferries would run.",
			[]phrased{{"Ana Lowe", "said", "the ferries would run"}}},
		{"then alone", "Ana Lowe, then, said the ferries would run.",
			[]phrased{{"Ana Lowe", "said", "the ferries would run"}}},
		{"age before the appositive", "Ann Ruiz, 21, a student from Reno, said the ferries would run.",
			[]phrased{{"Ann Ruiz, 21, a student from Reno", "said", "the ferries would run"}}},
		{"plural possessive", "Dan Lowe, the Smiths’ campaign manager, said the ferries would run.",
			[]phrased{{"Dan Lowe, the Smiths’ campaign manager", "said", "the ferries would run"}}},
		{"a list inside the appositive", "Ken Ota, the port's lawyer, treasurer and strategist, has said the ferries would run.",
			[]phrased{{"Ken Ota, the port's lawyer, treasurer and strategist", "has said", "the ferries would run"}}},
		{"name before an indefinite appositive", "Dean Ruiz, a salesman from Reno, says the ferries will run.",
			[]phrased{{"Dean Ruiz, a salesman from Reno", "says", "the ferries will run"}}},
		{"name before a bare title", "Ana Lowe, director of the harbor board, says the ferries will run.",
			[]phrased{{"Ana Lowe, director of the harbor board", "says", "the ferries will run"}}},
		{"the rest of a list", "Ruiz, Lowe and Ota have said the ferries will run.",
			[]phrased{{"Ruiz, Lowe and Ota", "have said", "the ferries will run"}}},
		{"head of a relative without a pronoun", "It was a point Ken Ota also acknowledged to the board.",
			[]phrased{{"Ken Ota", "also acknowledged", "to the board"}}},
		{"a head a participle phrase modifies", "People briefed on the talks said the ferries would run.",
			[]phrased{{"People briefed on the talks", "said", "the ferries would run"}}},
		{"a passive agent phrase", "A panel of pilots led by Ann Lowe argued that the ferries would run.",
			[]phrased{{"A panel of pilots led by Ann Lowe", "argued", "the ferries would run"}}},
		{"name after a leading conjunction", "But Tom Ruiz, the party's treasurer, says the ferries will run.",
			[]phrased{{"Tom Ruiz, the party's treasurer", "says", "the ferries will run"}}},
		{"an emphatic reflexive", "Ota himself said the ferries would run.",
			[]phrased{{"Ota himself", "said", "the ferries would run"}}},
		{"an adverb is no name", "Rather, sources close to the mayor say the ferries will run.",
			[]phrased{{"sources close to the mayor", "say", "the ferries will run"}}},
		{"a time before the cue", "Ken Ota, the port chairman, this past week announced that the ferries would run.",
			[]phrased{{"Ken Ota, the port chairman", "announced", "the ferries would run"}}},
	})
}
