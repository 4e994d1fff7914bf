package bench_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/bench"
)

func writeJSONL(t *testing.T, path string, lines ...string) {
	t.Helper()
	require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
	require.NoError(t, os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644))
}

func TestBuildCorpusDedupesByIdentityAndReplaysWithFreshIDs(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.jsonl")
	b := filepath.Join(dir, "b.jsonl")
	writeJSONL(t, a,
		`{"id": "x1", "title": "One", "body": "Alpha said it."}`,
		`{"id": "x2", "title": "Two", "body": "Beta said it."}`,
		`{"id": "x1", "title": "One again", "body": "Alpha said it again."}`)
	writeJSONL(t, b,
		`{"id": "y1", "title": "Three", "body": "Beta said it."}`,
		`{"url": "http://example.org/z", "body": "Gamma said it."}`,
		`not json`)

	tests := []struct {
		name    string
		replays int
		limit   int
		ids     []string
	}{
		{"one replay", 1, 0, []string{"bench1-x1", "bench1-x2", "bench1-y1", "bench1-http://example.org/z"}},
		{"two replays", 2, 0, []string{"bench1-x1", "bench1-x2", "bench1-y1", "bench1-http://example.org/z",
			"bench2-x1", "bench2-x2", "bench2-y1", "bench2-http://example.org/z"}},
		{"limit inside the second replay", 2, 5, []string{"bench1-x1", "bench1-x2", "bench1-y1", "bench1-http://example.org/z", "bench2-x1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			st, err := bench.BuildCorpus([]string{a, b}, tt.replays, tt.limit, &out)
			require.NoError(t, err)
			var ids []string
			for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
				var m map[string]any
				require.NoError(t, json.Unmarshal([]byte(line), &m))
				ids = append(ids, m["id"].(string))
			}
			assert.Equal(t, tt.ids, ids)
			assert.Equal(t, len(tt.ids), st.Written)
			assert.Equal(t, int64(out.Len()), st.Bytes)
			assert.Equal(t, 5, st.Read)
			assert.Equal(t, 4, st.Unique)
			assert.Equal(t, 1, st.DuplicateIDs, "x1 twice")
			assert.Equal(t, 1, st.DuplicateTexts, "x2 and y1 share a text and are both kept")
			assert.Equal(t, 1, st.Rejected)
		})
	}
}

func TestSummarisePercentiles(t *testing.T) {
	ms := func(xs ...int) []time.Duration {
		var out []time.Duration
		for _, x := range xs {
			out = append(out, time.Duration(x)*time.Millisecond)
		}
		return out
	}
	tests := []struct {
		name     string
		in       []time.Duration
		p50, p95 float64
	}{
		{"none", nil, 0, 0},
		{"one", ms(7), 7, 7},
		{"twenty, unsorted", ms(20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1), 10, 19},
		{"an outlier reaches p95 only from twenty runs down", ms(1, 1, 1, 1, 1, 1, 1, 1, 1, 100), 1, 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := bench.Summarise(tt.in)
			assert.Equal(t, tt.p50, l.P50)
			assert.Equal(t, tt.p95, l.P95)
			assert.Equal(t, len(tt.in), l.Runs)
		})
	}
}

func TestReadMemAndMappingOfThisProcess(t *testing.T) {
	m, err := bench.ReadMem(0)
	require.NoError(t, err)
	assert.Positive(t, m.RSS)
	assert.GreaterOrEqual(t, m.HWM, m.RSS)
	assert.Equal(t, m.RSS, m.RssAnon+m.RssFile+m.RssShmem)

	// A file we map ourselves shows up as resident and clean once read.
	exe, err := os.Executable()
	require.NoError(t, err)
	mm, err := bench.ReadMapping(0, exe)
	require.NoError(t, err)
	assert.Positive(t, mm.RSS, "the test binary's own text is mapped from %s", exe)
}
