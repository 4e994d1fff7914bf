package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"sort"
	"testing"
	"time"

	boltdb "github.com/boltdb/bolt"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/stretchr/testify/require"
	"google.golang.org/protobuf/proto"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/queries"
	"github.com/claimgraph/claimgraph/schema"
)

// The direct kv writer must leave a bolt store exactly as Cayley's kv
// writer does: the same sequence of batches (new articles sharing nodes
// and shared quads with stored ones, replaced articles that shrink and
// grow, a recount, reopening with and without the key filter's scan)
// written through each gives the same keys and values in every bucket,
// the primitives' timestamps aside, and so the same export and answers.
//
// The same run with Cayley's writer on both sides checks the comparison
// itself: two stores written alike are alike.
func TestKVWriterMatchesCayley(t *testing.T) {
	t.Run("cayley-cayley", func(t *testing.T) { compareWriters(t, false) })
	t.Run("cayley-direct", func(t *testing.T) { compareWriters(t, true) })
}

func compareWriters(t *testing.T, direct bool) {
	ctx := context.Background()
	dir := t.TempDir()
	paths := map[bool]string{false: filepath.Join(dir, "first.bolt"), true: filepath.Join(dir, "second.bolt")}
	var opened time.Time
	open := func(second bool, purpose string) *graph.Store {
		st, err := graph.Open(ctx, graph.Config{Backend: graph.Bolt, Address: paths[second], NoBloom: true, Purpose: purpose})
		require.NoError(t, err)
		if !second || !direct {
			st.UseCayleyWriter()
		}
		if !second {
			opened = st.Opened()
		} else {
			st.SetOpened(opened) // the same pending marks
		}
		return st
	}
	stages := []struct {
		purpose string
		batches [][]schema.Bundle
		recount bool
	}{
		{"load", [][]schema.Bundle{
			{claimsBy("a1", "Ann Lee", "Bob Roe")},
			// nodes and shared quads of a1, two articles sharing a node
			{claimsBy("a2", "Ann Lee"), claimsBy("a3", "Cy Doe", "Ann Lee")},
			{claimsBy("a1", "Cy Doe")}, // replaced, shrinking: removals
			{claimsBy("a4", "Bob Roe", "Dee Poe")},
			{claimsBy("a2", "Ann Lee", "Eve Fox")}, // replaced, only additions
			{claimsBy("a5", "Eve Fox"), claimsBy("a3", "Cy Doe", "Ann Lee")},
		}, true},
		// reopened by a load: the filter is built by scanning
		{"load", [][]schema.Bundle{
			{claimsBy("a6", "Ann Lee", "Gus Hay"), claimsBy("a1", "Bob Roe")},
			{claimsBy("a7", "Gus Hay")},
		}, false},
		// reopened by a server: no filter, every key read
		{"serve", [][]schema.Bundle{{claimsBy("a8", "Ann Lee", "Hal Ode")}}, true},
	}
	for i, stage := range stages {
		ref, got := open(false, stage.purpose), open(true, stage.purpose)
		for j, batch := range stage.batches {
			want, err := ref.Write(ctx, batch)
			require.NoError(t, err)
			res, err := got.Write(ctx, batch)
			require.NoError(t, err)
			require.Equal(t, want, res, "stage %d batch %d", i, j)
		}
		on, keys := got.DirectKV()
		t.Logf("stage %d: direct %v, filter keys %d", i, on, keys)
		require.Equal(t, direct, on)
		if stage.recount {
			require.NoError(t, ref.RefreshDerived(ctx))
			require.NoError(t, got.RefreshDerived(ctx))
		}
		require.Equal(t, exportSorted(t, ref), exportSorted(t, got))
		require.Equal(t, storedAnswers(t, ref), storedAnswers(t, got))
		require.NoError(t, ref.Close())
		require.NoError(t, got.Close())
		require.Equal(t, boltContents(t, paths[false]), boltContents(t, paths[true]), "stage %d", i)
	}
}

// storedAnswers runs every stored query with its default parameters.
func storedAnswers(t *testing.T, st *graph.Store) map[string]string {
	t.Helper()
	set, err := queries.Load("")
	require.NoError(t, err)
	out := map[string]string{}
	for _, q := range set.List() {
		ans, err := st.RunStored(context.Background(), set, q, nil, 1000, time.Minute)
		b, _ := json.Marshal(ans.Rows)
		out[q.Name] = fmt.Sprint(string(b), err)
	}
	return out
}

// boltContents lists every key and value of a bolt file, bucket by
// bucket, with the timestamps of Cayley's primitives (bucket "log")
// zeroed: they are the time of the write.
func boltContents(t *testing.T, path string) []string {
	t.Helper()
	db, err := boltdb.Open(path, 0o600, &boltdb.Options{ReadOnly: true})
	require.NoError(t, err)
	defer db.Close()
	var out []string
	var walk func(prefix string, b *boltdb.Bucket) error
	walk = func(prefix string, b *boltdb.Bucket) error {
		return b.ForEach(func(k, v []byte) error {
			if v == nil {
				return walk(prefix+fmt.Sprintf("%q/", k), b.Bucket(k))
			}
			if prefix == `"log"/` {
				var p cproto.Primitive
				if err := proto.Unmarshal(v, &p); err != nil {
					return err
				}
				require.NotZero(t, p.Timestamp)
				p.Timestamp = 0
				v, err = proto.Marshal(&p)
				if err != nil {
					return err
				}
			}
			out = append(out, fmt.Sprintf("%s%q = %q", prefix, k, v))
			return nil
		})
	}
	require.NoError(t, db.View(func(tx *boltdb.Tx) error {
		return tx.ForEach(func(name []byte, b *boltdb.Bucket) error {
			return walk(fmt.Sprintf("%q/", name), b)
		})
	}))
	sort.Strings(out)
	require.NotEmpty(t, out)
	return out
}

// A large write must look at the mapped pages from inside itself, every
// PaceEvery reads and puts, not only from a timer goroutine that a busy
// machine may not run in time.
func TestKVWriterPacesInsideTheWrite(t *testing.T) {
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Backend: graph.Bolt, Address: filepath.Join(t.TempDir(), "pace.bolt"), NoBloom: true, Purpose: "load"})
	require.NoError(t, err)
	defer st.Close()
	count, ok := st.CountPaces()
	require.True(t, ok, "a bolt store without Bloom filters writes additions directly")
	var batch []schema.Bundle
	for i := 0; i < 400; i++ {
		names := make([]string, 0, 8)
		for j := 0; j < 8; j++ {
			names = append(names, fmt.Sprintf("Speaker%d Name%d", i, j))
		}
		batch = append(batch, claimsBy(fmt.Sprintf("p%d", i), names...))
	}
	_, err = st.Write(ctx, batch)
	require.NoError(t, err)
	require.GreaterOrEqual(t, *count, 2, "paces in a write of %d articles (one every %d operations)", len(batch), graph.PaceEvery)
}
