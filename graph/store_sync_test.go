package graph_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/schema"
)

// Only a load that creates the bolt file skips the fsync per commit
// (there is nothing older in it to lose), and what it wrote is there
// after Close, which syncs the file once. A load into a store that
// exists, or a server creating one, syncs every commit.
func TestLoadCreatingStoreSyncsOnClose(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	open := func(name, purpose string) *graph.Store {
		st, err := graph.Open(ctx, graph.Config{Backend: graph.Bolt, Address: filepath.Join(dir, name), NoBloom: true, Purpose: purpose})
		require.NoError(t, err)
		return st
	}
	tests := []struct {
		name, file, purpose string
		want                bool
	}{
		{"a load creating the store", "a.bolt", "load", true},
		{"a load into that store again", "a.bolt", "load", false},
		{"the bench's load creating one", "b.bolt", "bench", true},
		{"a server creating one", "c.bolt", "serve", false},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := open(tt.file, tt.purpose)
			require.Equal(t, tt.want, st.SyncsOnClose())
			_, err := st.Write(ctx, []schema.Bundle{claimsBy(fmt.Sprintf("sync%d", i), "Ann Lee")})
			require.NoError(t, err)
			require.NoError(t, st.Close())
			again := open(tt.file, "export")
			defer again.Close()
			require.False(t, again.SyncsOnClose())
			n, err := again.Count(ctx)
			require.NoError(t, err)
			require.Positive(t, n)
		})
	}
}
