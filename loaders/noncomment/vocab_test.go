package noncomment

import (
	"testing"

	"github.com/claimgraph/claimgraph/loaders/vocab"
)

// TestVocabCoversHeads: the first word of every head form has a
// vocabulary id, so that no token is looked up by its text (a word
// missing from loaders/vocab/words.txt still works, more slowly).
func TestVocabCoversHeads(t *testing.T) {
	var ws []string
	for w := range lex.heads {
		ws = append(ws, w)
	}
	if miss := vocab.Missing(ws); len(miss) > 0 {
		t.Errorf("add these words to loaders/vocab/words.txt: %q", miss)
	}
}
