package attrib_test

import "testing"

// A relative pronoun before the source is the cue's object: PolNeAR's
// content is the pronoun alone. A clause or an infinitive after the cue,
// or "that", leave the other readings.
func TestObjectRelative(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"which, then an adjunct", "Intro line.\n\nThe levy, which the council opposed in May, passed.",
			[]got{{Speaker: "the council", Cue: "opposed", Content: "which", Kind: "indirect"}}},
		{"whom, then a purpose phrase", "Intro line.\n\nThe senator, whom many donors had backed in the hope of a win, lost.",
			[]got{{Speaker: "many donors", Cue: "backed", Content: "whom", Kind: "indirect"}}},
		{"which, then a conjunction", "Intro line.\n\nThe claims, which he has denied and which his wife retracted, remain.",
			[]got{{Speaker: "he", Cue: "denied", Content: "which", Kind: "indirect"}}},
		{"an infinitive after the cue takes the pronoun", "Intro line.\n\nThe rules, which the port vowed to ignore, stand.",
			[]got{{Speaker: "the port", Cue: "vowed", Content: "to ignore, stand", Kind: "indirect"},
				{Speaker: "the port", Cue: "ignore", Content: "which", Kind: "indirect"}}},
		{"a clause after the cue is its content", "Intro line.\n\nThe fees, which the firm says are fair, rose.",
			[]got{{Speaker: "the firm", Cue: "says", Content: "are fair, rose", Kind: "indirect"}}},
		{"that is left to the other readings", "Intro line.\n\nShe argued that voters believe in him.",
			[]got{{Speaker: "She", Cue: "argued", Content: "voters believe in him", Kind: "indirect"}}},
	})
}

// The pattern is recorded on the candidate.
func TestObjectRelativeRuleName(t *testing.T) {
	_, cs := candidates("Intro line.\n\nThe levy, which the council opposed in May, passed.")
	if len(cs) != 1 || cs[0].Rule != "object-relative" {
		t.Fatalf("want one object-relative candidate, got %+v", cs)
	}
}
