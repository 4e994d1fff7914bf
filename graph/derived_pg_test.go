package graph_test

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/graph"
)

// TestPostgresRecountReadsInBulk checks that the recount's bulk reads on
// PostgreSQL find the same changes as reading through Cayley's QuadStore
// quad by quad: on a store without derived values, and after more
// articles changed the counts of a recounted one (so that some derived
// quads are to be deleted).
func TestPostgresRecountReadsInBulk(t *testing.T) {
	ctx := context.Background()
	st, _ := openPostgres(t)
	bs := corpus(t, 60)
	half := len(bs) / 2
	steps := []struct {
		name     string
		articles int
	}{{"first half, never recounted", half}, {"all, after recounting the first half", len(bs)}}
	done := 0
	for _, step := range steps {
		writeAll(t, st, bs[done:step.articles])
		done = step.articles
		generic, bulk, err := graph.RecountBothWays(ctx, st)
		require.NoError(t, err, step.name)
		require.NotEmpty(t, generic, step.name)
		require.Equal(t, generic, bulk, step.name)
		kinds := map[string]int{}
		for _, l := range generic {
			kinds[strings.SplitN(l, " ", 2)[0]]++
		}
		t.Logf("%s: %v", step.name, kinds)
		if step.articles == len(bs) {
			require.NotZero(t, kinds["del"], "no derived quad to delete: the test misses that path")
			require.NotZero(t, kinds["ranked"], "no quotation with two claims: the test misses that path")
		}
		require.NoError(t, st.RefreshDerived(ctx), step.name)
	}
}
