package entity

import (
	"maps"
	"slices"
	"testing"

	"github.com/claimgraph/claimgraph/loaders/vocab"
)

// TestVocabCoversDirections: every direction word has a vocabulary id,
// so that no token is looked up by its text (a word missing from
// loaders/vocab/words.txt still works, more slowly).
func TestVocabCoversDirections(t *testing.T) {
	ws := slices.Collect(maps.Keys(directions))
	if miss := vocab.Missing(ws); len(miss) > 0 {
		t.Errorf("add these words to loaders/vocab/words.txt: %q", miss)
	}
}
