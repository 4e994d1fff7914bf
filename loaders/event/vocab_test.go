package event

import (
	"testing"

	"github.com/claimgraph/claimgraph/loaders/vocab"
)

// TestVocabCoversTriggers: every trigger word has a vocabulary id, so
// that no token is looked up by its text (a word missing from
// loaders/vocab/words.txt still works, more slowly).
func TestVocabCoversTriggers(t *testing.T) {
	var ws []string
	for w := range triggers {
		ws = append(ws, w)
	}
	for w := range verbTriggers {
		ws = append(ws, w)
	}
	if miss := vocab.Missing(ws); len(miss) > 0 {
		t.Errorf("add these words to loaders/vocab/words.txt: %q", miss)
	}
}
