package graph

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"github.com/lib/pq"

	"github.com/claimgraph/claimgraph/schema"
)

// The recount on PostgreSQL. Through Cayley's QuadStore it costs a round
// trip per value and per subject it looks at (tens of thousands on the
// BBC corpus, a quarter of a busy machine's load time went to them), so
// a few set-based queries read, up front, everything the recount looks
// at, and the generic recount (derivedChanges) runs over that: the same
// code computes the same changes, from the same quads.

// recountChanges is derivedChanges, read in bulk on PostgreSQL.
func (s *Store) recountChanges(ctx context.Context, tally *derivedTally) (dels, adds []quad.Quad, ranked []indexEntry, err error) {
	if s.pg == nil {
		return s.derivedChanges(ctx, tally)
	}
	pre, err := prefetchRecount(ctx, s.pg.db, s.QS)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("reading the graph for the recount: %w", err)
	}
	// derivedChanges reads through s.QS only; this store holds nothing
	// else, so the prefetched view serves every read.
	return (&Store{QS: pre}).derivedChanges(ctx, nil)
}

// recountQS is Cayley's postgres QuadStore with what the recount reads
// already in memory:
//   - QuadsAllIterator lists only the quads scanForDerived keeps (the
//     derived ones and those of the predicates it counts); it skips every
//     other quad anyway.
//   - QuadIterator by subject lists, for the subjects read up front, only
//     their quads of the predicates in recountSubjectPreds: the recount's
//     subject look-ups (objectOf, typeAndName) all look for one of those,
//     and pass over the rest. Other subjects go to Cayley.
//   - NameOf answers from the values read up front, Cayley otherwise.
type recountQS struct {
	cgraph.QuadStore
	all    []cgraph.Ref
	bySubj map[refs.ValueHash][]cgraph.Ref
	names  map[refs.ValueHash]quad.Value
}

// recountScanPreds are the predicates whose quads scanForDerived counts.
var recountScanPreds = []quad.Value{schema.Speaker, schema.Mentions, schema.QuotationOf, schema.Act, schema.Negated}

// recountSubjectPreds are the predicates the recount looks up by subject:
// a speaker's type and name, a claim's speaker and article, an article's
// date and publisher.
var recountSubjectPreds = []quad.Value{schema.Type, schema.Name, schema.Speaker, schema.Appearance, schema.DatePublished, schema.Publisher}

func (p *recountQS) QuadsAllIterator() iterator.Shape { return iterator.NewFixed(p.all...) }

func (p *recountQS) QuadIterator(d quad.Direction, v cgraph.Ref) iterator.Shape {
	if h, ok := v.(csql.NodeHash); ok && d == quad.Subject {
		if qs, ok := p.bySubj[h.ValueHash]; ok {
			return iterator.NewFixed(qs...)
		}
	}
	return p.QuadStore.QuadIterator(d, v)
}

func (p *recountQS) NameOf(v cgraph.Ref) (quad.Value, error) {
	if h, ok := v.(csql.NodeHash); ok {
		if val, ok := p.names[h.ValueHash]; ok {
			return val, nil
		}
	}
	return p.QuadStore.NameOf(v)
}

// Quad goes through NameOf above (Cayley's own would not).
func (p *recountQS) Quad(r cgraph.Ref) (quad.Quad, error) {
	h, ok := r.(csql.QuadHashes)
	if !ok {
		return p.QuadStore.Quad(r)
	}
	var q quad.Quad
	for _, d := range quad.Directions {
		v, err := p.NameOf(csql.NodeHash{ValueHash: h.Get(d)})
		if err != nil {
			return q, err
		}
		q.Set(d, v)
	}
	return q, nil
}

// prefetchRecount reads what the recount will look at, in five queries:
// the quads it scans, the subject quads of speakers and of the claims of
// quotations with two links or more, then those of the articles and
// speakers these name, then every value it names.
func prefetchRecount(ctx context.Context, db *sql.DB, qs cgraph.QuadStore) (*recountQS, error) {
	p := &recountQS{QuadStore: qs, bySubj: map[refs.ValueHash][]cgraph.Ref{}, names: map[refs.ValueHash]quad.Value{}}
	var err error
	p.all, err = readQuads(ctx, db, `SELECT subject_hash, predicate_hash, object_hash, label_hash FROM quads
		WHERE label_hash = $1 OR predicate_hash = ANY($2)`, hashBytes(refs.HashOf(schema.Derived)), hashArray(recountScanPreds))
	if err != nil {
		return nil, err
	}
	want := map[refs.ValueHash]bool{} // values to name
	first := recountSubjects(p.all, want)
	if err := p.readSubjects(ctx, db, first); err != nil {
		return nil, err
	}
	var next []refs.ValueHash
	speaker, appearance := refs.HashOf(schema.Speaker), refs.HashOf(schema.Appearance)
	for _, h := range first {
		for _, r := range p.bySubj[h] {
			q := r.(csql.QuadHashes)
			o := q.Get(quad.Object)
			want[o] = true
			if pr := q.Get(quad.Predicate); pr != speaker && pr != appearance {
				continue // a type or a name: named, not looked up
			}
			if _, done := p.bySubj[o]; !done {
				next = append(next, o)
				p.bySubj[o] = nil // read below; listed once
			}
		}
	}
	if err := p.readSubjects(ctx, db, next); err != nil {
		return nil, err
	}
	for _, h := range next {
		for _, r := range p.bySubj[h] {
			want[r.(csql.QuadHashes).Get(quad.Object)] = true
		}
	}
	return p, p.readNames(ctx, db, want)
}

// recountSubjects lists the subjects whose quads the recount looks up
// (speakers, and the claims of quotations with two links or more, the
// only ones quotationQuads reads), and adds to want the values it names
// from the scanned quads.
func recountSubjects(all []cgraph.Ref, want map[refs.ValueHash]bool) []refs.ValueHash {
	speaker, mentions, link := refs.HashOf(schema.Speaker), refs.HashOf(schema.Mentions), refs.HashOf(schema.QuotationOf)
	derived := refs.HashOf(schema.Derived)
	subjects := map[refs.ValueHash]bool{}
	claimsOf := map[refs.ValueHash][]refs.ValueHash{}
	for _, r := range all {
		q := r.(csql.QuadHashes)
		switch {
		case q.Get(quad.Label) == derived:
			for _, d := range quad.Directions {
				want[q.Get(d)] = true
			}
		case q.Get(quad.Predicate) == speaker:
			subjects[q.Get(quad.Object)] = true
			want[q.Get(quad.Object)] = true
			if !q.Get(quad.Label).Valid() {
				subjects[q.Get(quad.Subject)] = true // its article is looked up
			}
		case q.Get(quad.Predicate) == mentions:
			want[q.Get(quad.Object)] = true
		case q.Get(quad.Predicate) == link:
			claimsOf[q.Get(quad.Object)] = append(claimsOf[q.Get(quad.Object)], q.Get(quad.Subject))
		}
	}
	for quotation, claims := range claimsOf {
		if len(claims) < 2 {
			continue
		}
		want[quotation] = true
		for _, c := range claims {
			subjects[c], want[c] = true, true
		}
	}
	out := make([]refs.ValueHash, 0, len(subjects))
	for h := range subjects {
		out = append(out, h)
	}
	return out
}

// readSubjects reads the quads of the given subjects with a predicate in
// recountSubjectPreds, in the order of Cayley's subject index.
func (p *recountQS) readSubjects(ctx context.Context, db *sql.DB, subjects []refs.ValueHash) error {
	for start := 0; start < len(subjects); start += recountChunk {
		part := subjects[start:min(start+recountChunk, len(subjects))]
		qs, err := readQuads(ctx, db, `SELECT subject_hash, predicate_hash, object_hash, label_hash FROM quads
			WHERE subject_hash = ANY($1) AND predicate_hash = ANY($2)
			ORDER BY subject_hash, predicate_hash, object_hash, label_hash`, valueHashArray(part), hashArray(recountSubjectPreds))
		if err != nil {
			return err
		}
		for _, h := range part {
			p.bySubj[h] = []cgraph.Ref{}
		}
		for _, r := range qs {
			s := r.(csql.QuadHashes).Get(quad.Subject)
			p.bySubj[s] = append(p.bySubj[s], r)
		}
	}
	return nil
}

// recountChunk is the most hashes one look-up query sends.
const recountChunk = 20000

// readQuads runs a query that returns the four hashes of quads.
func readQuads(ctx context.Context, db *sql.DB, query string, args ...any) ([]cgraph.Ref, error) {
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []cgraph.Ref
	for rows.Next() {
		var s, p, o, l csql.NodeHash
		if err := rows.Scan(&s, &p, &o, &l); err != nil {
			return nil, err
		}
		var k refs.QuadHash
		k.Set(quad.Subject, s.ValueHash)
		k.Set(quad.Predicate, p.ValueHash)
		k.Set(quad.Object, o.ValueHash)
		k.Set(quad.Label, l.ValueHash)
		out = append(out, csql.QuadHashes{QuadHash: k})
	}
	return out, rows.Err()
}

// readNames reads the values of the given hashes.
func (p *recountQS) readNames(ctx context.Context, db *sql.DB, want map[refs.ValueHash]bool) error {
	return readValues(ctx, db, want, p.names)
}

// readValues reads the value of each valid hash in want into names,
// recountChunk hashes per query.
func readValues(ctx context.Context, db *sql.DB, want map[refs.ValueHash]bool, names map[refs.ValueHash]quad.Value) error {
	hs := make([]refs.ValueHash, 0, len(want))
	for h := range want {
		if h.Valid() {
			hs = append(hs, h)
		}
	}
	for start := 0; start < len(hs); start += recountChunk {
		part := hs[start:min(start+recountChunk, len(hs))]
		rows, err := db.QueryContext(ctx, `SELECT hash, `+strings.Join(pgNodeColumns, ", ")+` FROM nodes WHERE hash = ANY($1)`, valueHashArray(part))
		if err != nil {
			return err
		}
		for rows.Next() {
			h, v, err := scanNode(rows)
			if err != nil {
				rows.Close()
				return err
			}
			names[h] = v
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
	}
	return nil
}

// scanNode decodes a nodes row (hash, then pgNodeColumns) into its value
// as Cayley's QuadStore.NameOf does. Columns before the hash, if any, go
// to first.
func scanNode(rows *sql.Rows, first ...any) (refs.ValueHash, quad.Value, error) {
	var (
		h                 csql.NodeHash
		data              []byte
		str, typ, lang    sql.NullString
		iri, bnode, vbool sql.NullBool
		vint              sql.NullInt64
		vfloat            sql.NullFloat64
		vtime             sql.NullTime
	)
	if err := rows.Scan(append(first, &h, &data, &str, &typ, &lang, &iri, &bnode, &vint, &vbool, &vfloat, &vtime)...); err != nil {
		return h.ValueHash, nil, err
	}
	unescape := func(s string) quad.String { return quad.String(strings.ReplaceAll(s, `\x00`, "\u0000")) }
	switch {
	case str.Valid && iri.Bool:
		return h.ValueHash, quad.IRI(str.String), nil
	case str.Valid && bnode.Bool:
		return h.ValueHash, quad.BNode(str.String), nil
	case str.Valid && lang.Valid:
		return h.ValueHash, quad.LangString{Value: unescape(str.String), Lang: lang.String}, nil
	case str.Valid && typ.Valid:
		return h.ValueHash, quad.TypedString{Value: unescape(str.String), Type: quad.IRI(typ.String)}, nil
	case str.Valid:
		return h.ValueHash, unescape(str.String), nil
	case vint.Valid:
		return h.ValueHash, quad.Int(vint.Int64), nil
	case vbool.Valid:
		return h.ValueHash, quad.Bool(vbool.Bool), nil
	case vfloat.Valid:
		return h.ValueHash, quad.Float(vfloat.Float64), nil
	case vtime.Valid:
		return h.ValueHash, quad.Time(vtime.Time.In(time.UTC)), nil
	}
	v, err := pquads.UnmarshalValue(data)
	if err != nil {
		return h.ValueHash, nil, fmt.Errorf("decoding the stored value %x: %w", h.ValueHash[:], err)
	}
	return h.ValueHash, v, nil
}

func hashArray(vs []quad.Value) any {
	out := make([][]byte, len(vs))
	for i, v := range vs {
		out[i] = hashBytes(refs.HashOf(v)).([]byte)
	}
	return pq.ByteaArray(out)
}

func valueHashArray(hs []refs.ValueHash) any {
	out := make([][]byte, len(hs))
	for i, h := range hs {
		out[i] = hashBytes(h).([]byte)
	}
	return pq.ByteaArray(out)
}
