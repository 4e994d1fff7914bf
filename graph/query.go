package graph

import (
	"context"
	"errors"
	"fmt"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo" // the gizmo language
)

// ErrTooManyRows means a query produced more rows than its cap.
var ErrTooManyRows = errors.New("the query returned more rows than the result cap")

// RunGizmo runs a Gizmo program over the store and returns its results.
// It stops at limit rows and at ctx's deadline. We pass the bare quad
// store, never a *cayley.Handle: the wrapper hides Cayley's optimizer and
// turns millisecond queries into seconds.
func (s *Store) RunGizmo(ctx context.Context, code string, limit int, timeout time.Duration) ([]any, error) {
	return RunGizmo(ctx, s.QS, code, limit, timeout)
}

// RunGizmo runs a Gizmo program over qs; see Store.RunGizmo.
func RunGizmo(ctx context.Context, qs cgraph.QuadStore, code string, limit int, timeout time.Duration) ([]any, error) {
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	if limit <= 0 {
		limit = 1000
	}
	it, err := query.Execute(ctx, qs, "gizmo", code, query.Options{Collation: query.JSON, Limit: limit + 1})
	if err != nil {
		return nil, fmt.Errorf("running the query: %w", err)
	}
	defer it.Close()
	var out []any
	for it.Next(ctx) {
		if len(out) == limit {
			return out, fmt.Errorf("%w (%d); raise it with --limit or narrow the query", ErrTooManyRows, limit)
		}
		out = append(out, it.Result())
	}
	if err := it.Err(); err != nil {
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return out, fmt.Errorf("the query ran past its %s timeout: %w", timeout, context.DeadlineExceeded)
		}
		return out, fmt.Errorf("running the query: %w", err)
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return out, fmt.Errorf("the query ran past its %s timeout: %w", timeout, context.DeadlineExceeded)
	}
	return out, nil
}
