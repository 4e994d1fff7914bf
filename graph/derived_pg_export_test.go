package graph

import (
	"context"
	"sort"

	"github.com/cayleygraph/quad"
)

// RecountBothWays computes the changes a recount would write, through
// Cayley's QuadStore quad by quad and through the PostgreSQL bulk reads,
// each as sorted lines: the derived quads to delete and to add, and the
// ranked quotation lists' entries.
func RecountBothWays(ctx context.Context, s *Store) (generic, bulk []string, err error) {
	lines := func(changes func(context.Context) ([]quad.Quad, []quad.Quad, []indexEntry, error)) ([]string, error) {
		dels, adds, ranked, err := changes(ctx)
		if err != nil {
			return nil, err
		}
		var out []string
		for _, q := range dels {
			out = append(out, "del "+q.NQuad())
		}
		for _, q := range adds {
			out = append(out, "add "+q.NQuad())
		}
		for _, e := range ranked {
			out = append(out, "ranked "+e.Kind+" "+e.Node+" "+e.sortKey()+" "+e.Act+" "+e.Claim+" "+e.Extra)
		}
		sort.Strings(out)
		return out, nil
	}
	scan := func(f func(context.Context, *derivedTally) ([]quad.Quad, []quad.Quad, []indexEntry, error)) func(context.Context) ([]quad.Quad, []quad.Quad, []indexEntry, error) {
		return func(ctx context.Context) ([]quad.Quad, []quad.Quad, []indexEntry, error) { return f(ctx, nil) }
	}
	if generic, err = lines(scan(s.derivedChanges)); err != nil {
		return nil, nil, err
	}
	bulk, err = lines(scan(s.recountChanges))
	return generic, bulk, err
}
