package attrib_test

import (
	"testing"
)

// A sentence may open with its cue, the speaker and a quote; the speaker
// keeps an appositive or relative clause out of its span. A "Said" that
// opens no such sentence is left to the cue-verb rule.
func TestSaidIntroPatterns(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"relative clause", "The pier reopened.\n\nSaid Ms. Poynter, who grew up nearby, “We were proud.”",
			[]got{{Speaker: "Ms. Poynter", Cue: "Said", Content: "We were proud", Kind: "direct"}}},
		{"appositive", "The pier reopened.\n\nSaid Ana Lowe, a ranger at the lake, “It is safe.”",
			[]got{{Speaker: "Ana Lowe", Cue: "Said", Content: "It is safe", Kind: "direct"}}},
		{"common noun", "The pier reopened.\n\nSaid the mayor, “The ferry runs.”",
			[]got{{Speaker: "the mayor", Cue: "Said", Content: "The ferry runs", Kind: "direct"}}},
		{"no quote: the cue-verb rule reads it", "The pier reopened.\n\nSaid differently, the plan would fail, the mayor said.",
			[]got{{Speaker: "the mayor", Cue: "said", Content: "Said differently, the plan would fail", Kind: "indirect"}}},
	})
}
