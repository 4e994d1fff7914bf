package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/graph/quotation"
	"github.com/claimgraph/claimgraph/schema"
)

// storedKeysOf reads, in one query, the quotations stored under any key
// of the batch's linkable claims, by key. On PostgreSQL another loader
// may have founded quotations this process has not seen; reading them
// key by key through Cayley cost a round trip per key of every claim,
// while the batch held the write lock. The lock also keeps any other
// claimgraph writer from adding keys until the batch commits, so what is
// read here is what those look-ups would have found.
func (w *pgWriter) storedKeysOf(ctx context.Context, batch []schema.Bundle) (map[string][]quad.IRI, error) {
	byHash := map[refs.ValueHash]string{}
	for i := range batch {
		for _, c := range claimsOf(&batch[i]) {
			q := quotation.Parse(c.text)
			if !q.Linkable() {
				continue
			}
			for _, k := range q.Keys() {
				byHash[refs.HashOf(quad.String(k))] = k
			}
		}
	}
	out := make(map[string][]quad.IRI, len(byHash))
	if len(byHash) == 0 {
		return out, nil
	}
	hs := make([]refs.ValueHash, 0, len(byHash))
	for h := range byHash {
		hs = append(hs, h)
	}
	rows, err := w.db.QueryContext(ctx, `SELECT q.object_hash, n.hash, `+prefixed("n.", pgNodeColumns)+`
		FROM quads q JOIN nodes n ON n.hash = q.subject_hash
		WHERE q.predicate_hash = $1 AND q.object_hash = ANY($2)
		ORDER BY n.hash`, hashBytes(refs.HashOf(schema.QuotationKey)), valueHashArray(hs))
	if err != nil {
		return nil, fmt.Errorf("reading the stored quotation keys: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var key []byte
		_, v, err := scanNode(rows, &key)
		if err != nil {
			return nil, fmt.Errorf("reading the stored quotation keys: %w", err)
		}
		var h refs.ValueHash
		copy(h[:], key)
		if iri, ok := v.(quad.IRI); ok {
			k := byHash[h]
			out[k] = append(out[k], iri)
		}
	}
	return out, rows.Err()
}
