package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

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
			b, note, err := articleLimits{MaxClaims: tc.max}.fit(&x, "a.jsonl:1")
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
	_, _, err := articleLimits{MaxClaims: 2}.fit(&x, "a.jsonl:1")
	assert.EqualError(t, err, "a.jsonl:1: the article gives 116 quads, more than the 80 (40 per claim of max_article_claims) one article may write at once; split it")

	big := doc.Article{Source: "big.txt", Text: strings.Repeat("x", 3<<20)}
	assert.EqualError(t, articleLimits{MaxBytes: 2 << 20}.checkSize(big),
		"big.txt: the article's text is 3.0 MiB, more than the 2.0 MiB one article may have (max_article_bytes); split it, or raise max_article_bytes")
	assert.NoError(t, articleLimits{MaxBytes: 4 << 20}.checkSize(big))
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

// TestHugeArticle loads one article of 1 MB and one of 20 MB into bolt
// (issue 16: the first took 100 s and 1.07 GB, the second ran over 11
// minutes and up to 15 GB). The bounds are several times what this
// machine measures (README, "Very large articles"), so that they hold on
// a slow or busy one.
func TestHugeArticle(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	tests := []struct {
		name    string
		size    int
		maxTime time.Duration
		maxRSS  int64 // KiB
		code    int
		want    string
	}{
		{"1 MB, truncated to max_article_claims", 1 << 20, 60 * time.Second, 600 << 10, 0, "stored the first 1000 of each (max_article_claims)"},
		{"20 MB, refused by max_article_bytes", 20 << 20, 90 * time.Second, 1 << 20, 2, "the article's text is 20.0 MiB, more than the 4.0 MiB one article may have (max_article_bytes)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := hugeArticle(t, dir, tc.size)
			start := time.Now()
			r, rss := runMeasured(t, dir, bin, tc.maxTime, "--db", filepath.Join(dir, fmt.Sprintf("g-%d.bolt", tc.size)), "load", path)
			took := time.Since(start)
			t.Logf("%s: %s, max RSS %d MiB; %s", tc.name, took.Round(100*time.Millisecond), rss>>10, strings.TrimSpace(r.stdout))
			assert.Equal(t, tc.code, r.code, r.stderr)
			assert.Contains(t, r.stderr, tc.want)
			assert.Less(t, took, tc.maxTime)
			assert.Less(t, rss, tc.maxRSS, "max RSS in KiB")
		})
	}
}

// runMeasured runs the binary, killing it after limit, and returns its
// result and its peak resident memory in KiB.
func runMeasured(t *testing.T, dir, bin string, limit time.Duration, args ...string) (result, int64) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "CLAIMGRAPH_DB=", "CLAIMGRAPH_BACKEND=")
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	require.NoError(t, ctx.Err(), "claimgraph %s did not end within %s", strings.Join(args, " "), limit)
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	ru, _ := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	require.NotNil(t, ru)
	return result{o.String(), e.String(), code}, ru.Maxrss
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
	_, err = loadArticles(context.Background(), w, paths, nil, io.Discard, loadOptions{Workers: 1, BatchQuads: 1500, Limits: articleLimits{MaxClaims: 1000}})
	require.NoError(t, err)
	require.Greater(t, slices.Max(w.largest), 1500, "the test needs one article over batch_quads")
	for i, n := range w.quads {
		assert.True(t, n <= 1500 || n == w.largest[i], "batch %d holds %d quads, its largest article %d", i, n, w.largest[i])
	}
}
