package attrib

import (
	"testing"

	"github.com/claimgraph/claimgraph/loaders/vocab"
)

// TestVocabCoversTriggerWords: every word the dispatcher's table holds
// has a vocabulary id, so that no token is looked up by its text (a
// word missing from loaders/vocab/words.txt still works, more slowly).
func TestVocabCoversTriggerWords(t *testing.T) {
	var ws []string
	for _, list := range triggerWords {
		ws = append(ws, list...)
	}
	if miss := vocab.Missing(ws); len(miss) > 0 {
		t.Errorf("add these words to loaders/vocab/words.txt: %q", miss)
	}
}
