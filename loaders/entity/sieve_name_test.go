package entity_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNameSieve(t *testing.T) {
	tests := []struct {
		name, text, content, want string
	}{
		{"a group of people named by a firm",
			"LG Card needs money. LG Card's creditors said they would wait.",
			"they would wait", ": LG Card's creditors"},
		{"supporters are not their leader",
			"Ann Rudolph lost the vote. Rudolph's supporters said the count was wrong.",
			"the count was wrong", ": Rudolph's supporters"},
		{"a surname that is also a city",
			"Ken Livingstone has refused to apologise. \"I will not say sorry,\" said Ken Livingstone.",
			"I will not say sorry", "name: Ken Livingstone"},
		{"the head name, not the firm before the role",
			`"Sales will be weak in March," said Morgan Stanley analyst Walter Loeb.`,
			"Sales will be weak in March", "name: Walter Loeb"},
		{"a possessive modifier is not the head",
			`"She has never taken drugs," said Jones' lawyer Richard Nicholls.`,
			"She has never taken drugs", "name: Richard Nicholls"},
		{"a hyphenated given name",
			"\"Creditors will act,\" said Yoo Ji-chang, a spokesman for the bank. Labour-led councils agreed.",
			"Creditors will act", "name: Yoo Ji-chang"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakers(tt.text)
			assert.Equal(t, tt.want, got[tt.content], "%v", got)
		})
	}
}
