package entity_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/claimgraph/claimgraph/loaders/attrib"
	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/entity"
	"github.com/claimgraph/claimgraph/loaders/quotes"
	"github.com/claimgraph/claimgraph/loaders/segment"
	"github.com/claimgraph/claimgraph/loaders/speaker"
)

// speakers runs the stages up to resolution and returns, for each
// attribution whose content holds want's quote, "sieve: entity name".
func speakers(text string) map[string]string {
	d := doc.New(doc.Article{Text: text})
	segment.Segment(d)
	quotes.Find(d)
	entity.Recognize(d)
	attrib.Extract(d)
	speaker.Attribute(d)
	entity.Resolve(d)
	out := map[string]string{}
	for _, a := range d.Attributions {
		name := d.Slice(a.Speaker)
		if a.SpeakerEntity >= 0 {
			name = d.Entities[a.SpeakerEntity].Name
		}
		out[d.Slice(a.Content)] = fmt.Sprintf("%s: %s", a.Resolution, name)
	}
	return out
}

func TestSpeakerSieves(t *testing.T) {
	tests := []struct {
		name, text, content, want string
	}{
		{"the head name, not the firm before the role",
			`"Sales will be weak in March," said Morgan Stanley analyst Walter Loeb.`,
			"Sales will be weak in March", "name: Walter Loeb"},
		{"a possessive modifier is not the head",
			`"She has never taken drugs," said Jones' lawyer Richard Nicholls.`,
			"She has never taken drugs", "name: Richard Nicholls"},
		{"the name after a preposition is not the head",
			`Mayor Ann Reyes opened the port. "We expect more," said the mayor of Eastport.`,
			"We expect more", "description: Ann Reyes"},
		{"a constituency before a role modifies it",
			"Labour MP Stephen Pound spoke about his past. \"It was a horrible thing,\" said the Ealing North MP. The Tory MP for Bath agreed.",
			"It was a horrible thing", "description: Stephen Pound"},
		{"a hyphenated given name",
			"\"Creditors will act,\" said Yoo Ji-chang, a spokesman for the bank. Labour-led councils agreed.",
			"Creditors will act", "name: Yoo Ji-chang"},
		{"a participle's subject speaks, and a name in its phrase does not",
			"Mr Pound says he rang Lucy at once. Describing that first meeting at London's King Cross station, he said: \"The earth went from under my feet.\"",
			"The earth went from under my feet", "pronoun: Pound"},
		{"an unnamed spokeswoman's pronoun speaks for her body",
			"A BBC spokeswoman said Andi Peters would stay on as producer. She said the time slot was still to be decided.",
			"the time slot was still to be decided", "pronoun: BBC"},
		{"a thing of someone's speaks for them",
			"Marion Jones sued Victor Conte. Her lawsuit said the claims were false and malicious.",
			"the claims were false and malicious", "possessor: Marion Jones"},
		{"a spokesman for a named body speaks for it",
			`The Department for Rural Affairs (DRA) was criticised. A spokesman for the DRA said the department had acted.`,
			"the department had acted", "spokesperson: Department for Rural Affairs"},
		{"a pronoun after a sentence whose subject is a person",
			"Mr Campbell said: \"I am glad we won the injunction.\"\n\nBut Mark Morrison is determined the album will be released. He said: \"The injunction is ludicrous.\"",
			"The injunction is ludicrous", "pronoun: Mark Morrison"},
		{"a pronoun after a quote continues the speaker",
			`"It will be fine," said Dr Alastair Brydon. "Rates will double," he added.`,
			"Rates will double", "pronoun: Alastair Brydon"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakers(tt.text)
			assert.Equal(t, tt.want, got[tt.content], "%v", got)
		})
	}
}

func TestMisspeltSurname(t *testing.T) {
	tests := []struct {
		name, text, content, want string
	}{
		{"a swapped pair of letters",
			"Sonaptic's managing director David Monteith spoke. \"We focused on Japan,\" said Mr Montieth.",
			"We focused on Japan", "name: David Monteith"},
		{"a letter too many",
			"Analyst Sarah Greenwood spoke. \"Prices will fall,\" said Ms Greenwoood.",
			"Prices will fall", "name: Sarah Greenwood"},
		{"a short surname is never guessed",
			"Analyst Tom Lee spoke. \"Prices will fall,\" said Mr Lea.",
			"Prices will fall", "name: Lea"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakers(tt.text)
			assert.Equal(t, tt.want, got[tt.content], "%v", got)
		})
	}
}

func TestPeersKeepTheirTitles(t *testing.T) {
	got := speakers("Lord Carrick opened the debate. \"The bill is flawed,\" said Lord Carrick. \"We must wait,\" Carrick added.\n\nOn Monday Crown Prince Frederik spoke. \"Andersen is an icon,\" said Prince Frederik.")
	assert.Equal(t, "name: Lord Carrick", got["The bill is flawed"])
	assert.Equal(t, "name: Lord Carrick", got["We must wait"])
	assert.Equal(t, "name: Crown Prince Frederik", got["Andersen is an icon"])
}

func TestDescriptions(t *testing.T) {
	tests := []struct {
		name, text, content, want string
	}{
		{"a role, not its deputy",
			"Mayor Ken Lane spoke first. On Sunday, Deputy Mayor Nicky Gavron told reporters she would stay. The mayor said the plan would go ahead.",
			"the plan would go ahead", "description: Ken Lane"},
		{"an age given after the name",
			`Tom Reed, 34, won the final against Sam Ortiz. "I am tired," said the 34-year-old.`,
			"I am tired", "description: Tom Reed"},
		{"an occupation the article never gave: the most salient person",
			`Jonah Lomu is back. Lomu trained for months. "Now it is on!" said the giant winger.`,
			"Now it is on!", "description: Jonah Lomu"},
		{"an organization noun from the noun table",
			"The BBC will move the show. The corporation said the show aims to appeal to music lovers.",
			"the show aims to appeal to music lovers", "description: BBC"},
		{"a plural stays a group of people",
			"Sam Ortiz chaired the inquiry. The MPs said the department had failed.",
			"the department had failed", ": The MPs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakers(tt.text)
			assert.Equal(t, tt.want, got[tt.content], "%v", got)
		})
	}
}
