package entity_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDescriptionSieve(t *testing.T) {
	tests := []struct {
		name, text, content, want string
	}{
		{"a body named by the noun after a name",
			"Delta Mills chief executive Richard Orme spoke. Members of the GMB union protested. The union said it would fight the closure.",
			"it would fight the closure", "description: GMB"},
		{"a firm read once as a person is the firm",
			"Delta Mills will close its plant in March. Delta Mills chief executive Richard Orme said orders had fallen. The company said the plant was old.",
			"the plant was old", "description: Delta Mills"},
		{"the name after a preposition is not the head",
			`Mayor Ann Reyes opened the port. "We expect more," said the mayor of Eastport.`,
			"We expect more", "description: Ann Reyes"},
		{"a constituency before a role modifies it",
			"Labour MP Stephen Pound spoke about his past. \"It was a horrible thing,\" said the Ealing North MP. The Tory MP for Bath agreed.",
			"It was a horrible thing", "description: Stephen Pound"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakers(tt.text)
			assert.Equal(t, tt.want, got[tt.content], "%v", got)
		})
	}
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
		{"a compound of a family noun and a count",
			`Ana Ruiz, 52, raised nine children by the harbour. "I am proud of them," said the mother-of-nine.`,
			"I am proud of them", "description: Ana Ruiz"},
		{"an occupation the article never gave: the most salient person",
			`Jonah Lomu is back. Lomu trained for months. "Now it is on!" said the giant winger.`,
			"Now it is on!", "description: Jonah Lomu"},
		{"an organization noun from the noun table",
			"The BBC will move the show. The corporation said the show aims to appeal to music lovers.",
			"the show aims to appeal to music lovers", "description: BBC"},
		{"a plural stays a group of people",
			"Sam Ortiz chaired the inquiry. The MPs said the department had failed.",
			"the department had failed", ": The MPs"},
		{"a plural of bodies is no one body",
			"Union President Keith Gambill spoke at the rally of the Indiana State Teachers Association. The unions said 15,000 people registered.",
			"15,000 people registered", ": The unions"},
		{"a country speaks as its government",
			"Talks on the debt resumed in Paris. The US said it could not support the plan.",
			"it could not support the plan", "name: United States"},
		{"a country's armed forces speak for themselves",
			"Two soldiers were killed in a crash, the US military said on Wednesday.",
			"Two soldiers were killed in a crash", "name: US military"},
		{"a country that modifies a noun is not the speaker",
			"Fiat ended its alliance with the carmaker. The US firm said it would pay $2bn to leave.",
			"it would pay $2bn to leave", ": The US firm"},
		{"two speakers joined by and are neither alone",
			"Governor Eric Holcomb spoke on Monday. Holcomb and GOP legislative leaders touted the plan as a step forward.",
			"the plan as a step forward", "name: Holcomb and GOP legislative leaders"},
		{"an and inside a title is no coordination",
			"Trade and Industry Secretary Patricia Hewitt said the deal was fair.",
			"the deal was fair", "name: Patricia Hewitt"},
		{"a capital The before a demonym is no name of its own",
			"The talks stalled.\n\nHostage swap The Afghan government has denied any role in the attack.",
			"any role in the attack", "name: Afghanistan"},
		{"a statement speaks for whoever it comes from",
			"The Interior Ministry opened an inquiry on Monday. A statement from the Interior Ministry said the border would reopen.",
			"the border would reopen", "document: Interior Ministry"},
		{"a report speaks for whoever published it, whatever it is called",
			"Sales fell 10 percent in October, according to the Harbor Facts report from the Federal Reserve.",
			"Sales fell 10 percent in October", "document: Federal Reserve"},
		{"a seat of government speaks for itself, not for its country",
			"The president flew to Ohio on Monday. The White House said the visit was routine.",
			"the visit was routine", "name: White House"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakers(tt.text)
			assert.Equal(t, tt.want, got[tt.content], "%v", got)
		})
	}
}
