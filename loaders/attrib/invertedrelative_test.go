package attrib_test

import "testing"

// An inverted source may carry a relative clause after a clause and its
// comma, or a participle after a quote: the cue is still post-posed.
func TestInvertedSourceWithModifier(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"relative clause after a clause", "Intro line.\n\nThe ferry will stop in May, said an official who was briefed on the plan.",
			[]got{{Speaker: "an official", Cue: "said", Content: "The ferry will stop in May", Kind: "indirect", Anonymous: true}}},
		{"participle after a quote", "Intro line.\n\n“The ferry will stop,” said a harbour pilot speaking for the first time.",
			[]got{{Speaker: "a harbour pilot", Cue: "said", Content: "The ferry will stop", Kind: "direct"},
				{Speaker: "a harbour pilot", Cue: "speaking", Content: "for the first time", Kind: "indirect"}}},
	})
}
