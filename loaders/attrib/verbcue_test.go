package attrib_test

import (
	"testing"
)

// "reports" is a cue after a name and a noun elsewhere.
func TestReportsAfterAName(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"a newspaper reports that", "Intro line.\n\nThe Harbour Gazette reports that the ferry will stop running in May.",
			[]phrased{{"The Harbour Gazette", "reports", "the ferry will stop running in May"}}},
		{"post-posed after the content", "Intro line.\n\nThe ferry will stop running in May, the Harbour Gazette reports.",
			[]phrased{{"the Harbour Gazette", "reports", "The ferry will stop running in May"}}},
		{"a noun after a determiner", "Intro line.\n\nThe reports that the ferry would stop were wrong.", nil},
	})
}

// Forms a stricter rule used to drop are now weak candidates that the
// filter weighs: a strict-clause verb whose content opens with a
// preposition, and a noun-like form after a plain noun. A determiner or
// possessive before the form still makes it a noun.
func TestWeakCandidates(t *testing.T) {
	checkExtracted(t, []patternCase{
		{"apologized for", "The airline apologized for the cancelled flights.",
			[]got{{Speaker: "The airline", Cue: "apologized", Content: "for the cancelled flights", Kind: "indirect"}}},
		{"railed against", "The mayor railed against the new parking rules.",
			[]got{{Speaker: "The mayor", Cue: "railed against", Content: "the new parking rules", Kind: "indirect"}}},
		{"rail as a noun", "The national rail operator did not respond to requests for comment.", nil},
		{"noun-like form after a plural noun", "Union members support the strike.",
			[]got{{Speaker: "Union members", Cue: "support", Content: "the strike", Kind: "indirect"}}},
		{"possessive before the form", "Their support for the strike grew.", nil},
	})
}

// A cue verb is lower-case unless it opens the sentence or a title-case
// headline; a cue inside a quotation reports speech within speech.
func TestCueVerbPatterns(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"title-case headline", "Former Mayor Ann Lee Says The Bridge Will Reopen Soon",
			[]got{{Speaker: "Former Mayor Ann Lee", Cue: "Says", Content: "The Bridge Will Reopen Soon", Kind: "indirect"}}},
		{"nested speech is not annotated", "“She said she would come,” Tom said.",
			[]got{{Speaker: "Tom", Cue: "said", Content: "She said she would come", Kind: "direct"}}},
	})
}
