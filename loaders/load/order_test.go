package load

import (
	"context"
	"io"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/schema"
)

func TestInOrder(t *testing.T) {
	tests := []struct {
		name     string
		finished []int // the order in which extraction finished
	}{
		{"already in order", []int{0, 1, 2, 3}},
		{"reversed", []int{3, 2, 1, 0}},
		{"one slow article", []int{1, 2, 3, 4, 0, 5}},
		{"pairs swapped", []int{1, 0, 3, 2, 5, 4}},
		{"nothing", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := make(chan extracted, len(tt.finished))
			out := make(chan extracted, len(tt.finished))
			slots := make(chan struct{}, len(tt.finished)+1)
			for _, seq := range tt.finished {
				slots <- struct{}{} // what the reader takes per article
				in <- extracted{seq: seq}
			}
			close(in)
			inOrder(in, out, slots)
			var got []int
			for x := range out {
				got = append(got, x.seq)
			}
			for i, seq := range got {
				assert.Equal(t, i, seq, "handed on in input order")
			}
			assert.Len(t, got, len(tt.finished), "every article is handed on")
			assert.Empty(t, slots, "each article handed on frees its slot")
		})
	}
}

// recordingWriter notes the articles of each write, in order.
type recordingWriter struct{ articles []string }

func (w *recordingWriter) Write(_ context.Context, batch []schema.Bundle) ([]graph.WriteResult, error) {
	res := make([]graph.WriteResult, len(batch))
	for i, b := range batch {
		w.articles = append(w.articles, string(b.Article))
		res[i] = graph.WriteResult{Article: b.Article, Added: b.Len()}
	}
	return res, nil
}

// TestLoadWritesInInputOrder: however many workers extract, articles
// are written in the order they were read, so that two loads of the same
// files write the same batches.
func TestLoadWritesInInputOrder(t *testing.T) {
	examples, err := filepath.Abs(filepath.Join("..", "..", "examples"))
	require.NoError(t, err)
	one := &recordingWriter{}
	_, err = Articles(context.Background(), one, []string{examples}, nil, io.Discard, Options{Workers: 1, BatchQuads: 1})
	require.NoError(t, err)
	require.Greater(t, len(one.articles), 3)
	for _, workers := range []int{2, 3, 8} {
		many := &recordingWriter{}
		_, err := Articles(context.Background(), many, []string{examples}, nil, io.Discard, Options{Workers: workers, BatchQuads: 1})
		require.NoError(t, err)
		assert.Equal(t, one.articles, many.articles, "%d workers", workers)
	}
}
