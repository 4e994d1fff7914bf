package attrib_test

import "testing"

// A participle cue after an "in" that opens the sentence is the act of
// the subject after the opener; elsewhere "in" makes the form a noun.
func TestOpeningInParticiple(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"in describing", "Intro line.\n\nIn describing the mayor, Ann Lee smiled.",
			[]got{{Speaker: "Ann Lee", Cue: "describing", Content: "the mayor", Kind: "indirect"}}},
		{"in inside the sentence", "Intro line.\n\nHe has no interest in describing the port.", nil},
	})
}
