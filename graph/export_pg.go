package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
)

// exportChunk is how many quads the PostgreSQL export reads per query.
const exportChunk = 10000

// exportAll writes every quad of the PostgreSQL store to qw in the order
// they were stored (quads.horizon), exportChunk at a time: one query for
// the chunk's hashes and one per 20,000 of the values they name. Cayley's
// QuadStore reader asks the server for each value it has not cached, a
// round trip per value: 11 minutes for the BBC corpus's 660k quads on a
// busy machine (BENCHMARKS.md). Memory stays that of one chunk.
func (w *pgWriter) exportAll(ctx context.Context, qw quad.Writer) (int, error) {
	n := 0
	var after int64
	for {
		hashes, last, err := w.quadChunk(ctx, after)
		if err != nil {
			return n, fmt.Errorf("reading quads after position %d: %w", after, err)
		}
		if len(hashes) == 0 {
			return n, nil
		}
		names, err := w.values(ctx, hashes)
		if err != nil {
			return n, fmt.Errorf("reading the values of quads after position %d: %w", after, err)
		}
		qs := make([]quad.Quad, len(hashes))
		for i, h := range hashes {
			for _, d := range quad.Directions {
				qs[i].Set(d, names[h.Get(d)])
			}
		}
		if _, err := qw.WriteQuads(qs); err != nil {
			return n, err
		}
		n += len(qs)
		after = last
	}
}

// quadChunk reads the hashes of up to exportChunk quads stored after
// position after, and the position of the last one.
func (w *pgWriter) quadChunk(ctx context.Context, after int64) ([]quadKey, int64, error) {
	rows, err := w.db.QueryContext(ctx, `SELECT horizon, subject_hash, predicate_hash, object_hash, label_hash
		FROM quads WHERE horizon > $1 ORDER BY horizon LIMIT $2`, after, exportChunk)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	out := make([]quadKey, 0, exportChunk)
	last := after
	for rows.Next() {
		var s, p, o, l csql.NodeHash
		if err := rows.Scan(&last, &s, &p, &o, &l); err != nil {
			return nil, 0, err
		}
		var k quadKey
		k.Set(quad.Subject, s.ValueHash)
		k.Set(quad.Predicate, p.ValueHash)
		k.Set(quad.Object, o.ValueHash)
		k.Set(quad.Label, l.ValueHash)
		out = append(out, k)
	}
	return out, last, rows.Err()
}

// values reads the value of every node the quads name (readValues).
func (w *pgWriter) values(ctx context.Context, keys []quadKey) (map[refs.ValueHash]quad.Value, error) {
	want := make(map[refs.ValueHash]bool, len(keys))
	for _, k := range keys {
		for _, d := range quad.Directions {
			if h := k.Get(d); h.Valid() {
				want[h] = true
			}
		}
	}
	names := make(map[refs.ValueHash]quad.Value, len(want))
	if err := readValues(ctx, w.db, want, names); err != nil {
		return nil, err
	}
	for h := range want {
		if _, ok := names[h]; !ok {
			return nil, fmt.Errorf("a quad names the node %x, which the nodes table does not hold", h[:])
		}
	}
	return names, nil
}
