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
// rows, and whether it cut the answer there. Every way a program emits
// counts: each result of All() or GetLimit(n) (whatever n), each
// g.Emit(x), and each element of an emitted array, which is cut to fit.
// Once the cap is reached the program is stopped (closing the iterator
// interrupts its VM), so a program asking for a billion rows costs what
// limit+1 rows cost.
func RunGizmoCapped(ctx context.Context, qs cgraph.QuadStore, code string, limit int, timeout time.Duration) ([]any, bool, error) {
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	it, err := query.Execute(ctx, qs, "gizmo", code, query.Options{Collation: query.JSON, Limit: limit + 1})
	if err != nil {
		return nil, false, fmt.Errorf("running the query: %w", err)
	}
	defer it.Close()
	var out []any
	n := 0
	for it.Next(ctx) {
		r := it.Result()
		size := 1
		if arr, ok := r.([]any); ok {
			size = len(arr)
			if n+size > limit {
				out = append(out, arr[:limit-n])
				return out, true, nil
			}
		} else if n == limit {
			return out, true, nil
		}
		n += size
		out = append(out, r)
	}
	timedOut := errors.Is(ctx.Err(), context.DeadlineExceeded)
	if err := it.Err(); err != nil {
		if errors.Is(err, context.DeadlineExceeded) || timedOut {
			return out, false, fmt.Errorf("the query ran past its %s timeout: %w", timeout, context.DeadlineExceeded)
		}
		return out, false, fmt.Errorf("running the query: %w", err)
	}
	if timedOut {
		return out, false, fmt.Errorf("the query ran past its %s timeout: %w", timeout, context.DeadlineExceeded)
	}
	return out, false, nil
}
