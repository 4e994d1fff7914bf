package graph

import (
	"context"
	"fmt"
	"io"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/claimgraph/claimgraph/schema"
)

// ExportFormats are the formats Export writes.
var ExportFormats = []string{"nquads", "jsonld", "claimreview"}

// Export writes every quad in the store to w: N-Quads ("nquads"),
// JSON-LD compacted against schema.Context ("jsonld"), or every claim as
// a schema.org Claim ready for a ClaimReview ("claimreview"). Literals
// get full XML Schema datatypes (schema.ForExport). It returns the number
// of quads read.
func (s *Store) Export(ctx context.Context, w io.Writer, format string) (int, error) {
	var qw quad.WriteCloser
	switch format {
	case "nquads", "":
		qw = exportMapper{nquads.NewWriter(w)}
	case "jsonld":
		qw = schema.NewJSONLDWriter(w)
	case "claimreview":
		qw = schema.NewClaimReviewWriter(w)
	default:
		return 0, fmt.Errorf("unknown export format %q: use nquads, jsonld or claimreview", format)
	}
	n, err := s.exportQuads(ctx, qw)
	if err != nil {
		return n, fmt.Errorf("exporting as %s: %w", format, err)
	}
	if err := qw.Close(); err != nil {
		return n, fmt.Errorf("exporting as %s: %w", format, err)
	}
	return n, nil
}

// exportQuads copies every quad of the store to qw: on PostgreSQL in
// bulk (exportAll), elsewhere through Cayley's QuadStore reader.
func (s *Store) exportQuads(ctx context.Context, qw quad.Writer) (int, error) {
	if s.pg != nil {
		return s.pg.exportAll(ctx, qw)
	}
	r := cgraph.NewQuadStoreReader(s.QS)
	defer r.Close()
	n, err := quad.CopyBatch(qw, r, 10000)
	if err == nil {
		err = ctx.Err()
	}
	return n, err
}

// exportMapper writes quads with full IRIs and typed literals.
type exportMapper struct{ w *nquads.Writer }

func (m exportMapper) WriteQuad(q quad.Quad) error { return m.w.WriteQuad(forExport(q)) }

func (m exportMapper) WriteQuads(qs []quad.Quad) (int, error) {
	for i, q := range qs {
		if err := m.w.WriteQuad(forExport(q)); err != nil {
			return i, err
		}
	}
	return len(qs), nil
}

func (m exportMapper) Close() error { return m.w.Close() }

func forExport(q quad.Quad) quad.Quad {
	p, _ := q.Predicate.(quad.IRI)
	out := quad.Quad{Subject: full(q.Subject), Predicate: full(q.Predicate), Object: schema.ForExport(p.Full(), q.Object), Label: full(q.Label)}
	return out
}

func full(v quad.Value) quad.Value {
	if iri, ok := v.(quad.IRI); ok {
		return iri.Full()
	}
	return v
}
