package attrib_test

import (
	"testing"
)

// Kind, role and anonymity, from the spans.
func TestDescribePatterns(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"mixed", "She called the ruling “a disgrace” and vowed to appeal.",
			[]got{{Speaker: "She", Cue: "called", Content: "the ruling “a disgrace” and vowed to appeal", Kind: "mixed"},
				{Speaker: "She", Cue: "vowed", Content: "to appeal", Kind: "indirect"}}},
		{"role and name", "“No deal yet,” government spokesman Ali Karimi said.",
			[]got{{Speaker: "government spokesman Ali Karimi", Cue: "said", Content: "No deal yet", Kind: "direct", Role: "government spokesman"}}},
		{"anonymous", "A senior diplomat said the talks had collapsed.",
			[]got{{Speaker: "A senior diplomat", Cue: "said", Content: "the talks had collapsed", Kind: "indirect", Anonymous: true}}},
	})
}
