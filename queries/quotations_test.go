package queries_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/loaders/input"
	"github.com/claimgraph/claimgraph/loaders/pipeline"
	"github.com/claimgraph/claimgraph/queries"
	"github.com/claimgraph/claimgraph/schema"
)

// examplesStore loads examples/ through the extraction pipeline, as
// `make demo` does.
func examplesStore(t *testing.T) *graph.Store {
	t.Helper()
	ctx := context.Background()
	st, err := graph.Open(ctx, graph.Config{Backend: "memstore"})
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	pl := pipeline.Default()
	input.Walk([]string{filepath.Join("..", "examples")}, nil, func(it input.Item) bool {
		require.NoError(t, it.Err)
		d, err := pl.Run(it.Article)
		require.NoError(t, err)
		_, err = st.Write(ctx, []schema.Bundle{schema.FromExtraction(d.Extraction())})
		require.NoError(t, err)
		return true
	})
	require.NoError(t, st.RefreshDerived(ctx))
	return st
}

// The examples quote Elena Varga's "no plan" in three articles of three
// publishers, one of which names Marek Novak as its speaker.
func TestQuotationQueries(t *testing.T) {
	set, err := queries.Load("")
	require.NoError(t, err)
	st := examplesStore(t)
	for _, c := range []struct {
		name   string
		params map[string]string
		col    string
		want   []any
	}{
		{"quote-history", map[string]string{"text": "THERE WILL BE — no plan"}, "article", []any{"example-wire-1", "example-post-1", "example-herald-1"}},
		{"quote-history", map[string]string{"text": "no plan whatsoever"}, "article", []any{}},
		{"first-said", map[string]string{"text": "never been a plan"}, "speaker", []any{"Elena Varga"}},
		{"first-said", nil, "article", []any{"example-wire-1"}},
		{"most-repeated", nil, "speakers", []any{"Elena Varga (2); Marek Novak (1)"}},
		{"most-repeated", map[string]string{"speaker": "Novak"}, "articles", []any{int64(3)}},
		{"most-repeated", map[string]string{"speaker": "Maria Okafor"}, "articles", []any{}},
		{"misattributed", nil, "speaker", []any{"Elena Varga", "Elena Varga", "Marek Novak"}},
	} {
		rows := run(t, st, set, c.name, c.params)
		got := []any{}
		for _, r := range rows {
			got = append(got, r[c.col])
		}
		assert.Equal(t, c.want, got, "%s %v", c.name, c.params)
	}
}
