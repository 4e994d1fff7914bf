package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/graph/quotation"
	"github.com/claimgraph/claimgraph/schema"
)

// Linking claims to quotations happens inside Write, before the diff, so
// that a claim's link is one of its article's own quads: re-loading the
// article finds the same link and writes nothing, and deleting or
// replacing the article takes its links with it. On PostgreSQL it runs
// under the write lock (pgWriteLock), on bolt under linkMu, so that two
// writers never both found a quotation for the same quote; a quotation's
// IRI is a hash of its founding wording, so even a writer that missed the
// other's quotation would found the same node for the same words.

// claimQuote is a claim of a bundle with the text it quotes.
type claimQuote struct {
	iri  quad.IRI
	text string
	kind string
}

// quoteLinker links the claims of one batch to quotations.
type quoteLinker struct {
	s *Store
	// local maps the keys of quotations founded in this batch, and
	// founded their wordings: the store and the index have neither until
	// the batch commits.
	local   map[uint64][]quad.IRI
	founded map[quad.IRI]quotation.Quote
	// whole is set when the index in memory is the store's whole index.
	whole bool
	// storedKeys, on PostgreSQL, holds the stored quotations of every key
	// of the batch's claims, read at once (quotations_pg.go).
	storedKeys         map[string][]quad.IRI
	textPred, linkPred cgraph.Ref
}

// linkQuotations adds to each bundle of the batch a cg:quotation link
// for every claim that quotes a known quotation, and founds a quotation
// (shared quads: type, text, keys) for every direct or mixed quote that
// matches none. An indirect claim only joins a quotation whose wording
// it matches as closely as a quote would. The caller settles the
// returned linker (quoteIndex.settle) once the batch is written or not.
func (s *Store) linkQuotations(ctx context.Context, batch []schema.Bundle) (*quoteLinker, error) {
	if s.cfg.NoQuotations {
		return nil, nil
	}
	l := &quoteLinker{s: s, local: map[uint64][]quad.IRI{}, founded: map[quad.IRI]quotation.Quote{}, whole: s.pg == nil}
	var err error
	if l.textPred, err = s.QS.ValueOf(schema.Text); err != nil {
		return nil, fmt.Errorf("linking quotations: %w", err)
	}
	if l.linkPred, err = s.QS.ValueOf(schema.QuotationOf); err != nil {
		return nil, fmt.Errorf("linking quotations: %w", err)
	}
	if err := s.quotes.load(ctx, s.index); err != nil {
		return nil, fmt.Errorf("linking quotations: %w", err)
	}
	if s.pg != nil {
		if l.storedKeys, err = s.pg.storedKeysOf(ctx, batch); err != nil {
			return nil, fmt.Errorf("linking quotations: %w", err)
		}
	}
	for i := range batch {
		if err := l.link(ctx, &batch[i]); err != nil {
			return nil, fmt.Errorf("linking the quotes of %s to quotations: %w", batch[i].Article, err)
		}
	}
	return l, nil
}

// link links the claims of one bundle.
func (l *quoteLinker) link(ctx context.Context, b *schema.Bundle) error {
	claims := claimsOf(b)
	if len(claims) == 0 {
		return nil
	}
	prior, err := l.storedLinks(ctx, b.Article)
	if err != nil {
		return err
	}
	for _, c := range claims {
		q := quotation.Parse(c.text)
		if !q.Linkable() {
			continue // a term in quotation marks, not a quote
		}
		iri, err := l.keep(ctx, prior[c.iri], q)
		if err != nil {
			return err
		}
		if iri == "" {
			if iri, err = l.find(ctx, q); err != nil {
				return err
			}
		}
		if iri == "" {
			if c.kind != "direct" && c.kind != "mixed" {
				continue
			}
			iri = l.found(b, q, c.text)
		}
		b.Owned = append(b.Owned, quad.Quad{Subject: c.iri, Predicate: schema.QuotationOf, Object: iri, Label: b.Article})
	}
	return nil
}

// keep returns the quotation a claim was linked to when its article was
// written before, if the claim still matches it: re-loading an article
// moves none of its claims, whatever quotations were founded since.
func (l *quoteLinker) keep(ctx context.Context, prior quad.IRI, q quotation.Quote) (quad.IRI, error) {
	if prior == "" {
		return "", nil
	}
	pq, ok, err := l.quoteOf(ctx, prior)
	if err != nil || !ok {
		return "", err
	}
	if same, _ := quotation.Match(q, pq); same {
		return prior, nil
	}
	return "", nil
}

// claimsOf lists the claims of a bundle with their text and kind, in the
// bundle's order.
func claimsOf(b *schema.Bundle) []claimQuote {
	at := map[quad.Value]int{}
	var out []claimQuote
	for _, q := range b.Owned {
		if q.Predicate != schema.Text && q.Predicate != schema.Kind {
			continue
		}
		iri, ok := q.Subject.(quad.IRI)
		s, isStr := q.Object.(quad.String)
		if !ok || !isStr {
			continue
		}
		i, seen := at[iri]
		if !seen {
			i = len(out)
			at[iri] = i
			out = append(out, claimQuote{iri: iri})
		}
		if q.Predicate == schema.Text {
			out[i].text = string(s)
		} else {
			out[i].kind = string(s)
		}
	}
	return out
}

// storedLinks returns the quotation links the stored version of the
// article has, by claim.
func (l *quoteLinker) storedLinks(ctx context.Context, art quad.IRI) (map[quad.IRI]quad.IRI, error) {
	if l.linkPred == nil {
		return nil, nil
	}
	ref, err := l.s.QS.ValueOf(art)
	if err != nil || ref == nil {
		return nil, err
	}
	it := l.s.QS.QuadIterator(quad.Label, ref).Iterate()
	defer it.Close()
	out := map[quad.IRI]quad.IRI{}
	lk := refs.ToKey(l.linkPred)
	for it.Next(ctx) {
		p, err := l.s.QS.QuadDirection(it.Result(), quad.Predicate)
		if err != nil {
			return nil, err
		}
		if p == nil || refs.ToKey(p) != lk {
			continue
		}
		q, err := l.s.QS.Quad(it.Result())
		if err != nil {
			return nil, err
		}
		c, ok1 := q.Subject.(quad.IRI)
		o, ok2 := q.Object.(quad.IRI)
		if ok1 && ok2 {
			out[c] = o
		}
	}
	return out, it.Err()
}

// find returns the quotation that q matches best, or "" for none: the
// highest quotation.Match score, then the most words the two have in
// common (the shorter one's length), then the least IRI. Without the
// second, a quote matching its own quotation and, whole, a shorter
// quotation founded from a part of it would join whichever IRI sorts
// first, and two copies of a story could split. Candidates
// are the quotations with a key among q's probes, in the index in memory
// and in this batch's new quotations; on PostgreSQL also those that
// share one of q's keys in the store's object index.
func (l *quoteLinker) find(ctx context.Context, q quotation.Quote) (quad.IRI, error) {
	cands := map[quad.IRI]struct{}{}
	probes := q.ProbeHashes()
	for _, k := range probes {
		for _, c := range l.local[k] {
			cands[c] = struct{}{}
		}
	}
	l.s.quotes.candidates(probes, cands)
	if !l.whole {
		for _, k := range q.Keys() {
			if err := l.stored(ctx, k, cands); err != nil {
				return "", err
			}
		}
	}
	var best quad.IRI
	bestScore, bestWords := 0.0, 0
	for c := range cands {
		cq, ok, err := l.quoteOf(ctx, c)
		if err != nil {
			return "", err
		}
		if !ok {
			continue
		}
		same, score := quotation.Match(q, cq)
		words := min(len(q.Words), len(cq.Words))
		if same && (score > bestScore || score == bestScore && (words > bestWords || words == bestWords && c < best)) {
			best, bestScore, bestWords = c, score, words
		}
	}
	return best, nil
}

// stored adds to cands the quotations stored under key k that the
// batch's one read of the store found (PostgreSQL).
func (l *quoteLinker) stored(ctx context.Context, k string, cands map[quad.IRI]struct{}) error {
	for _, iri := range l.storedKeys[k] {
		cands[iri] = struct{}{}
	}
	return nil
}

// quoteOf returns the founding wording of a quotation.
func (l *quoteLinker) quoteOf(ctx context.Context, iri quad.IRI) (quotation.Quote, bool, error) {
	if q, ok := l.founded[iri]; ok {
		return q, true, nil
	}
	if q, ok := l.s.quotes.quote(iri); ok {
		return q, true, nil
	}
	ref, err := l.s.QS.ValueOf(iri)
	if err != nil || ref == nil || l.textPred == nil {
		return quotation.Quote{}, false, err
	}
	o, err := l.s.objectOf(ctx, ref, l.textPred)
	if err != nil || o == nil {
		return quotation.Quote{}, false, err
	}
	v, err := l.s.QS.NameOf(o)
	if err != nil {
		return quotation.Quote{}, false, err
	}
	s, ok := v.(quad.String)
	if !ok {
		return quotation.Quote{}, false, nil
	}
	q := quotation.Parse(string(s))
	l.s.quotes.remember(iri, q) // a quotation's founding wording never changes
	return q, true, nil
}

// found makes a new quotation for q in the bundle's shared quads.
func (l *quoteLinker) found(b *schema.Bundle, q quotation.Quote, text string) quad.IRI {
	iri := schema.QuotationIRI(q.ID())
	if _, ok := l.founded[iri]; ok {
		return iri // founded earlier in this batch by the same words
	}
	b.Shared = append(b.Shared,
		quad.Quad{Subject: iri, Predicate: schema.Type, Object: schema.QuotationClass},
		quad.Quad{Subject: iri, Predicate: schema.Text, Object: quad.String(text)})
	// Its keys go in the claim index with the batch
	// (quotationKeyEntries), not in the graph.
	for _, k := range q.KeyHashes() {
		l.local[k] = append(l.local[k], iri)
	}
	l.founded[iri] = q
	return iri
}
