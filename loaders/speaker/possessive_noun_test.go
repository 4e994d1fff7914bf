package speaker_test

import "testing"

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
