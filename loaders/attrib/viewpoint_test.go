package attrib_test

import (
	"testing"
)

// A sentence-initial "To X," is X's viewpoint; a lower-case frame is not.
func TestViewpointPatterns(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"viewpoint of a named person", "Intro line.\n\nTo Ms. Gil, the new pier is a cry of dissent.",
			[]got{{Speaker: "Ms. Gil", Cue: "To", Content: "the new pier is a cry of dissent", Kind: "indirect"}}},
		{"viewpoint past a relative clause ending in a quote", "Intro line.\n\nTo Ms. Gil, who calls the pier “a cry of dissent, really,” the vote was a relief.",
			[]got{{Speaker: "Ms. Gil", Cue: "To", Content: "the vote was a relief", Kind: "indirect"},
				{Speaker: "who", Cue: "calls", Content: "the pier “a cry of dissent, really,”", Kind: "mixed"}}},
		{"a lower-case frame is no viewpoint", "Intro line.\n\nTo date, the new pier has cost $2 million.", nil},
	})
}
