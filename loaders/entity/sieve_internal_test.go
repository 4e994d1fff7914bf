package entity

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/segment"
)

// TestResolvePhrase runs the mention-to-speaker sieves on one phrase of a
// text, the way the cue rules hand it over, whatever span they chose.
func TestResolvePhrase(t *testing.T) {
	tests := []struct {
		name, text, phrase, sieve, entity string
	}{
		{"a description after a name and a comma",
			"Christoph Caselitz, president of the mobile networks division at the firm, says the system works.",
			"president of the mobile networks division at the firm", "appositive", "Christoph Caselitz"},
		{"a name after a description, past a title",
			"But the chairman of the working party, Ambassador Stefan Johannesson of Iceland, warned of work to do.",
			"the chairman of the working party", "appositive", "Stefan Johannesson"},
		{"an unnamed spokesman of a body named with its initials",
			"It blamed the Department for Constitutional Affairs. A spokesman for the DCA said it had led.",
			"A spokesman for the DCA", "spokesperson", "Department for Constitutional Affairs"},
		{"a possessive body's spokeswoman",
			"Northwind Energy raised prices. Northwind Energy's spokeswoman said so.",
			"Northwind Energy's spokeswoman", "spokesperson", "Northwind Energy"},
		{"a name after a preposition's object that is no person",
			"The side lost again. Harlow director of rugby Tom Kelland was blunt.",
			"Harlow director of rugby Tom Kelland", "name", "Tom Kelland"},
		{"a name after a title whose body has a preposition in its name",
			"Prices rose. National Office of Surveys chief Wu Tanmei spoke.",
			"National Office of Surveys chief Wu Tanmei", "name", "Wu Tanmei"},
		{"a name after a title with its own object",
			"Talks stalled. Secretary of Farming Daniel Kell said so.",
			"Secretary of Farming Daniel Kell", "name", "Daniel Kell"},
		{"a name after a title in a preposition's object is that object",
			"Talks stalled. An aide to Farming Secretary Daniel Kell said so.",
			"An aide to Farming Secretary Daniel Kell", "", ""},
		{"the paper is the newspaper named before",
			"The Harlow Gazette reported the sale. The paper said the deal was done.",
			"The paper", "description", "Harlow Gazette"},
		{"a name that is the preposition's object is not the speaker",
			"Ann Kell spoke. The wife of former president Tom Kell said so.",
			"The wife of former president Tom Kell", "description", "Ann Kell"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc.New(doc.Article{Text: tt.text})
			segment.Segment(d)
			Recognize(d)
			rs := newResolver(d)
			at := strings.Index(tt.text, tt.phrase)
			e, _, sieve := rs.resolve(doc.Span{Start: at, End: at + len(tt.phrase)}, -1)
			name := ""
			if e >= 0 {
				name = d.Entities[e].Name
			}
			assert.Equal(t, tt.sieve+": "+tt.entity, sieve+": "+name)
		})
	}
}

func TestInitialsOf(t *testing.T) {
	tests := []struct {
		name, want string
		ok         bool
	}{
		{"General Electric", "GE", true},
		{"Bank of England", "BE", true},
		{"Procter & Gamble", "PG", true},
		{"Harlow", "", false},
		{"BT Together", "", false},                         // an acronym inside
		{"Kell's Harlow Mining", "", false},                // a possessive is no initial
		{"Alpha Beta Gamma Delta Epsilon Zeta", "", false}, // six words
	}
	for _, tt := range tests {
		got, ok := initialsOf(tt.name)
		assert.Equal(t, tt.ok, ok, tt.name)
		if ok {
			assert.Equal(t, tt.want, got, tt.name)
		}
	}
}
