package attrib_test

import "testing"

// The object of "led", "forced", "prompted" … is the source of the
// infinitive cue after it; a verb outside the list, or none, leaves the
// infinitive to the passive step, which drops it.
func TestObjectControl(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"led her to announce", "Intro line.\n\nThe delay led the mayor to announce that the bridge would close.",
			[]got{{Speaker: "the mayor", Cue: "announce", Content: "the bridge would close", Kind: "indirect"}}},
		{"a name as the object", "Intro line.\n\nThe vote prompted Ann Reyes to accuse the council of bias.",
			[]got{{Speaker: "Ann Reyes", Cue: "accuse", Content: "the council of bias", Kind: "indirect"}}},
		{"no control verb before the object", "Intro line.\n\nThe delay sent the mayor to announce a review.", nil},
	})
}

// The pattern is recorded on the candidate.
func TestObjectControlRuleName(t *testing.T) {
	_, cs := candidates("Intro line.\n\nThe delay led the mayor to announce that the bridge would close.")
	if len(cs) != 1 || cs[0].Rule != "pre-cue+object-control" {
		t.Fatalf("want one pre-cue+object-control candidate, got %+v", cs)
	}
}
