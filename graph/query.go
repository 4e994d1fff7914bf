package graph

import (
	"context"
	"errors"
	"fmt"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/query/gizmo" // the gizmo language
)

// ErrTooManyRows means a query produced more rows than its cap.
var ErrTooManyRows = errors.New("the query returned more rows than the result cap")

// RunGizmo runs a Gizmo program over the store and returns its results.
// It stops at limit rows and at ctx's deadline; more rows than limit are
// an ErrTooManyRows error. We pass the bare quad store, never a
// *cayley.Handle: the wrapper hides Cayley's optimizer and turns
// millisecond queries into seconds.
func (s *Store) RunGizmo(ctx context.Context, code string, limit int, timeout time.Duration) ([]any, error) {
	return RunGizmo(ctx, s.QS, code, limit, timeout)
}

// RunGizmo runs a Gizmo program over qs; see Store.RunGizmo.
func RunGizmo(ctx context.Context, qs cgraph.QuadStore, code string, limit int, timeout time.Duration) ([]any, error) {
	if limit <= 0 {
		limit = 1000
	}
	rows, cut, err := RunGizmoCapped(ctx, qs, code, limit, timeout)
	if err == nil && cut {
		return rows, fmt.Errorf("%w (%d); raise it with --limit or narrow the query", ErrTooManyRows, limit)
	}
	return rows, err
}

// RunGizmoCapped runs a Gizmo program over qs and returns at most limit
// rows, and whether it cut the answer there (RunCapped).
func RunGizmoCapped(ctx context.Context, qs cgraph.QuadStore, code string, limit int, timeout time.Duration) ([]any, bool, error) {
	return RunCapped(ctx, qs, "gizmo", code, limit, timeout)
}
