package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/quad"
	"github.com/lib/pq"

	"github.com/claimgraph/claimgraph/graph/quotation"
	"github.com/claimgraph/claimgraph/schema"
)

// storedKeysOf reads, in one query, the quotations stored under any key
// of the batch's linkable claims, by key. On PostgreSQL another loader
// may have founded quotations this process has not seen; reading them
// key by key cost a round trip per key of every claim, while the batch
// held the write lock. The lock also keeps any other claimgraph writer
// from adding keys until the batch commits, so what is read here is what
// those look-ups would have found.
func (w *pgWriter) storedKeysOf(ctx context.Context, batch []schema.Bundle) (map[string][]quad.IRI, error) {
	seen := map[string]bool{}
	var keys []string
	for i := range batch {
		for _, c := range claimsOf(&batch[i]) {
			q := quotation.Parse(c.text)
			if !q.Linkable() {
				continue
			}
			for _, k := range q.Keys() {
				if !seen[k] {
					seen[k] = true
					keys = append(keys, k)
				}
			}
		}
	}
	out := make(map[string][]quad.IRI, len(keys))
	if len(keys) == 0 {
		return out, nil
	}
	rows, err := w.db.QueryContext(ctx, `SELECT word, quotation FROM cg_quote_words
		WHERE word = ANY($1) ORDER BY word, quotation`, pq.Array(keys))
	if err != nil {
		return nil, fmt.Errorf("reading the stored quotation keys: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k, id string
		if err := rows.Scan(&k, &id); err != nil {
			return nil, fmt.Errorf("reading the stored quotation keys: %w", err)
		}
		out[k] = append(out[k], quotationNode(id))
	}
	return out, rows.Err()
}
