package bench_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/bench"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/schema"
)

// countingWriter accepts every batch and spends a little CPU on it, so
// that the recorder has CPU time to attribute to each window.
type countingWriter struct{ sink int }

func (w *countingWriter) Write(_ context.Context, batch []schema.Bundle) ([]graph.WriteResult, error) {
	for i := 0; i < 5_000_000; i++ {
		w.sink += i % 7
	}
	return make([]graph.WriteResult, len(batch)), nil
}

// TestRecorderCurveLogsEachPoint checks that a point is noted every step
// articles, each with the window's CPU time and the store's size, and
// that each is logged as it is noted (a run stopped midway keeps them).
func TestRecorderCurveLogsEachPoint(t *testing.T) {
	store := filepath.Join(t.TempDir(), "store.bolt")
	require.NoError(t, os.WriteFile(store, make([]byte, 4096), 0o644))
	rec, err := bench.NewRecorder(&countingWriter{}, 2, "")
	require.NoError(t, err)
	var log bytes.Buffer
	rec.StorePath, rec.Log = store, &log
	rec.Start()
	q := quad.Make(quad.IRI("http://example.org/a"), quad.IRI("http://example.org/p"), quad.String("x"), nil)
	for i := 0; i < 5; i++ {
		_, err := rec.Write(context.Background(), []schema.Bundle{{Owned: []quad.Quad{q}}})
		require.NoError(t, err)
	}
	_, err = rec.Finish()
	require.NoError(t, err)

	require.Len(t, rec.Curve, 3, "points at 2 and 4 articles, and the partial step at 5")
	for i, want := range []int{2, 4, 5} {
		p := rec.Curve[i]
		assert.Equal(t, want, p.Articles)
		assert.Positive(t, p.CPUSec, "point %d has the window's CPU time", i)
		assert.Equal(t, int64(4096), p.StoreBytes)
	}
	lines := strings.Split(strings.TrimSpace(log.String()), "\n")
	require.Len(t, lines, 3)
	assert.Contains(t, lines[0], "curve: 2 articles")
	assert.Contains(t, lines[2], "curve: 5 articles")
}
