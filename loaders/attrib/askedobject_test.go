package attrib_test

import "testing"

// After a quoted question, the object of "asked" is whom it was put to;
// the content is the question. Without the quote, the object and what
// follows it stay the content.
func TestAskedAfterQuote(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"a name after asked", "Intro line.\n\n“Can you explain that?” the host asked the senator.",
			[]got{{Speaker: "the host", Cue: "asked", Content: "Can you explain that?", Kind: "direct", Addressee: "the senator"}}},
		{"a pronoun, the question in the sentence before", "Intro line.\n\n“But why?” the reporter asked him.",
			[]got{{Speaker: "the reporter", Cue: "asked", Content: "But why?", Kind: "direct", Addressee: "him"}}},
		{"no quote before", "Intro line.\n\nThe host asked the senator whether the bridge would close.",
			[]got{{Speaker: "The host", Cue: "asked", Content: "the senator whether the bridge would close", Kind: "indirect"}}},
	})
}
