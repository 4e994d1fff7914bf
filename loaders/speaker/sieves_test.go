package speaker_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/claimgraph/claimgraph/loaders/attrib"
	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/entity"
	"github.com/claimgraph/claimgraph/loaders/quotes"
	"github.com/claimgraph/claimgraph/loaders/segment"
	"github.com/claimgraph/claimgraph/loaders/speaker"
)

// attributed runs the stages up to this one and returns, for each
// attribution, "rule: speaker | cue | content".
func attributed(text string) []string {
	d := doc.New(doc.Article{Text: text})
	segment.Segment(d)
	quotes.Find(d)
	entity.Recognize(d)
	attrib.Extract(d)
	speaker.Attribute(d)
	var out []string
	for _, a := range d.Attributions {
		if a.Rule == "" {
			continue
		}
		out = append(out, fmt.Sprintf("%s: %s | %s | %s", a.Rule, d.Slice(a.Speaker), d.Slice(a.Cue), d.Slice(a.Content)))
	}
	return out
}

type sieveCase struct {
	name, text string
	want       []string
}

func runCases(t *testing.T, cases []sieveCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, attributed(tt.text), tt.text)
		})
	}
}

func TestCueAfter(t *testing.T) {
	runCases(t, []sieveCase{
		{"any past verb after a comma quote", `"That was a total disaster," a crestfallen Mr Lim confided to the host.`,
			[]string{"cue-after: a crestfallen Mr Lim | confided | That was a total disaster,"}},
		{"inverted, any verb", `"Don't you care about the river?", implored campaigner Barry Lim.`,
			[]string{"cue-after: campaigner Barry Lim | implored | Don't you care about the river?"}},
		{"quoted as saying", `"We're mourning a great company," the agency quoted worker Dan Ogden as saying.`,
			[]string{"cue-after: worker Dan Ogden | saying | We're mourning a great company,"}},
		{"a plural noun is no verb", `"The firm has been destroyed," the Interfax news agency quoted Mr Khodorkovsky as saying.`,
			[]string{"cue-after: Mr Khodorkovsky | saying | The firm has been destroyed,"}},
		{"a firm's name with and", `"Sales borrowed from the next quarter," said Bear Stearns and Co analyst Monroe Greenstein.`,
			[]string{"cue-after: Bear Stearns and Co analyst Monroe Greenstein | said | Sales borrowed from the next quarter,"}},
		{"a verb before a colon introduces the next quotation", `"I am not having it." United manager Alex Ferguson added: "He was wound up for it."`,
			nil},
		{"a new clause after a closed sentence is not the quote's", `"We won." Neville admitted there had been incidents before the game.`,
			nil},
		{"a participle opens no inverted cue", `"It is over." Speaking immediately after the game, Moyes said he was proud.`,
			nil},
	})
}

func TestCueBefore(t *testing.T) {
	runCases(t, []sieveCase{
		{"verb and addressee before a colon", `The plan is dead, and Ann Reyes told the BBC: "Nobody wanted it."`,
			nil}, // the cue rules read this one themselves
		{"a name and a colon, no verb", "The show moves in spring.\n\nBBC Two controller Roly Keating: \"It's an exciting new era for the show.\"",
			[]string{"cue-before: BBC Two controller Roly Keating | : | It's an exciting new era for the show."}},
		{"a passive verb reports the asker, not its subject", `Wheelchair user Kevin Donnellon was asked: "Why on earth do you want that?"`,
			nil},
		{"interrupted by its cue", `"We are not afraid," the activist said, "and we will return to the square."`,
			[]string{"cue-before: the activist | said | and we will return to the square."}},
	})
}

func TestContinuation(t *testing.T) {
	runCases(t, []sieveCase{
		{"the next sentence", `"We have won the argument," said Mr Larsson. "People are looking for more than phone calls."`,
			[]string{"continuation: Mr Larsson | said | People are looking for more than phone calls."}},
		{"the next paragraph reopens the mark", "Ann Reyes said: \"The strike is over.\n\n\"Everyone will be back at work on Monday.\"",
			[]string{"continuation: Ann Reyes | said | Everyone will be back at work on Monday."}},
		{"joined paragraphs", `"I didn't threaten anybody," said Vieira. "I had a talk with him and that's it. "They played better than us."`,
			[]string{"continuation: Vieira | said | I had a talk with him and that's it.", "continuation: Vieira | said | They played better than us."}},
		{"a sentence in between breaks the chain", `"We won," said Mr Larsson. The firm lost money. "nice"`,
			nil},
	})
}

func TestSameSentence(t *testing.T) {
	runCases(t, []sieveCase{
		{"a fragment in a sentence with a cue", `The committee said staff turnover was high and had "seriously interfered" with the work.`,
			nil}, // the cue rule's content already holds it
	})
}

func TestPossessiveNoun(t *testing.T) {
	runCases(t, []sieveCase{
		{"a pronoun owner", `Kelvin MacKenzie was the star. His advice for one contestant was to "get a haircut and a brain transplant".`,
			[]string{"possessive-noun: His | advice | get a haircut and a brain transplant"}},
		{"a named owner", `Mr Lim's letter was full of anger at "a total disaster for the town".`,
			[]string{"possessive-noun: Mr Lim's | letter | a total disaster for the town"}},
		{"no owner", `The letter was full of anger at "a total disaster for the town".`,
			nil},
	})
}

func TestPreviousSpeaker(t *testing.T) {
	runCases(t, []sieveCase{
		{"a quote paragraph after an indirect report", "Sonaptic's director David Monteith says his firm is the only one.\n\nHe spoke at length. \"There are quite a few basic technologies out there.\"",
			[]string{"previous-speaker: Sonaptic's director David Monteith | says | There are quite a few basic technologies out there."}},
		{"a thing that suggests utters nothing", "A BBC spokeswoman said the show would move.\n\nIt will sit next to the chart show, which suggests it may air at 1900. \"Hopefully the audience will find it on BBC Two.\"",
			[]string{"previous-speaker: A BBC spokeswoman | said | Hopefully the audience will find it on BBC Two."}},
		{"a scare quote gets no speaker", "Ann Reyes said the plan was dead.\n\nThe \"plan\" was old.",
			nil},
	})
}

func TestHostileInput(t *testing.T) {
	for _, text := range []string{"", `"`, `""`, strings.Repeat(`"a," said X. `, 2000), strings.Repeat(`“`, 5000)} {
		assert.NotPanics(t, func() { attributed(text) })
	}
}

func TestRepairAndPrune(t *testing.T) {
	runCases(t, []sieveCase{
		{"a source across an appositive before the colon",
			`Speaking after the inquiry was announced Bob Neill, leader of the council group, said: "He has shown poor leadership."`,
			nil},
	})
	d := doc.New(doc.Article{Text: `Speaking after the inquiry was announced Bob Neill, leader of the council group, said: "He has shown poor leadership."`})
	segment.Segment(d)
	quotes.Find(d)
	entity.Recognize(d)
	attrib.Extract(d)
	speaker.Attribute(d)
	var first string
	for _, a := range d.Attributions {
		if a.Content.Overlaps(d.Quotes[0].Inner) {
			first = d.Slice(a.Speaker)
			break
		}
	}
	assert.NotEmpty(t, first, "the first attribution holding the quotation names a speaker")
}
