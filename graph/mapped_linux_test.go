package graph

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

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

// severalMBStore is a bolt store of 48,000 claim texts in six writes,
// tens of MB: enough pages to see in RssFile.
func severalMBStore(t *testing.T) *Store {
	t.Helper()
	ctx := context.Background()
	st, err := Open(ctx, Config{Backend: Bolt, Address: filepath.Join(t.TempDir(), "m.bolt"), NoSync: true, NoQuotations: true})
	require.NoError(t, err)
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
	return st
}

// After dropMapped the pages of the bolt file a read touched no longer
// count in the process's RSS, and the store still reads back whole.
func TestDropMappedKeepsData(t *testing.T) {
	ctx := context.Background()
	st := severalMBStore(t)
	defer st.Close()
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

// residentFileBytes reads the same pages that /proc/self/status calls
// RssFile (plus shmem, none here), within what a read between the two
// looks can change.
func TestResidentFileBytes(t *testing.T) {
	n, err := residentFileBytes()
	require.NoError(t, err)
	kb := rssFileKB(t)
	require.InDelta(t, float64(kb), float64(n/1024), float64(kb)/4+1024)
}

// While a long read runs, keepMappedUnder keeps the mapped pages near
// its bound, however fast the read maps them; without it they grow to
// the store's size.
func TestKeepMappedUnderBoundsRSS(t *testing.T) {
	st := severalMBStore(t)
	defer st.Close()
	const limit = 2 << 20
	read := func() (size int64, peakKB int) {
		require.NoError(t, dropMapped(st.bolt))
		base := rssFileKB(t) // the binary's own text and the like
		defer func() { peakKB -= base }()
		require.NoError(t, st.bolt.View(func(tx *boltdb.Tx) error {
			size = tx.Size()
			return tx.ForEach(func(name []byte, b *boltdb.Bucket) error {
				n := 0
				return b.ForEach(func(k, v []byte) error {
					if n++; n%500 == 0 {
						time.Sleep(200 * time.Microsecond) // a slow reader: the watcher looks meanwhile
						peakKB = max(peakKB, rssFileKB(t))
					}
					return nil
				})
			})
		}))
		return size, peakKB
	}
	size, free := read()
	stop := st.keepMappedUnder(limit, st.trimMapped)
	_, kept := read()
	stop()
	t.Logf("store %d kB; RssFile above the process's own peak reading it: %d kB unbounded, %d kB bounded to %d kB", size/1024, free, kept, limit/1024)
	require.Greater(t, free, kept, "the bound should lower the peak")
	require.Less(t, kept, free/2+limit/1024, "RssFile reached %d kB with a bound of %d kB", kept, limit/1024)
}
