package attrib_test

import "testing"

// A participle that opens its sentence reports up to the comma before
// its source, the subject of the main clause.
func TestOpenerContent(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"after thanking", "Intro line.\n\nAfter thanking the crowd, he touted how far the campaign had come.",
			[]got{{Speaker: "he", Cue: "thanking", Content: "the crowd", Kind: "indirect"},
				{Speaker: "he", Cue: "touted", Content: "how far the campaign had come", Kind: "indirect"}}},
		{"a participle after its source runs on", "Intro line.\n\nThe mayor began by saying that the bridge was safe.",
			[]got{{Speaker: "The mayor", Cue: "saying", Content: "the bridge was safe", Kind: "indirect"}}},
	})
}
