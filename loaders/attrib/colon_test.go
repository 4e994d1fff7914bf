package attrib_test

import (
	"testing"
)

// A headline's or a transcript's "Name:" is a speaker; labels and teasers
// are not.
func TestColonPatterns(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"transcript label", "Debate night\n\nHOST: Will you run again?",
			[]got{{Speaker: "HOST", Cue: ":", Content: "Will you run again?", Kind: "indirect"}}},
		{"editorial label is no speaker", "Quarterly results\n\nNOTE: Figures exclude a one-time charge of two cents a share.", nil},
		{"headline teaser is no speaker", "BOOM: Ferry Strike Ends After Three Weeks", nil},
		{"headline speaker", "Mayor Lee: Ferry Strike Ends After Three Weeks",
			[]got{{Speaker: "Mayor Lee", Cue: ":", Content: "Ferry Strike Ends After Three Weeks", Kind: "indirect"}}},
		{"correction label is no speaker", "Quarterly results\n\nCORRECTION: An earlier version misstated the date.", nil},
	})
}
