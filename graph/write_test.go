package graph_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"testing"

	boltdb "github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/schema"
)

// Replacing articles with versions that lose quads and gain others must
// give the graph a fresh store gets from the new versions alone. On bolt
// this once stored an added quad without its label, or lost it, because
// Cayley's kv writer does not resolve a node whose references fall
// overall in the transaction that adds a quad naming it.
func TestWriteReplaceShrinking(t *testing.T) {
	ctx := context.Background()
	for _, backend := range []string{graph.Bolt, graph.Memstore} {
		t.Run(backend, func(t *testing.T) {
			open := func(name string) *graph.Store {
				st, err := graph.Open(ctx, graph.Config{Backend: backend, Address: filepath.Join(t.TempDir(), name)})
				require.NoError(t, err)
				t.Cleanup(func() { st.Close() })
				return st
			}
			st := open("replaced.bolt")
			// Version 1: Ann speaks five times in a1; a2 quotes Bob.
			v1 := []schema.Bundle{
				claimsBy("a1", "Ann Lee", "Ann Lee", "Ann Lee", "Ann Lee", "Ann Lee"),
				claimsBy("a2", "Bob Roe"),
			}
			_, err := st.Write(ctx, v1)
			require.NoError(t, err)
			// Version 2 in one batch: a1 shrinks to one claim by someone
			// new (its node loses refs and gains a quad), a2 gains a
			// claim by Ann (whose refs fall overall in this batch).
			v2 := []schema.Bundle{claimsBy("a1", "Cy Doe"), claimsBy("a2", "Bob Roe", "Ann Lee")}
			res, err := st.Write(ctx, v2)
			require.NoError(t, err)
			require.True(t, res[0].Replaced)
			require.True(t, res[1].Replaced)

			// The reference: version 2 written fresh, plus version 1's
			// shared entity quads, which stay (entities outlive articles).
			clean := open("clean.bolt")
			shared := schema.Bundle{Article: "urn:x:none"}
			for _, b := range v1 {
				shared.Shared = append(shared.Shared, b.Shared...)
			}
			_, err = clean.Write(ctx, append([]schema.Bundle{shared}, v2...))
			require.NoError(t, err)
			got := exportSorted(t, st)
			require.Equal(t, exportSorted(t, clean), got)
			for _, l := range got {
				require.NotContains(t, l, "<> ", "a quad lost a direction: %s", l)
			}
		})
	}
}

// A new bolt store indexes quads by label first, so that reading an
// article's own quads (every replace does) is a prefix scan rather than
// a scan of the whole store; the index is recorded in the store, so it
// survives reopening, and a replace through it is exact.
func TestBoltIndexesLabels(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "l.bolt")
	st, err := graph.Open(ctx, graph.Config{Backend: graph.Bolt, Address: path})
	require.NoError(t, err)
	b := claimsBy("a1", "Ann Lee", "Bob Roe")
	_, err = st.Write(ctx, []schema.Bundle{b, claimsBy("a2", "Ann Lee")})
	require.NoError(t, err)
	require.NoError(t, st.Close())

	db, err := boltdb.Open(path, 0o600, &boltdb.Options{ReadOnly: true})
	require.NoError(t, err)
	var meta []byte
	require.NoError(t, db.View(func(tx *boltdb.Tx) error {
		meta = append(meta, tx.Bucket([]byte("meta")).Get([]byte("indexes"))...)
		return nil
	}))
	require.NoError(t, db.Close())
	var inds []kv.QuadIndex
	require.NoError(t, json.Unmarshal(meta, &inds))
	require.Len(t, inds, 3)
	require.Equal(t, []quad.Direction{quad.Label, quad.Subject, quad.Predicate, quad.Object}, inds[2].Dirs)

	st, err = graph.Open(ctx, graph.Config{Backend: graph.Bolt, Address: path})
	require.NoError(t, err)
	defer st.Close()
	v2 := claimsBy("a1", "Cy Doe")
	res, err := st.Write(ctx, []schema.Bundle{v2})
	require.NoError(t, err)
	require.True(t, res[0].Replaced)
	require.Equal(t, len(b.Owned), res[0].Removed+len(v2.Owned)-res[0].Added, "the replace read every old quad of a1")
}
