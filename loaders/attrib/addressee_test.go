package attrib_test

import (
	"testing"
)

// Addressees run long ("told Harbour Radio host Ana Lowe, “…”"), carry a
// parenthesis or a quoted title with the clause's comma inside its marks,
// and a bare plural may share its source with another noun.
func TestAddresseesAndPluralSources(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"role and name as addressee", "The mayor told Harbour Radio Weekend breakfast programme host Ana Lowe, “The ferry will run.”",
			[]phrased{{"The mayor", "told", "The ferry will run"}}},
		{"parenthesis in the addressee", "The mayor told the Harbour Gazette (HG), “The ferry will run.”",
			[]phrased{{"The mayor", "told", "The ferry will run"}}},
		{"comma inside the title's marks", `"The ferry will run," Ms. Lowe told "Morning Roundup," adding that tickets were sold out.`,
			[]phrased{{"Ms. Lowe", "told", "The ferry will run"}, {"Ms. Lowe", "adding", "tickets were sold out"}}},
		{"bare plural and another noun", "The ferry will run all winter, pilots and harbour officials said.",
			[]phrased{{"pilots and harbour officials", "said", "The ferry will run all winter"}}},
	})
}

// A tell verb's addressee stands between the cue and the content.
func TestAddresseePatterns(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"told addressee", "A spokeswoman told Reuters that the plant was safe.",
			[]got{{Speaker: "A spokeswoman", Cue: "told", Content: "the plant was safe", Kind: "indirect", Addressee: "Reuters"}}},
		{"addressee named like a cue", "The coach told The Daily Post: “We will win.”",
			[]got{{Speaker: "The coach", Cue: "told", Content: "We will win", Kind: "direct", Addressee: "The Daily Post"}}},
	})
}
