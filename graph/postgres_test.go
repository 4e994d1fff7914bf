package graph_test

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/internal/pgtest"
	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/input"
	"github.com/claimgraph/claimgraph/loaders/pipeline"
	"github.com/claimgraph/claimgraph/queries"
	"github.com/claimgraph/claimgraph/schema"
)

// corpus extracts our examples and, when ../shared is present, the first
// bbc articles of the BBC corpus (absent under CI=true is a failure).
func corpus(tb testing.TB, bbc int) []schema.Bundle {
	tb.Helper()
	var items []input.Item
	collect := func(it input.Item) bool { items = append(items, it); return true }
	input.Walk([]string{filepath.Join("..", "examples")}, nil, collect)
	if bbc > 0 {
		path := filepath.Join("..", "..", "shared", "data", "news", "bbc", "articles.jsonl")
		f, err := os.Open(path)
		switch {
		case err == nil:
			var buf bytes.Buffer
			sc := bufio.NewScanner(f)
			sc.Buffer(make([]byte, 1<<20), 16<<20)
			for n := 0; n < bbc && sc.Scan(); n++ {
				buf.Write(sc.Bytes())
				buf.WriteByte('\n')
			}
			f.Close()
			require.NoError(tb, sc.Err())
			input.Walk([]string{"-"}, &buf, collect)
		case os.Getenv("CI") == "true":
			tb.Fatalf("../shared is missing (%v); CI needs it", err)
		default:
			tb.Logf("../shared is absent: our examples only")
		}
	}
	pl := pipeline.Default()
	seen := map[quad.IRI]bool{}
	var out []schema.Bundle
	for _, it := range items {
		require.NoError(tb, it.Err, it.Source)
		var x doc.Extraction
		if it.Article.Lang != "" && it.Article.Lang != "en" {
			x = doc.New(it.Article).Extraction()
		} else {
			d, err := pl.Run(it.Article)
			require.NoError(tb, err, it.Source)
			x = d.Extraction()
		}
		b := schema.FromExtraction(x)
		if !seen[b.Article] {
			seen[b.Article] = true
			out = append(out, b)
		}
	}
	return out
}

// batches splits bundles the way `claimgraph load` does: about max quads
// per batch, whole articles only.
func batches(bs []schema.Bundle, max int) [][]schema.Bundle {
	var out [][]schema.Bundle
	var cur []schema.Bundle
	n := 0
	for _, b := range bs {
		cur = append(cur, b)
		n += b.Len()
		if n >= max {
			out = append(out, cur)
			cur, n = nil, 0
		}
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

func writeAll(t testing.TB, st *graph.Store, bs []schema.Bundle) []graph.WriteResult {
	t.Helper()
	var res []graph.WriteResult
	for _, b := range batches(bs, 10000) {
		r, err := st.Write(context.Background(), b)
		require.NoError(t, err)
		res = append(res, r...)
	}
	return res
}

func openPostgres(t testing.TB) (*graph.Store, string) {
	t.Helper()
	dsn := pgtest.Fresh(t)
	st, err := graph.Open(context.Background(), graph.Config{Backend: graph.Postgres, Address: dsn})
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	return st, dsn
}

func openBolt(t testing.TB) *graph.Store {
	t.Helper()
	st, err := graph.Open(context.Background(), graph.Config{Backend: graph.Bolt, Address: filepath.Join(t.TempDir(), "g.bolt"), NoSync: true})
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	return st
}

// exportSorted is the store read back through Cayley's own QuadStore, as
// sorted N-Quads lines, without the marks that writes leave for the
// derived values' next recount (schema.Pending): each write's is unique,
// so two stores holding the same articles never share them.
func exportSorted(t *testing.T, st *graph.Store) []string {
	t.Helper()
	var buf bytes.Buffer
	_, err := st.Export(context.Background(), &buf, "nquads")
	require.NoError(t, err)
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		if !strings.HasPrefix(l, "<"+string(schema.Pending)+">") {
			lines = append(lines, l)
		}
	}
	sort.Strings(lines)
	return lines
}

// badRefs counts nodes whose refs differ from the number of (quad,
// direction) pairs naming them, and quads naming a missing node. With
// atLeast, refs above that number pass: Cayley's own writer counts
// duplicate adds too.
func badRefs(t *testing.T, dsn string, atLeast ...bool) int {
	t.Helper()
	db, err := sql.Open("postgres", dsn)
	require.NoError(t, err)
	defer db.Close()
	cmp := "<>"
	if len(atLeast) > 0 && atLeast[0] {
		cmp = ">"
	}
	var n int
	require.NoError(t, db.QueryRow(`WITH r AS (
		SELECT h, count(*) AS n FROM (
			SELECT subject_hash AS h FROM quads UNION ALL SELECT predicate_hash FROM quads
			UNION ALL SELECT object_hash FROM quads UNION ALL SELECT label_hash FROM quads WHERE label_hash IS NOT NULL
		) x GROUP BY h)
		SELECT count(*) FROM nodes FULL JOIN r ON r.h = nodes.hash WHERE coalesce(r.n, 0) `+cmp+` coalesce(nodes.refs, -1)`).Scan(&n))
	return n
}

// edited is a second version of the corpus: every third article loses
// its last five owned quads, and some others gain a quad with a value
// found nowhere else (so replacing them back must delete that node).
//
// No article both loses and gains quads: Cayley's kv writer (bolt) then
// stores the added quad with a nil subject and label, because the
// article's node has a net negative refcount change in the transaction
// and its id is never resolved for the addition.
func edited(bs []schema.Bundle) []schema.Bundle {
	out := make([]schema.Bundle, len(bs))
	for i, b := range bs {
		c := b
		c.Owned = append([]quad.Quad(nil), b.Owned...)
		if i%3 == 0 && len(c.Owned) > 5 {
			c.Owned = c.Owned[:len(c.Owned)-5]
		} else if i%4 == 0 {
			c.Owned = append(c.Owned, quad.Make(b.Article, quad.IRI("http://example.org/revision"), quad.String("edit of "+string(b.Article)), b.Article))
		}
		out[i] = c
	}
	return out
}

// queryRows runs every stored query, with parameters that match our
// examples and limits high enough that no backend's order picks a
// different subset, and returns its rows as sorted JSON.
func queryRows(t *testing.T, st *graph.Store) map[string][]string {
	t.Helper()
	set, err := queries.Load("")
	require.NoError(t, err)
	values := map[string]string{"id": "example-wire-1", "organization": "Eastmoor", "speaker": "Elena Varga", "text": "there will be no plan", "limit": "100000"}
	out := map[string][]string{}
	for _, q := range set.List() {
		params := map[string]string{}
		for _, p := range q.Params {
			if v, ok := values[p.Name]; ok && (p.Required || p.Name == "limit") {
				params[p.Name] = v
			}
		}
		ans, err := st.RunStored(context.Background(), set, q, params, 200000, time.Minute)
		require.NoError(t, err, q.Name)
		rows := ans.Rows
		var lines []string
		for _, r := range rows {
			b, err := json.Marshal(r)
			require.NoError(t, err)
			lines = append(lines, string(b))
		}
		sort.Strings(lines)
		out[q.Name] = lines
	}
	return out
}

// TestPostgresReadbackMatchesBolt loads the same articles into bolt
// (Cayley's writer) and PostgreSQL (our fast writer), then reads both back
// through Cayley's own quad stores: the graphs, the replace results, the
// counts, the node refcounts and the stored queries' rows must agree,
// after a first load, after re-loading some articles unchanged, edited,
// and back to their first versions.
func TestPostgresReadbackMatchesBolt(t *testing.T) {
	bs := corpus(t, 250)
	pg, dsn := openPostgres(t)
	bolt := openBolt(t)
	ctx := context.Background()
	// Bolt's replace reads an article's owned quads by scanning, so the
	// re-loads take a slice of the corpus: our examples and 30 BBC
	// articles, spread over the store.
	var some []schema.Bundle
	for i, b := range bs {
		if i < 4 || i%8 == 0 && len(some) < 34 {
			some = append(some, b)
		}
	}

	for _, step := range []struct {
		name    string
		bundles []schema.Bundle
	}{
		{"first load", bs},
		{"some again, unchanged", some},
		{"some edited", edited(some)},
		{"some back to their first versions", some},
	} {
		wantRes := writeAll(t, bolt, step.bundles)
		gotRes := writeAll(t, pg, step.bundles)
		assert.Equal(t, wantRes, gotRes, "%s: per-article results", step.name)
		want, got := exportSorted(t, bolt), exportSorted(t, pg)
		require.Equal(t, len(want), len(got), "%s: quads", step.name)
		assert.Equal(t, want, got, "%s: the graphs", step.name)
		wantN, err := bolt.Count(ctx)
		require.NoError(t, err)
		gotN, err := pg.Count(ctx)
		require.NoError(t, err)
		assert.Equal(t, wantN, gotN, "%s: Cayley's count sees our writes", step.name)
		assert.Zero(t, badRefs(t, dsn), "%s: node refcounts", step.name)
	}
}

// sqlDiverges names the stored queries whose rows differ between Cayley's
// kv (bolt) and SQL query engines on identical graphs (equal exports),
// and even between two PostgreSQL databases holding an identical graph
// written in a different row order (ours and Cayley's writer): the
// number of values g.V().Out(C("speaker")) yields per speaker varies. We
// have not found out why; it is the query engine's, not a writer's.
var sqlDiverges = map[string]bool{"top-speakers": true, "conflicting": true}

// TestPostgresStoredQueriesMatch runs every stored query over the same
// articles in bolt, in PostgreSQL written by our writer, and in
// PostgreSQL written by Cayley's own writer.
func TestPostgresStoredQueriesMatch(t *testing.T) {
	bs := corpus(t, 40)
	fast, _ := openPostgres(t)
	slow, _ := openPostgres(t)
	slow.WithoutFastWriter()
	bolt := openBolt(t)
	writeAll(t, fast, bs)
	writeAll(t, slow, bs)
	writeAll(t, bolt, bs)
	graphs := exportSorted(t, bolt)
	require.Equal(t, graphs, exportSorted(t, fast))
	require.Equal(t, graphs, exportSorted(t, slow))
	want, got, cay := queryRows(t, bolt), queryRows(t, fast), queryRows(t, slow)
	require.NotEmpty(t, want)
	for name, rows := range want {
		if sqlDiverges[name] {
			continue
		}
		assert.Equal(t, rows, got[name], "%s: bolt and postgres", name)
		assert.Equal(t, cay[name], got[name], "%s: our writer and Cayley's on postgres", name)
	}
	assert.NotEmpty(t, got["who-said-what"])
}

// TestPostgresBatchIsAllOrNothing: a batch whose second article PostgreSQL
// refuses (text with an invalid UTF-8 byte) leaves nothing of the first.
func TestPostgresBatchIsAllOrNothing(t *testing.T) {
	pg, dsn := openPostgres(t)
	ctx := context.Background()
	bs := corpus(t, 0)
	require.GreaterOrEqual(t, len(bs), 2)
	bad := bs[1]
	bad.Owned = append(append([]quad.Quad(nil), bad.Owned...), quad.Make(bad.Article, quad.IRI("http://example.org/note"), quad.String("bad \xff byte"), bad.Article))
	_, err := pg.Write(ctx, []schema.Bundle{bs[0], bad})
	require.Error(t, err)
	n, err := pg.Count(ctx)
	require.NoError(t, err)
	assert.Zero(t, n, "nothing of the batch is stored")

	_, err = pg.Write(ctx, []schema.Bundle{bs[0], bs[0]})
	assert.ErrorContains(t, err, "appears twice in one batch")

	writeAll(t, pg, bs)
	n, err = pg.Count(ctx)
	require.NoError(t, err)
	assert.Positive(t, n)
	assert.Zero(t, badRefs(t, dsn))
}

// TestPostgresMixesWithCayleysWriter: quads written by Cayley's own
// writer and replaced by ours (and back) keep the graph and the
// refcounts consistent.
func TestPostgresMixesWithCayleysWriter(t *testing.T) {
	bs := corpus(t, 0)
	fast, dsn := openPostgres(t)
	slow, err := graph.Open(context.Background(), graph.Config{Backend: graph.Postgres, Address: dsn})
	require.NoError(t, err)
	defer slow.Close()
	slow.WithoutFastWriter()
	bolt := openBolt(t)

	writeAll(t, slow, bs)
	writeAll(t, bolt, bs)
	assert.Equal(t, exportSorted(t, bolt), exportSorted(t, fast))
	assert.Equal(t, writeAll(t, bolt, edited(bs)), writeAll(t, fast, edited(bs)))
	assert.Equal(t, exportSorted(t, bolt), exportSorted(t, fast))
	assert.Zero(t, badRefs(t, dsn, true), "no node is referenced more than its refs say")
	assert.Equal(t, writeAll(t, bolt, bs), writeAll(t, slow, bs))
	assert.Equal(t, exportSorted(t, bolt), exportSorted(t, slow))
	assert.Zero(t, badRefs(t, dsn, true))
}

// BenchmarkPostgresWrite writes the examples and 300 BBC articles into a
// fresh database per iteration, with our writer and with Cayley's, and
// reports quads/s (quads added by the articles, as `claimgraph load`
// counts them).
func BenchmarkPostgresWrite(b *testing.B) {
	bs := corpus(b, 300)
	parts := batches(bs, 10000)
	for _, bc := range []struct {
		name   string
		cayley bool
	}{{"fast", false}, {"cayley", true}} {
		b.Run(bc.name, func(b *testing.B) {
			var quads int
			var elapsed time.Duration
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				st, _ := openPostgres(b)
				if bc.cayley {
					st.WithoutFastWriter()
				}
				b.StartTimer()
				start := time.Now()
				for _, p := range parts {
					res, err := st.Write(context.Background(), p)
					if err != nil {
						b.Fatal(err)
					}
					for _, r := range res {
						quads += r.Added
					}
				}
				elapsed += time.Since(start)
			}
			b.ReportMetric(float64(quads)/elapsed.Seconds(), "quads/s")
		})
	}
}

// foreignKeys counts the foreign keys on the quads table.
// countOf runs a count query on the database dsn.
func countOf(t *testing.T, dsn, query string) int {
	t.Helper()
	db, err := sql.Open("postgres", dsn)
	require.NoError(t, err)
	defer db.Close()
	var n int
	require.NoError(t, db.QueryRow(query).Scan(&n))
	return n
}

func foreignKeys(t *testing.T, dsn string) int {
	t.Helper()
	return countOf(t, dsn, `SELECT count(*) FROM pg_constraint WHERE conrelid = 'quads'::regclass AND contype = 'f'`)
}

// A store claimgraph creates has no foreign keys (they cost 40% of a
// load); one Cayley created keeps its four, since dropping them is the
// user's call; both take the same writes.
func TestPostgresForeignKeys(t *testing.T) {
	ctx := context.Background()
	bs := corpus(t, 20)

	st, dsn := openPostgres(t)
	assert.Zero(t, foreignKeys(t, dsn))
	writeAll(t, st, bs)
	assert.Zero(t, badRefs(t, dsn), "every hash a quad uses is a node counting it")

	dsn2 := pgtest.Fresh(t)
	require.NoError(t, csql.Init(graph.Postgres, dsn2, nil))
	assert.Equal(t, 4, foreignKeys(t, dsn2))
	st2, err := graph.Open(ctx, graph.Config{Backend: graph.Postgres, Address: dsn2})
	require.NoError(t, err)
	defer st2.Close()
	assert.Equal(t, 4, foreignKeys(t, dsn2), "opening an existing store leaves its schema alone")
	writeAll(t, st2, bs)
	assert.Equal(t, exportSorted(t, st), exportSorted(t, st2))
}
