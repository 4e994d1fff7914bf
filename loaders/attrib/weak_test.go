package attrib_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Forms a stricter rule used to drop are now weak candidates that the
// filter weighs: a strict-clause verb whose content opens with a
// preposition, and a noun-like form after a plain noun. A determiner or
// possessive before the form still makes it a noun.
func TestWeakCandidates(t *testing.T) {
	tests := []struct {
		name, text string
		want       []got
	}{
		{"apologized for", "The airline apologized for the cancelled flights.",
			[]got{{Speaker: "The airline", Cue: "apologized", Content: "for the cancelled flights", Kind: "indirect"}}},
		{"railed against", "The mayor railed against the new parking rules.",
			[]got{{Speaker: "The mayor", Cue: "railed against", Content: "the new parking rules", Kind: "indirect"}}},
		{"rail as a noun", "The national rail operator did not respond to requests for comment.", nil},
		{"noun-like form after a plural noun", "Union members support the strike.",
			[]got{{Speaker: "Union members", Cue: "support", Content: "the strike", Kind: "indirect"}}},
		{"possessive before the form", "Their support for the strike grew.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, attributions(run(tt.text, 0)))
		})
	}
}
