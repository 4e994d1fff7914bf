package graph_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/schema"
)

// claimsBy is one article whose claims are made by the given speakers,
// one claim per name (a name may repeat).
func claimsBy(id string, speakers ...string) schema.Bundle {
	x := doc.Extraction{ID: id, Title: "About " + id, Text: strings.Join(speakers, " said so. ")}
	seen := map[string]bool{}
	for _, name := range speakers {
		typ := "Person"
		if strings.HasSuffix(name, "Party") {
			typ = "Organization"
		}
		sp := &doc.EntityRef{ID: strings.ToLower(typ) + "/" + strings.ToLower(strings.ReplaceAll(name, " ", "-")), Name: name, Type: typ}
		if !seen[name] {
			seen[name] = true
			x.Entities = append(x.Entities, doc.OutEntity{ID: sp.ID, Name: sp.Name, Type: typ})
		}
		x.Attributions = append(x.Attributions, doc.OutAttr{
			Speaker: &doc.MentionRef{TextSpan: doc.TextSpan{Text: name}, Entity: sp},
			Cue:     doc.TextSpan{Text: "said"}, Kind: doc.Indirect,
			Content: doc.TextSpan{Text: "so " + id + " " + name},
		})
	}
	return schema.FromExtraction(x)
}

// derived reads the derived quads with the given predicates (local
// names) as "subject predicate value".
func derived(t *testing.T, st *graph.Store, preds ...string) []string {
	t.Helper()
	rows, err := st.RunGizmo(context.Background(), `
var d = "<`+string(schema.Derived)+`>";
g.V().LabelContext(d).Tag("s").Out(null, "p").Tag("o").All();`, 1000, 0)
	require.NoError(t, err)
	var out []string
	for _, r := range rows {
		m := r.(map[string]any)
		s := strings.TrimPrefix(strings.Trim(m["s"].(string), "<>"), schema.ID)
		p := strings.TrimPrefix(strings.Trim(m["p"].(string), "<>"), schema.NS)
		o := strings.TrimPrefix(strings.Trim(toText(m["o"]), "<>"), schema.ID)
		for _, want := range preds {
			if strings.HasSuffix(p, want) {
				out = append(out, s+" "+p+" "+o)
			}
		}
	}
	return out
}

// mentionsAgree checks every entity's cg:mentionCount against its
// schema:mentions quads counted now. (The graph itself is the reference:
// on bolt a replace can lose a new mentions quad, a writer issue that is
// not the derived values' to hide.)
func mentionsAgree(t *testing.T, st *graph.Store) {
	t.Helper()
	rows, err := st.RunGizmo(context.Background(), `
var ents = g.V().Has("<http://schema.org/mentions>").Out("<http://schema.org/mentions>").Unique().ToArray();
for (var i = 0; i < ents.length; i++) {
  g.Emit({e: ents[i], live: g.V(ents[i]).In("<http://schema.org/mentions>").Count(),
    derived: g.V(ents[i]).Out("<`+string(schema.MentionCount)+`>").ToValue()});
}`, 1000, 0)
	require.NoError(t, err)
	require.NotEmpty(t, rows)
	for _, r := range rows {
		m := r.(map[string]any)
		assert.Equal(t, fmt.Sprint(m["live"]), fmt.Sprint(m["derived"]), "mentions of %v", m["e"])
	}
}

// toText prints a result value: IRIs and strings as given, numbers
// (JSON collation makes integers float64) in decimal.
func toText(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return fmt.Sprint(v)
}

func TestRefreshDerivedCountsAndRanksAfterReplace(t *testing.T) {
	backends := []struct {
		name string
		open func(t *testing.T) *graph.Store
	}{
		{"memstore", memStore},
		{"bolt", func(t *testing.T) *graph.Store {
			st, err := graph.Open(context.Background(), graph.Config{Backend: graph.Bolt, Address: filepath.Join(t.TempDir(), "d.bolt"), NoSync: true})
			require.NoError(t, err)
			t.Cleanup(func() { _ = st.Close() })
			return st
		}},
		// The fast writer writes the derived values on postgres.
		{"postgres", func(t *testing.T) *graph.Store { st, _ := openPostgres(t); return st }},
	}
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			st := b.open(t)
			_, err := st.Write(ctx, []schema.Bundle{
				claimsBy("a1", "Ann Lee", "Ann Lee", "Bob Roe"),
				claimsBy("a2", "Ann Lee", "Labour Party"),
			})
			require.NoError(t, err)
			require.NoError(t, st.RefreshDerived(ctx))
			assert.ElementsMatch(t, []string{
				"person/ann-lee claimCount 3", "person/ann-lee articleCount 2",
				"derived/rank/Person/1 rankOf person/ann-lee", "derived/rank/Person/1 claimCount 3",
				"derived/rank/Person/1 articleCount 2", "derived/rank/Person/1 http://www.w3.org/2000/01/rdf-schema#label Ann Lee",
				"person/bob-roe claimCount 1", "person/bob-roe articleCount 1",
				"derived/rank/Person/2 rankOf person/bob-roe", "derived/rank/Person/2 claimCount 1",
				"derived/rank/Person/2 articleCount 1", "derived/rank/Person/2 http://www.w3.org/2000/01/rdf-schema#label Bob Roe",
				"organization/labour-party claimCount 1", "organization/labour-party articleCount 1",
				"derived/rank/Organization/1 rankOf organization/labour-party", "derived/rank/Organization/1 claimCount 1",
				"derived/rank/Organization/1 articleCount 1", "derived/rank/Organization/1 http://www.w3.org/2000/01/rdf-schema#label Labour Party",
			}, derived(t, st, "claimCount", "articleCount", "rankOf", "label"))
			mentionsAgree(t, st)

			// Replacing a2: Ann loses a claim and an article, Labour
			// drops out with its rank node, Bob overtakes Ann.
			_, err = st.Write(ctx, []schema.Bundle{claimsBy("a2", "Bob Roe", "Bob Roe")})
			require.NoError(t, err)
			require.NoError(t, st.RefreshDerived(ctx))
			assert.ElementsMatch(t, []string{
				"person/bob-roe claimCount 3", "person/bob-roe articleCount 2",
				"derived/rank/Person/1 rankOf person/bob-roe", "derived/rank/Person/1 claimCount 3",
				"derived/rank/Person/1 articleCount 2", "derived/rank/Person/1 http://www.w3.org/2000/01/rdf-schema#label Bob Roe",
				"person/ann-lee claimCount 2", "person/ann-lee articleCount 1",
				"derived/rank/Person/2 rankOf person/ann-lee", "derived/rank/Person/2 claimCount 2",
				"derived/rank/Person/2 articleCount 1", "derived/rank/Person/2 http://www.w3.org/2000/01/rdf-schema#label Ann Lee",
			}, derived(t, st, "claimCount", "articleCount", "rankOf", "label"))
			mentionsAgree(t, st)

			// A refresh with nothing changed writes nothing new.
			n, err := st.Count(ctx)
			require.NoError(t, err)
			require.NoError(t, st.RefreshDerived(ctx))
			n2, err := st.Count(ctx)
			require.NoError(t, err)
			assert.Equal(t, n, n2)
		})
	}
}

// A first recount of a large store writes more derived quads than one
// transaction takes (derivedChunk): every one of them must land.
func TestRefreshDerivedAcrossChunks(t *testing.T) {
	for _, backend := range []string{"bolt", "postgres"} {
		t.Run(backend, func(t *testing.T) {
			ctx := context.Background()
			var st *graph.Store
			var dsn string
			if backend == "postgres" {
				st, dsn = openPostgres(t)
			} else {
				st = openBolt(t)
			}
			const speakers = 2100 // six derived quads each: more than 10,000
			var batch []schema.Bundle
			for i := 0; i < speakers; i++ {
				batch = append(batch, claimsBy(fmt.Sprintf("art%04d", i), fmt.Sprintf("Speaker Number%04d", i)))
			}
			_, err := st.Write(ctx, batch)
			require.NoError(t, err)
			require.NoError(t, st.RefreshDerived(ctx))
			lines := exportSorted(t, st)
			counts := 0
			for _, l := range lines {
				if strings.Contains(l, "#claimCount>") && strings.HasSuffix(l, "<"+string(schema.Derived)+"> .") {
					counts++
				}
			}
			require.Equal(t, 2*speakers, counts, "a claim count on every speaker and on every rank node")
			if dsn != "" {
				assert.Zero(t, badRefs(t, dsn), "every node counts exactly the quads that use it")
			}
		})
	}
}

// A load through a server ends, as a local one does, with the server's
// store recounting its derived values; only a writer with the token may
// ask for it.
func TestRefreshDerivedThroughTheServer(t *testing.T) {
	ctx := context.Background()
	st := memStore(t)
	_, ts := newTestServer(t, st, graph.ServeConfig{Writable: true, WriteToken: "secret"})
	c := graph.NewClient(ts.URL, "secret")
	_, err := c.Write(ctx, []schema.Bundle{claimsBy("a1", "Ann Lee", "Ann Lee")})
	require.NoError(t, err)
	assert.Empty(t, derived(t, st, "claimCount"), "a write alone does not recount")

	stale, err := graph.DerivedStaleOf(ctx, c)
	require.NoError(t, err)
	assert.True(t, stale, "the server says its counts miss the write")
	assert.ErrorContains(t, graph.RefreshDerivedOf(ctx, graph.NewClient(ts.URL, "wrong"), graph.RecountOptions{}), "bearer token")
	require.NoError(t, graph.RefreshDerivedOf(ctx, c, graph.RecountOptions{}))
	stale, err = graph.DerivedStaleOf(ctx, c)
	require.NoError(t, err)
	assert.False(t, stale)
	assert.Contains(t, derived(t, st, "claimCount"), "person/ann-lee claimCount 2")
}

// cancelAfter cancels a recount once it reports n transactions done, as
// a kill during it would stop it.
type cancelAfter struct {
	n      int
	cancel context.CancelFunc
}

func (c *cancelAfter) Write(p []byte) (int, error) {
	if strings.HasPrefix(string(p), fmt.Sprintf("recounted %d\n", c.n)) {
		c.cancel()
	}
	return len(p), nil
}

// A recount cut short (issue 16: a load killed while it recounted left
// top-speakers empty, and running it again skipped the recount) leaves
// the store marked stale, and the next recount gives the graph a clean
// one does.
func TestInterruptedRecountStaysStale(t *testing.T) {
	backends := []struct {
		name string
		open func(t *testing.T) *graph.Store
	}{
		{"memstore", memStore},
		{"bolt", func(t *testing.T) *graph.Store { return openBolt(t) }},
		{"postgres", func(t *testing.T) *graph.Store { st, _ := openPostgres(t); return st }},
	}
	batch := func() []schema.Bundle {
		return []schema.Bundle{claimsBy("a1", "Ann Lee", "Ann Lee", "Bob Roe"), claimsBy("a2", "Ann Lee", "Labour Party")}
	}
	for _, b := range backends {
		t.Run(b.name, func(t *testing.T) {
			ctx := context.Background()
			ref := b.open(t)
			_, err := ref.Write(ctx, batch())
			require.NoError(t, err)
			require.NoError(t, ref.RefreshDerived(ctx))
			want := exportSorted(t, ref)

			st := b.open(t)
			stale, err := st.DerivedStale(ctx)
			require.NoError(t, err)
			assert.False(t, stale, "an empty store")
			_, err = st.Write(ctx, batch())
			require.NoError(t, err)
			stale, err = st.DerivedStale(ctx)
			require.NoError(t, err)
			assert.True(t, stale, "a write marks the counts stale in its own transaction")

			for _, after := range []int{0, 1} {
				rctx, cancel := context.WithCancel(ctx)
				if after == 0 {
					cancel() // before the recount writes anything
				}
				err = st.RefreshDerivedWith(rctx, graph.RecountOptions{Chunk: 4, Marks: &cancelAfter{n: after, cancel: cancel}})
				cancel()
				require.ErrorIs(t, err, context.Canceled)
				stale, err = st.DerivedStale(ctx)
				require.NoError(t, err)
				assert.True(t, stale, "a recount stopped after %d transactions leaves the counts stale", after)
			}

			require.NoError(t, st.RefreshDerived(ctx))
			stale, err = st.DerivedStale(ctx)
			require.NoError(t, err)
			assert.False(t, stale)
			assert.Equal(t, want, exportSorted(t, st), "the graph a clean load and recount give")

			// Writing the same articles again changes nothing, and marks
			// nothing stale.
			_, err = st.Write(ctx, batch())
			require.NoError(t, err)
			stale, err = st.DerivedStale(ctx)
			require.NoError(t, err)
			assert.False(t, stale)
		})
	}
}
