package speaker_test

import "testing"

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
