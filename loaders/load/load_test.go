package load

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/schema"
)

// failingWriter commits `ok` batches, then fails every write with err, as
// a store on a full disk or behind a lost connection does.
type failingWriter struct {
	ok      int
	err     error
	batches int
	calls   int
	// interrupt, when set, is called on the first failing write, as a
	// Ctrl-C arriving during it.
	interrupt func()
}

func (w *failingWriter) Write(ctx context.Context, batch []schema.Bundle) ([]graph.WriteResult, error) {
	w.calls++
	if w.batches >= w.ok {
		if w.interrupt != nil {
			w.interrupt()
			return nil, fmt.Errorf("reading the stored version of %s: %w", batch[0].Article, ctx.Err())
		}
		return nil, fmt.Errorf("writing %d articles to the bolt store: %w", len(batch), w.err)
	}
	w.batches++
	res := make([]graph.WriteResult, len(batch))
	for i, b := range batch {
		res[i] = graph.WriteResult{Article: b.Article, Added: len(b.Owned) + len(b.Shared)}
	}
	return res, nil
}

func TestLoadArticlesWriteFails(t *testing.T) {
	examples, err := filepath.Abs(filepath.Join("..", "..", "examples"))
	require.NoError(t, err)
	enospc := &os.PathError{Op: "write", Path: "g.bolt", Err: syscall.ENOSPC}
	tests := []struct {
		name       string
		ok         int
		wantLoaded int
		wantErr    string
	}{
		{
			name: "after two commits", ok: 2, wantLoaded: 2,
			wantErr: "the load stopped: writing 1 articles to the bolt store: write g.bolt: no space left on device. " +
				"2 articles were committed, the last of them " + filepath.Join(examples, "harbor-strike.txt") +
				"; running the same command again completes the load safely, since articles already stored are replaced, not duplicated",
		},
		{
			name: "before any commit", ok: 0, wantLoaded: 0,
			wantErr: "the load stopped: writing 1 articles to the bolt store: write g.bolt: no space left on device. " +
				"No article was committed; running the same command again starts the load afresh",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := &failingWriter{ok: tt.ok, err: enospc}
			// Several workers and one article per batch: articles are
			// written in walk order, so the last committed one is known
			// and every article before it was committed.
			sum, err := Articles(context.Background(), w, []string{examples}, nil, io.Discard, Options{Workers: 4, BatchQuads: 1})
			require.Error(t, err)
			assert.Equal(t, tt.wantErr, err.Error())
			assert.True(t, errors.Is(err, syscall.ENOSPC), "the cause stays inspectable")
			assert.Equal(t, tt.wantLoaded, sum.Loaded, "the summary counts only committed articles")
		})
	}
}

func TestLoadArticlesInterrupted(t *testing.T) {
	examples, err := filepath.Abs(filepath.Join("..", "..", "examples"))
	require.NoError(t, err)
	hint := "; running the same command again completes the load safely, since articles already stored are replaced, not duplicated"

	t.Run("during the second write", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		w := &failingWriter{ok: 1, interrupt: cancel}
		sum, err := Articles(ctx, w, []string{examples}, nil, io.Discard, Options{Workers: 1, BatchQuads: 1})
		require.Error(t, err)
		assert.Equal(t, "the load was interrupted. 1 article was committed, "+filepath.Join(examples, "clinic-funding.txt")+hint, err.Error(),
			"an interrupt is reported as such, not as the store error it causes")
		assert.Equal(t, 2, w.calls, "nothing is written after the interrupt")
		assert.Equal(t, 1, sum.Loaded)
	})

	t.Run("before anything", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		w := &failingWriter{ok: 100}
		_, err := Articles(ctx, w, []string{examples}, nil, io.Discard, Options{Workers: 1, BatchQuads: 1})
		require.Error(t, err)
		assert.Equal(t, "the load was interrupted. No article was committed; running the same command again starts the load afresh", err.Error())
		assert.Equal(t, 0, w.calls)
	})
}
