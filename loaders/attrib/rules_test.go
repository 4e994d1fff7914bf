package attrib_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Each rule of the registry, and each pattern of the cue-verb rule, names
// itself on the attributions it makes.
func TestRuleNames(t *testing.T) {
	tests := []struct {
		text  string
		rules []string
	}{
		{"Mayor Lee: Ferry Strike Ends After Three Weeks", []string{"headline-colon"}},
		{"Asked about the strike, the mayor said the ferry would run.", []string{"asked-intro", "pre-cue"}},
		{"“We have no plans to sell,” the owner said when asked about the offer.", []string{"post-cue", "when-asked"}},
		{"Said Ms. Poynter, who grew up nearby, “We were proud.”", []string{"said-intro"}},
		{"According to the coroner, the victim died at noon.", []string{"according-to"}},
		{"Intro line.\n\nTo Ms. Gil, the new pier is a cry of dissent.", []string{"to-viewpoint"}},
		{"Intro line.\n\nThe club is reportedly spending $1.5 million on the pier.", []string{"reportedly"}},
		{"In a new Harbor Times poll, 50 percent chose the ferry.", []string{"poll"}},
		{"The minister said that the border would reopen on Friday.", []string{"pre-cue"}},
		{"In a speech last July, the mayor said:\n\nLet no one be mistaken, the ferry will run.", []string{"pre-cue-next-paragraph"}},
		{"“We will rebuild,” the mayor said.", []string{"post-cue"}},
		{"But as the auditor noted, the ledger was never balanced.", []string{"as-cue"}},
		{"The talks are expected to resume on Monday.", []string{"passive"}},
		{"The mayor appeared to lose his temper.", []string{"impression"}},
		{"“We will rebuild,” said Mayor Joan Reyes.", []string{"post-cue+inverted"}},
		{"Dr. Lena Ruiz, who leads the clinic, said the vaccine supply was low.", []string{"pre-cue+relative"}},
		{"Ana Silva — a nurse from Porto — says the ward is full.", []string{"pre-cue+dash"}},
		{"Mr. Lowe, citing “the ferry’s record,” said the route was safe.", []string{"pre-cue+subject", "pre-cue+citing"}},
		{"The ferry is run by the harbour trust, which has called the plan a bad deal.", []string{"pre-cue+relative-pronoun"}},
		{"It was announced by the ministry that the border would reopen.", []string{"pre-cue+by-agent"}},
		{"She called the ruling “a disgrace” and vowed to appeal.", []string{"pre-cue", "pre-cue+previous"}},
		{"The firm issued a statement saying the ferry was safe.", []string{"pre-cue+subject"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			_, cs := candidates(tt.text)
			var got []string
			for _, c := range cs {
				got = append(got, c.Rule)
			}
			assert.Equal(t, tt.rules, got)
		})
	}
}
