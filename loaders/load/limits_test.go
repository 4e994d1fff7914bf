package load

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/schema"
)

func TestArticleLimitsFit(t *testing.T) {
	attrs := func(n int) []doc.OutAttr {
		out := make([]doc.OutAttr, n)
		for i := range out {
			out[i] = doc.OutAttr{Cue: doc.TextSpan{Text: "said"}, Kind: doc.Direct, Content: doc.TextSpan{Text: fmt.Sprintf("claim %d", i)}}
		}
		return out
	}
	tests := []struct {
		name       string
		max, claim int
		wantClaims int
		wantNote   string
	}{
		{"under the cap", 10, 10, 10, ""},
		{"over the cap", 10, 25, 10, "truncated a.jsonl:1: it has 25 claims, 0 non-comments, 0 events and 0 entities; stored the first 10 of each (max_article_claims)"},
		{"no cap", 0, 25, 25, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := doc.Extraction{ID: "a", Text: "x", Attributions: attrs(tc.claim)}
			b, note, err := Limits{MaxClaims: tc.max}.fit(&x, "a.jsonl:1")
			require.NoError(t, err)
			assert.Len(t, x.Attributions, tc.wantClaims)
			assert.Equal(t, tc.wantNote, note)
			assert.Contains(t, b.Owned[len(b.Owned)-1].Subject.String(), fmt.Sprintf("/claim/%d>", tc.wantClaims), "the first claims are kept")
		})
	}
	// A claim about very many things still gives one bounded transaction.
	x := doc.Extraction{ID: "a", Text: "x", Attributions: attrs(1)}
	for i := 0; i < 100; i++ {
		x.Attributions[0].AboutEntities = append(x.Attributions[0].AboutEntities, fmt.Sprintf("person/p%d", i))
	}
	_, _, err := Limits{MaxClaims: 2}.fit(&x, "a.jsonl:1")
	assert.EqualError(t, err, "a.jsonl:1: the article gives 116 quads, more than the 80 (40 per claim of max_article_claims) one article may write at once; split it")

	big := doc.Article{Source: "big.txt", Text: strings.Repeat("x", 3<<20)}
	assert.EqualError(t, Limits{MaxBytes: 2 << 20}.CheckSize(big),
		"big.txt: the article's text is 3.0 MiB, more than the 2.0 MiB one article may have (max_article_bytes); split it, or raise max_article_bytes")
	assert.NoError(t, Limits{MaxBytes: 4 << 20}.CheckSize(big))
}

// hugeArticle writes a JSON Lines file holding one article of about n
// bytes: one quoted sentence said over and over, which gives a claim per
// sentence (issue 16's probe used such an article).
func hugeArticle(t *testing.T, dir string, n int) string {
	t.Helper()
	s := "\u201cWe will not back down on the harbour deal,\u201d said Maria Okafor, the union leader. "
	b, err := json.Marshal(map[string]string{"id": fmt.Sprintf("huge-%d", n), "title": "Huge", "body": strings.Repeat(s, n/len(s))})
	require.NoError(t, err)
	path := filepath.Join(dir, fmt.Sprintf("huge-%d.jsonl", n))
	require.NoError(t, os.WriteFile(path, append(b, '\n'), 0o644))
	return path
}

// batchRecorder remembers the quads of each batch written.
type batchRecorder struct{ quads, largest []int }

func (w *batchRecorder) Write(ctx context.Context, batch []schema.Bundle) ([]graph.WriteResult, error) {
	n, largest := 0, 0
	res := make([]graph.WriteResult, len(batch))
	for i, b := range batch {
		n += b.Len()
		largest = max(largest, b.Len())
		res[i] = graph.WriteResult{Article: b.Article, Added: b.Len()}
	}
	w.quads, w.largest = append(w.quads, n), append(w.largest, largest)
	return res, nil
}

// No transaction holds more than batch_quads, unless one article alone
// does, and then it is written on its own.
func TestBatchesStayUnderBatchQuads(t *testing.T) {
	dir := t.TempDir()
	examples, err := filepath.Abs(filepath.Join("..", "..", "examples"))
	require.NoError(t, err)
	huge := hugeArticle(t, dir, 20<<10)
	w := &batchRecorder{}
	paths := []string{examples, huge, examples}
	_, err = Articles(context.Background(), w, paths, nil, io.Discard, Options{Workers: 1, BatchQuads: 1500, Limits: Limits{MaxClaims: 1000}})
	require.NoError(t, err)
	require.Greater(t, slices.Max(w.largest), 1500, "the test needs one article over batch_quads")
	for i, n := range w.quads {
		assert.True(t, n <= 1500 || n == w.largest[i], "batch %d holds %d quads, its largest article %d", i, n, w.largest[i])
	}
}
