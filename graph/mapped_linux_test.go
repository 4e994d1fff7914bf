package graph

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	boltdb "github.com/boltdb/bolt"
	"github.com/cayleygraph/quad"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/schema"
)

// rssFileKB reads the process's resident file-backed pages (RssFile).
func rssFileKB(t *testing.T) int {
	t.Helper()
	b, err := os.ReadFile("/proc/self/status")
	require.NoError(t, err)
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "RssFile:" {
			n, err := strconv.Atoi(f[1])
			require.NoError(t, err)
			return n
		}
	}
	t.Skip("no RssFile in /proc/self/status")
	return 0
}

// After dropMapped the pages of the bolt file a read touched no longer
// count in the process's RSS, and the store still reads back whole.
func TestDropMappedKeepsData(t *testing.T) {
	ctx := context.Background()
	st, err := Open(ctx, Config{Backend: Bolt, Address: filepath.Join(t.TempDir(), "m.bolt"), NoSync: true, NoQuotations: true})
	require.NoError(t, err)
	defer st.Close()
	for b := 0; b < 6; b++ {
		var batch []schema.Bundle
		for a := 0; a < 20; a++ {
			art := quad.IRI(fmt.Sprintf("urn:t:a%d-%d", b, a))
			bu := schema.Bundle{Article: art}
			for i := 0; i < 400; i++ {
				bu.Owned = append(bu.Owned, quad.Quad{Subject: quad.IRI(fmt.Sprintf("%s/c%d", art, i)), Predicate: schema.Text,
					Object: quad.String(strings.Repeat("words of a claim ", 8) + strconv.Itoa(i)), Label: art})
			}
			batch = append(batch, bu)
		}
		_, err := st.Write(ctx, batch)
		require.NoError(t, err)
	}
	var size int64
	touch := func() {
		require.NoError(t, st.bolt.View(func(tx *boltdb.Tx) error {
			size = tx.Size()
			sum := 0
			return tx.ForEach(func(name []byte, b *boltdb.Bucket) error {
				return b.ForEach(func(k, v []byte) error { sum += len(k) + len(v); return nil })
			})
		}))
	}
	touch()
	require.Greater(t, size, int64(4<<20), "the test store should be several MB")
	want, err := st.Count(ctx)
	require.NoError(t, err)
	before := rssFileKB(t)
	require.NoError(t, dropMapped(st.bolt))
	after := rssFileKB(t)
	require.Less(t, after, before-int(size/1024/4), "RssFile before %d kB, after %d kB, store %d kB", before, after, size/1024)

	n, err := st.Count(ctx)
	require.NoError(t, err)
	require.Equal(t, want, n)
	require.Greater(t, n, int64(6*20*400))
	touch() // every page maps again and reads the same
	require.Greater(t, rssFileKB(t), after)
}
