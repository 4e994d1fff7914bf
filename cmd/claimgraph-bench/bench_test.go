package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/queries"
)

func TestQueryVariants(t *testing.T) {
	picked := map[string]string{"speaker": "Tony Blair", "organization": "Labour", "entity": "Labour", "event": "talks", "id": "bench1-a"}
	q := func(params ...queries.Param) queries.Query { return queries.Query{Name: "q", Params: params} }
	req := func(n string) queries.Param { return queries.Param{Name: n, Required: true} }
	opt := func(n string) queries.Param { return queries.Param{Name: n} }
	tests := []struct {
		name  string
		query queries.Query
		want  []map[string]string
	}{
		{"no parameters", q(opt("limit")), []map[string]string{{}}},
		{"required only", q(req("speaker"), opt("from")), []map[string]string{{"speaker": "Tony Blair"}}},
		{"optional narrowing parameter adds a variant", q(opt("entity"), opt("topic")),
			[]map[string]string{{}, {"entity": "Labour"}}},
		{"aliases: about is the entity, article the id", q(opt("about"), opt("article")),
			[]map[string]string{{}, {"about": "Labour", "article": "bench1-a"}}},
		{"claims-about: entity and event one at a time", queries.Query{Name: "claims-about", Params: []queries.Param{opt("entity"), opt("event")}},
			[]map[string]string{{}, {"entity": "Labour"}, {"event": "talks"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, queryVariants(tt.query, picked))
		})
	}
}

// TestBenchEndToEnd runs the whole bench on our two example wire
// articles, given as both the BBC and the Reuters file (so the second
// copy is dropped as a repeated identity), replayed twice.
func TestBenchEndToEnd(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "claimgraph-bench")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	require.NoError(t, err, "go build: %s", out)
	wire, err := os.ReadFile(filepath.Join("..", "..", "examples", "wire.jsonl"))
	require.NoError(t, err)
	for _, sub := range []string{"bbc", "reuters"} {
		require.NoError(t, os.MkdirAll(filepath.Join(dir, "data", sub), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, "data", sub, "articles.jsonl"), wire, 0o644))
	}
	outDir := filepath.Join(dir, "out")
	r := runBin(t, dir, bin, "--data", "data", "--replays", "2", "--runs", "2", "--out", outDir, "--step", "3")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "pipeline / raw")
	assert.Contains(t, r.stdout, "bench ran for")

	var rep benchReport
	b, err := os.ReadFile(filepath.Join(outDir, "bench.json"))
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &rep))
	require.NotNil(t, rep.Corpus)
	assert.Equal(t, 2, rep.Corpus.Unique)
	assert.Equal(t, 2, rep.Corpus.DuplicateIDs)
	assert.Equal(t, 4, rep.Corpus.Written)
	require.NotNil(t, rep.Load)
	assert.Equal(t, 4, rep.Load.Articles)
	assert.Positive(t, rep.Load.QuadsSubmitted)
	assert.Positive(t, rep.Load.VmHWM)
	// Points fall on batch commits: here one batch holds all four.
	require.NotEmpty(t, rep.Load.Curve)
	assert.Equal(t, 4, rep.Load.Curve[len(rep.Load.Curve)-1].Articles)
	require.NotNil(t, rep.Raw)
	assert.Equal(t, rep.Load.QuadsSubmitted, rep.Raw.Quads, "the raw pass writes the same quads")
	assert.Equal(t, len(rep.Load.Batches), rep.Raw.Batches)
	assert.Positive(t, rep.StoreSize)
	assert.NoFileExists(t, filepath.Join(outDir, "quads.nq"), "the spool is removed unless --keep-spool")

	set, err := queries.Load("")
	require.NoError(t, err)
	timed := map[string]bool{}
	for _, q := range rep.Queries {
		timed[q.Name] = true
		assert.Empty(t, q.HTTPErr, q.Name)
		assert.Equal(t, 2, q.InProc.Runs, q.Name)
	}
	for _, q := range set.List() {
		assert.True(t, timed[q.Name], "query %s timed", q.Name)
	}

	// --queries-only re-measures an existing store.
	r = runBin(t, dir, bin, "--db", filepath.Join(outDir, "bench.bolt"), "--queries-only", "--runs", "1", "--out", filepath.Join(dir, "q"))
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "stored queries")
	assert.NotContains(t, r.stdout, "raw Cayley")
}

type result struct {
	stdout, stderr string
	code           int
}

// runBin runs the binary in dir, failing the test if it runs for more
// than five minutes (a hang).
func runBin(t *testing.T, dir, bin string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "CLAIMGRAPH_DB=", "CLAIMGRAPH_BACKEND=")
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	require.NoError(t, ctx.Err(), "claimgraph-bench %s hung", strings.Join(args, " "))
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return result{o.String(), e.String(), code}
}
