package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/internal/pgtest"
)

// TestPostgresEndToEnd runs the binary against a fresh PostgreSQL
// database as a user would: load, re-load, query run, export and serve.
func TestPostgresEndToEnd(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	dsn := pgtest.Fresh(t)
	examples, err := filepath.Abs(filepath.Join("..", "..", "examples"))
	require.NoError(t, err)
	pg := []string{"--backend", "postgres", "--db", dsn}

	r := runBin(t, dir, bin, append(pg, "load", examples)...)
	require.Equal(t, 0, r.code, r.stderr)
	m := summaryRe.FindStringSubmatch(strings.TrimSpace(r.stdout))
	require.NotNil(t, m, "summary line: %q", r.stdout)
	assert.Equal(t, []string{"6", "6", "0", "0"}, m[1:5])

	before := runBin(t, dir, bin, append(pg, "export")...)
	require.Equal(t, 0, before.code, before.stderr)
	assert.Contains(t, before.stdout, "<http://schema.org/Claim>")
	r = runBin(t, dir, bin, append(pg, "load", examples)...)
	require.Equal(t, 0, r.code, r.stderr)
	m = summaryRe.FindStringSubmatch(strings.TrimSpace(r.stdout))
	require.NotNil(t, m)
	assert.Equal(t, []string{"6", "0", "6", "0", "0"}, m[1:6], "a re-load replaces all six and writes nothing new")
	after := runBin(t, dir, bin, append(pg, "export", "--format", "nquads")...)
	require.Equal(t, 0, after.code, after.stderr)
	assert.Equal(t, sortedLines(before.stdout), sortedLines(after.stdout))

	r = runBin(t, dir, bin, append(pg, "query", "run", "who-said-what", "--param", "speaker=Elena Varga", "--format", "json")...)
	require.Equal(t, 0, r.code, r.stderr)
	var rows []map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &rows))
	require.Len(t, rows, 4, "two claims in example-wire-1, two in example-post-1")
	for _, row := range rows {
		assert.Equal(t, "Elena Varga", row["speaker"])
		assert.Contains(t, []string{"example-wire-1", "example-post-1"}, row["article"])
	}
	r = runBin(t, dir, bin, append(pg, "query", "run", "misattributed", "--format", "csv")...)
	require.Equal(t, 0, r.code, r.stderr)
	assert.Equal(t, 4, strings.Count(r.stdout, "\n"), "a header and the quote's three appearances: %s", r.stdout)
	assert.Contains(t, r.stdout, "Marek Novak")
	r = runBin(t, dir, bin, append(pg, "query", "run", "no-comment", "--format", "csv")...)
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "The national rail operator")

	base := startServer(t, dir, bin, pg...)
	resp, err := http.Get(base + "/api/queries/who-said-what?speaker=" + url.QueryEscape("Lina Park"))
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode, string(body))
	var res struct {
		Rows []map[string]any `json:"rows"`
	}
	require.NoError(t, json.Unmarshal(body, &res))
	require.Len(t, res.Rows, 1)
	assert.Contains(t, res.Rows[0]["content"], "Crews have been working")
}

func sortedLines(s string) []string {
	l := strings.Split(strings.TrimSpace(s), "\n")
	sort.Strings(l)
	return l
}

// generatedCorpus writes n articles to a JSON Lines file: the texts of
// our examples under fresh ids, so every article owns its own quads and
// all of them share the entities.
func generatedCorpus(t *testing.T, n int) []string {
	t.Helper()
	ex := filepath.Join("..", "..", "examples")
	var bases []map[string]string
	f, err := os.ReadFile(filepath.Join(ex, "wire.jsonl"))
	require.NoError(t, err)
	for _, l := range strings.Split(strings.TrimSpace(string(f)), "\n") {
		var a map[string]string
		require.NoError(t, json.Unmarshal([]byte(l), &a))
		bases = append(bases, a)
	}
	for _, name := range []string{"harbor-strike.txt", "clinic-funding.txt"} {
		b, err := os.ReadFile(filepath.Join(ex, name))
		require.NoError(t, err)
		title, body, _ := strings.Cut(string(b), "\n")
		bases = append(bases, map[string]string{"title": title, "body": strings.TrimLeft(body, "\n"), "published": "2026-03-05"})
	}
	lines := make([]string, n)
	for i := range lines {
		a := map[string]string{}
		for k, v := range bases[i%len(bases)] {
			a[k] = v
		}
		a["id"] = "generated-" + strconv.Itoa(i)
		b, err := json.Marshal(a)
		require.NoError(t, err)
		lines[i] = string(b)
	}
	return lines
}

func writeLines(t *testing.T, path string, lines []string) string {
	t.Helper()
	require.NoError(t, os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644))
	return path
}

type timedRun struct {
	result
	start, end time.Time
}

// TestPostgresConcurrentLoaders runs two `claimgraph load` processes at
// once against one database, on disjoint and on overlapping halves of a
// corpus; each must leave the same graph as one process loading it all.
func TestPostgresConcurrentLoaders(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	const n = 400
	lines := generatedCorpus(t, n)
	all := writeLines(t, filepath.Join(dir, "all.jsonl"), lines)

	export := func(dsn string) ([]string, int) {
		r := runBin(t, dir, bin, "--backend", "postgres", "--db", dsn, "export")
		require.Equal(t, 0, r.code, r.stderr)
		l := sortedLines(r.stdout)
		return l, len(l)
	}
	ref := pgtest.Fresh(t)
	r := runBin(t, dir, bin, "--backend", "postgres", "--db", ref, "load", all)
	require.Equal(t, 0, r.code, r.stderr)
	want, wantN := export(ref)
	require.Greater(t, wantN, n*50, "the corpus is big enough for the loads to overlap")

	for _, tc := range []struct {
		name   string
		aTo    int // the first process loads lines [0, aTo)
		bFrom  int // the second loads [bFrom, n)
		shared int
	}{
		{"disjoint halves", n / 2, n / 2, 0},
		{"overlapping halves", n * 3 / 4, n / 4, n / 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dsn := pgtest.Fresh(t)
			// Both processes find an empty database: they create the
			// schema at once too.
			a := writeLines(t, filepath.Join(dir, tc.name+"-a.jsonl"), lines[:tc.aTo])
			b := writeLines(t, filepath.Join(dir, tc.name+"-b.jsonl"), lines[tc.bFrom:])
			var runs [2]timedRun
			var wg sync.WaitGroup
			for i, path := range []string{a, b} {
				wg.Add(1)
				go func() {
					defer wg.Done()
					runs[i].start = time.Now()
					runs[i].result = runQuiet(dir, bin, "--backend", "postgres", "--db", dsn, "load", path)
					runs[i].end = time.Now()
				}()
			}
			wg.Wait()
			loaded := 0
			for i, run := range runs {
				require.Equal(t, 0, run.code, "loader %d: %s", i, run.stderr)
				m := summaryRe.FindStringSubmatch(strings.TrimSpace(run.stdout))
				require.NotNil(t, m, run.stdout)
				k, _ := strconv.Atoi(m[1])
				loaded += k
			}
			assert.Equal(t, n+tc.shared, loaded)
			assert.True(t, runs[0].start.Before(runs[1].end) && runs[1].start.Before(runs[0].end), "the loads overlap in time")
			got, gotN := export(dsn)
			assert.Equal(t, wantN, gotN)
			assert.Equal(t, want, got)
			// Every example quote repeats in many articles of both
			// loaders: still one quotation node each.
			quotations := func(lines []string) int {
				n := 0
				for _, l := range lines {
					if strings.HasSuffix(l, "<https://w3id.org/claimgraph/ns#Quotation> .") {
						n++
					}
				}
				return n
			}
			assert.Positive(t, quotations(want))
			assert.Equal(t, quotations(want), quotations(got), "one quotation node per quote")
		})
	}
}

// runQuiet is runBin for goroutines: it reports a failure to start in the
// result instead of calling t.FailNow off the test's goroutine.
func runQuiet(dir, bin string, args ...string) result {
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	// Small batches, so that the two loaders' batches interleave.
	cmd.Env = append(os.Environ(), "CLAIMGRAPH_DB=", "CLAIMGRAPH_BACKEND=", "CLAIMGRAPH_BATCH_QUADS=2000")
	var o, e strings.Builder
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		return result{stderr: fmt.Sprintf("starting %s: %v", bin, err), code: -1}
	}
	return result{o.String(), e.String(), code}
}
