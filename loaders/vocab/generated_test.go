package vocab_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/vocab"
	"github.com/claimgraph/claimgraph/loaders/vocab/internal/stagewords"
)

// TestWordsFileIsUpToDate: words.txt holds exactly the words of the
// stages' tables, so that no token is looked up by its text and the file
// never drifts into a list of its own. Run go generate ./loaders/vocab
// when it fails.
func TestWordsFileIsUpToDate(t *testing.T) {
	b, err := os.ReadFile("words.txt")
	require.NoError(t, err)
	var file []string
	for _, line := range strings.Split(string(b), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			file = append(file, line)
		}
	}
	want := stagewords.All()
	assert.Equal(t, want, file, "words.txt is stale: run go generate ./loaders/vocab")
	assert.Empty(t, vocab.Missing(want))
}
