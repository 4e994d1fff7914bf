package graph

import (
	"context"
	"fmt"

	boltdb "github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/schema"
)

// WriteResult says what writing one article did.
type WriteResult struct {
	Article  quad.IRI
	Replaced bool // the article was in the store before
	Added    int  // quads added
	Removed  int  // quads removed (only on replace)
}

// Write stores a batch of articles in one transaction, so that a crash
// leaves every article of the batch either whole or absent.
//
// An article already in the store is replaced: its owned quads (those
// labelled with its IRI) that the new version no longer has are removed,
// and only new quads are added. We diff rather than delete-then-add
// because Cayley applies a transaction's additions before its deletions,
// so removing and re-adding the same quad in one transaction would lose
// it.
func (s *Store) Write(ctx context.Context, batch []schema.Bundle) (_ []WriteResult, err error) {
	var linked *quoteLinker
	if s.pg != nil {
		res, err := s.pg.write(ctx, batch, s.pendingQuad(), func(ctx context.Context, b []schema.Bundle) (err error) {
			linked, err = s.linkQuotations(ctx, b)
			return err
		})
		s.quotes.settle(linked, err == nil)
		return res, err
	}
	s.linkMu.Lock()
	defer s.linkMu.Unlock()
	defer s.trimWhileWriting()()
	if linked, err = s.linkQuotations(ctx, batch); err != nil {
		return nil, err
	}
	defer func() { s.quotes.settle(linked, err == nil) }()
	tx := cgraph.NewTransaction()
	res, oldAll, newAll, err := s.diffBatch(ctx, batch, tx)
	if err != nil {
		return nil, err
	}
	if len(tx.Deltas) == 0 {
		return res, nil
	}
	// The derived values are stale from the moment an article's quads
	// change, and say so in the same transaction. (Shared quads are
	// always in tx, whether stored already or not.)
	pending := s.pendingQuad()
	if ownedChanged(res) {
		tx.AddQuad(pending)
	}
	indexed, err := s.apply(batch, res, tx, oldAll, newAll, pending)
	if err != nil || indexed || !ownedChanged(res) {
		return res, err
	}
	// The claim index follows in the next transaction, recording the
	// pending mark: a recount rebuilds the index if a crash came between.
	return res, s.indexBatch(ctx, batch, literal(pending.Object))
}

// apply writes a batch's transaction: through Cayley's writer, in two
// steps where Cayley's kv store would get it wrong (kvSafe), or with the
// direct kv writer when it only adds; the direct writer also writes the
// claim index in the same commit (indexed).
func (s *Store) apply(batch []schema.Bundle, res []WriteResult, tx *cgraph.Transaction, oldAll, newAll []quad.Quad, pending quad.Quad) (indexed bool, err error) {
	switch {
	case s.cfg.Backend == Bolt && !kvSafe(tx.Deltas):
		return false, s.writeInTwoSteps(batch, res, oldAll, newAll, pending)
	case s.kv != nil && addsOnly(tx.Deltas):
		var index func(*boltdb.Tx) error
		if ownedChanged(res) {
			index = s.indexBatchIn(batch, literal(pending.Object))
		}
		if err := s.kv.write(tx.Deltas, freshLabels(batch, res), index); err != nil {
			return false, fmt.Errorf("writing %d articles to the %s store: %w", len(batch), s.cfg.Backend, err)
		}
		return index != nil, nil
	default:
		if err := s.applyCayley(tx); err != nil {
			return false, fmt.Errorf("writing %d articles to the %s store: %w", len(batch), s.cfg.Backend, err)
		}
		return false, nil
	}
}

// diffBatch puts into tx what writing batch changes: each article's
// owned quads that are new, the stored ones its new version no longer
// has, and every shared quad. It also returns, for the two-step
// fallback, every old quad of each replaced article and every new one.
func (s *Store) diffBatch(ctx context.Context, batch []schema.Bundle, tx *cgraph.Transaction) (res []WriteResult, oldAll, newAll []quad.Quad, err error) {
	res = make([]WriteResult, 0, len(batch))
	seen := make(map[quad.IRI]int, len(batch))
	for _, b := range batch {
		if i, dup := seen[b.Article]; dup {
			// The same article twice in one batch: the first copy's
			// quads are already in tx, and a second diff would read the
			// store, not tx. Callers split batches on repeats; refuse
			// rather than write a wrong graph.
			return nil, nil, nil, fmt.Errorf("article %s appears twice in one batch (positions %d and %d)", b.Article, i, len(res))
		}
		seen[b.Article] = len(res)
		old, err := s.owned(ctx, b.Article)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("reading the stored version of %s: %w", b.Article, err)
		}
		r := WriteResult{Article: b.Article, Replaced: len(old) > 0}
		want := make(map[quad.Quad]struct{}, len(b.Owned))
		for _, q := range b.Owned {
			want[q] = struct{}{}
			if _, ok := old[q]; !ok {
				tx.AddQuad(q)
				r.Added++
			}
		}
		for q := range old {
			oldAll = append(oldAll, q)
			if _, ok := want[q]; !ok {
				tx.RemoveQuad(q)
				r.Removed++
			}
		}
		newAll = append(newAll, b.Owned...)
		for _, q := range b.Shared {
			tx.AddQuad(q)
		}
		newAll = append(newAll, b.Shared...)
		res = append(res, r)
	}
	return res, oldAll, newAll, nil
}

// freshLabels is the set of the batch's articles that had no quads in
// the store: no stored quad is labelled with one, so a quad labelled
// with one is new without a look-up.
func freshLabels(batch []schema.Bundle, res []WriteResult) map[quad.Value]bool {
	fresh := make(map[quad.Value]bool, len(batch))
	for i, r := range res {
		if !r.Replaced {
			fresh[batch[i].Article] = true
		}
	}
	return fresh
}

// applyCayley applies a transaction through Cayley's writer, and tells
// the direct kv writer's key filter what it added.
func (s *Store) applyCayley(tx *cgraph.Transaction) error {
	if s.kv != nil {
		s.kv.stopTally() // the tally sees only the direct writer's quads
	}
	if err := s.writer.ApplyTransaction(tx); err != nil {
		return err
	}
	if s.kv == nil {
		return nil
	}
	if err := s.kv.learn(tx.Deltas); err != nil {
		return fmt.Errorf("reading back what a write added: %w", err)
	}
	return nil
}

// ownedChanged reports whether a write adds or removes some article's
// own quads, which is what the derived values count.
func ownedChanged(res []WriteResult) bool {
	for _, r := range res {
		if r.Added > 0 || r.Removed > 0 {
			return true
		}
	}
	return false
}

// kvSafe reports whether Cayley's kv store (bolt) applies deltas
// correctly. It does not when a quad is added that names a node whose
// references the same transaction lowers overall: such a node is left
// out of the lookup that the additions use, and the added quad is
// stored without that direction (an article that loses five quads and
// gains one gets a quad with no label). TestWriteReplaceShrinking
// reproduces it.
func kvSafe(deltas []cgraph.Delta) bool {
	net := make(map[quad.Value]int)
	for _, d := range deltas {
		n := 1
		if d.Action == cgraph.Delete {
			n = -1
		}
		for _, dir := range quad.Directions {
			if v := d.Quad.Get(dir); v != nil {
				net[v] += n
			}
		}
	}
	for _, d := range deltas {
		if d.Action != cgraph.Add {
			continue
		}
		for _, dir := range quad.Directions {
			if v := d.Quad.Get(dir); v != nil && net[v] < 0 {
				return false
			}
		}
	}
	return true
}

// writeInTwoSteps works around the kv bug that kvSafe detects: one
// transaction removes every old quad of the batch's replaced articles,
// a second adds every new quad. A crash between the two leaves those
// articles absent, never half there, and re-running the load restores
// them; each step on its own has no node whose references both rise and
// fall. The first step carries the pending-write marker.
func (s *Store) writeInTwoSteps(batch []schema.Bundle, res []WriteResult, oldAll, newAll []quad.Quad, pending quad.Quad) error {
	del := cgraph.NewTransaction()
	for _, q := range oldAll {
		del.RemoveQuad(q)
	}
	if len(del.Deltas) > 0 {
		del.AddQuad(pending) // there are removals, so owned quads change
		if err := s.applyCayley(del); err != nil {
			return fmt.Errorf("removing the old versions of %d articles from the %s store: %w", len(batch), s.cfg.Backend, err)
		}
	}
	add := cgraph.NewTransaction()
	for _, q := range newAll {
		add.AddQuad(q)
	}
	if ownedChanged(res) {
		add.AddQuad(pending)
	}
	if err := s.applyCayley(add); err != nil {
		return fmt.Errorf("writing %d articles to the %s store: %w", len(batch), s.cfg.Backend, err)
	}
	return nil
}

// owned returns the quads labelled with the article's IRI.
func (s *Store) owned(ctx context.Context, art quad.IRI) (map[quad.Quad]struct{}, error) {
	ref, err := s.QS.ValueOf(art)
	if err != nil {
		// Treating a failed lookup as "not stored" would add the new
		// version beside quads it no longer has.
		return nil, fmt.Errorf("looking up %s: %w", art, err)
	}
	if ref == nil {
		return nil, nil
	}
	it := s.QS.QuadIterator(quad.Label, ref).Iterate()
	defer it.Close()
	out := make(map[quad.Quad]struct{})
	for it.Next(ctx) {
		q, err := s.QS.Quad(it.Result())
		if err != nil {
			return nil, err
		}
		out[q] = struct{}{}
	}
	return out, it.Err()
}

// Count returns the number of quads in the store.
func (s *Store) Count(ctx context.Context) (int64, error) {
	st, err := s.QS.Stats(ctx, true)
	if err != nil {
		return 0, fmt.Errorf("counting quads: %w", err)
	}
	return st.Quads.Value, nil
}
