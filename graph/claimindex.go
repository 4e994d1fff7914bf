package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/schema"
)

// The claim index orders every claim by its speaker, by what it is about
// and in one list of all claims, each by publication date. Stored queries
// page through it (Store.ClaimPage), so that "oldest first" is over every
// matching claim and a page costs key reads rather than a store lookup
// per claim. The writer keeps it in step with the quads: on PostgreSQL in
// the same transaction, on bolt in the transaction right after, which
// records the write's pending mark so that a recount can tell a write
// the index missed (a crash between the two) and rebuild it.

// Index kinds: which list an entry belongs to.
const (
	bySpeaker = "s" // claims whose cg:speaker is the node
	byAbout   = "a" // claims whose schema:about is the node
	byAll     = "c" // every claim; the node is ""
)

// indexEntry is one claim in one list.
type indexEntry struct {
	Kind, Node string // the list
	Date       string // the claim's datePublished, "" when unknown
	Article    string // the article's IRI
	Seq        int64  // the claim's position in its article
	Claim      string // the claim's IRI, as Gizmo writes it: <…>
	Act        string // cg:act: speech, belief, intention, evidence, action
}

// sortKey orders entries within a list: by date (undated claims last),
// then article, then position in the article.
func (e indexEntry) sortKey() string {
	d := e.Date
	if d == "" {
		d = undated
	}
	return fmt.Sprintf("%s\x01%s\x01%012d", d, e.Article, e.Seq)
}

// undated stands for a missing date in a sort key: after every date.
// The parts of a sort key are split by \x01 (PostgreSQL text holds no
// \x00).
const undated = "~"

// claimIndex is the index on one backend.
type claimIndex interface {
	// replace drops every entry of the given articles and adds entries;
	// token, when not empty, is the write's pending mark (bolt only).
	replace(ctx context.Context, articles []string, adds []indexEntry, token string) error
	// scan calls fn for the entries of one list in sortKey order,
	// starting at the first whose date is from or later, until fn
	// returns false.
	scan(ctx context.Context, kind, node, from string, fn func(indexEntry) bool) error
	// ready reports whether the index was built for this store.
	ready(ctx context.Context) (bool, error)
	// reset empties the index; markReady records that it is complete.
	reset(ctx context.Context) error
	markReady(ctx context.Context) error
	// missed reports whether any of the pending-mark tokens has no index
	// write recorded; forget drops the recorded tokens.
	missed(ctx context.Context, tokens []string) (bool, error)
	forget(ctx context.Context, tokens []string) error
}

// claimFacts is what the index needs of one claim.
type claimFacts struct {
	isClaim  bool
	speakers []string
	about    []string
	date     string
	article  string
	seq      int64
	act      string
	negated  bool
}

// indexEntries turns an article's quads into its index entries.
func indexEntries(qs []quad.Quad) []indexEntry {
	claims := map[quad.Value]*claimFacts{}
	var order []quad.Value
	for _, q := range qs {
		f := claims[q.Subject]
		if f == nil {
			f = &claimFacts{}
			claims[q.Subject] = f
			order = append(order, q.Subject)
		}
		addFact(f, q)
	}
	var out []indexEntry
	for _, c := range order {
		out = append(out, claims[c].entries(c.String())...)
	}
	return out
}

// addFact records one quad of a claim.
func addFact(f *claimFacts, q quad.Quad) {
	switch q.Predicate {
	case schema.Type:
		if q.Object == schema.Claim {
			f.isClaim = true
		}
	case schema.Speaker:
		f.speakers = append(f.speakers, q.Object.String())
	case schema.About:
		f.about = append(f.about, q.Object.String())
	case schema.DatePublished:
		f.date = literal(q.Object)
	case schema.Appearance:
		f.article = q.Object.String()
	case schema.Seq:
		if n, ok := q.Object.(quad.Int); ok {
			f.seq = int64(n)
		}
	case schema.Act:
		f.act = literal(q.Object)
	case schema.Negated:
		f.negated = literal(q.Object) == "true"
	}
}

func literal(v quad.Value) string {
	if v == nil {
		return ""
	}
	if s, ok := v.Native().(string); ok {
		return s
	}
	return fmt.Sprint(v.Native())
}

// entries lists a claim's entries: one in the list of all claims, one
// per speaker, one per thing it is about.
func (f *claimFacts) entries(claim string) []indexEntry {
	if !f.isClaim || f.article == "" {
		return nil
	}
	act := f.act
	if f.negated {
		// "did not reveal": listed with act=negated or all, never as speech.
		act = negatedAct
	}
	e := indexEntry{Kind: byAll, Date: f.date, Article: f.article, Seq: f.seq, Claim: claim, Act: act}
	out := []indexEntry{e}
	for _, sp := range uniqStrings(f.speakers) {
		e.Kind, e.Node = bySpeaker, sp
		out = append(out, e)
	}
	for _, a := range uniqStrings(f.about) {
		e.Kind, e.Node = byAbout, a
		out = append(out, e)
	}
	return out
}

func uniqStrings(xs []string) []string {
	seen := make(map[string]bool, len(xs))
	out := xs[:0:0]
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// indexBatch updates the index for a written batch: every entry of its
// articles is replaced by the entries of their new quads.
func (s *Store) indexBatch(ctx context.Context, batch []schema.Bundle, token string) error {
	if s.index == nil {
		return nil
	}
	arts := make([]string, 0, len(batch))
	var adds []indexEntry
	for _, b := range batch {
		arts = append(arts, b.Article.String())
		adds = append(adds, indexEntries(b.Owned)...)
	}
	if err := s.index.replace(ctx, arts, adds, token); err != nil {
		return fmt.Errorf("updating the claim index (`claimgraph repair` rebuilds it): %w", err)
	}
	return nil
}

// ensureIndex builds the claim index of a store that has none yet (one
// written before the index existed), saying so on s.cfg.Progress.
func (s *Store) ensureIndex(ctx context.Context) error {
	if s.index == nil {
		return nil
	}
	ok, err := s.index.ready(ctx)
	if err != nil || ok {
		return err
	}
	if claims, err := s.allClaims(ctx); err != nil || len(claims) == 0 {
		if err != nil {
			return err
		}
		return s.index.markReady(ctx) // a new store: nothing to index
	}
	return s.RebuildIndex(ctx)
}

// RebuildIndex builds the claim index again from the quads.
func (s *Store) RebuildIndex(ctx context.Context) error {
	if s.index == nil {
		return nil
	}
	if s.cfg.Progress != nil {
		fmt.Fprintf(s.cfg.Progress, "building the claim index of the %s store (once, for a store written before it existed or after a load was cut short)…\n", s.cfg.Backend)
	}
	if err := s.index.reset(ctx); err != nil {
		return fmt.Errorf("emptying the claim index: %w", err)
	}
	claims, err := s.allClaims(ctx)
	if err != nil {
		return fmt.Errorf("listing the claims to index: %w", err)
	}
	n := 0
	for start := 0; start < len(claims); start += indexChunk {
		var adds []indexEntry
		for _, c := range claims[start:min(start+indexChunk, len(claims))] {
			qs, err := s.subjectQuads(ctx, c)
			if err != nil {
				return fmt.Errorf("reading claim %s to index it: %w", c, err)
			}
			adds = append(adds, indexEntries(qs)...)
		}
		if err := s.index.replace(ctx, nil, adds, ""); err != nil {
			return fmt.Errorf("writing the claim index: %w", err)
		}
		n += len(adds)
	}
	if err := s.index.markReady(ctx); err != nil {
		return fmt.Errorf("writing the claim index: %w", err)
	}
	if s.cfg.Progress != nil {
		fmt.Fprintf(s.cfg.Progress, "claim index built: %d claims, %d entries\n", len(claims), n)
	}
	return nil
}

// indexChunk is how many claims a rebuild writes per transaction.
const indexChunk = 5000

// allClaims lists every node typed schema:Claim.
func (s *Store) allClaims(ctx context.Context) ([]quad.Value, error) {
	cref, err := s.QS.ValueOf(schema.Claim)
	if err != nil || cref == nil {
		return nil, err
	}
	tref, err := s.QS.ValueOf(schema.Type)
	if err != nil || tref == nil {
		return nil, err
	}
	it := s.QS.QuadIterator(quad.Object, cref).Iterate()
	defer it.Close()
	var out []quad.Value
	for it.Next(ctx) {
		q, err := s.QS.Quad(it.Result())
		if err != nil {
			return nil, err
		}
		if q.Predicate == schema.Type {
			out = append(out, q.Subject)
		}
	}
	return out, it.Err()
}

// subjectQuads returns every quad whose subject is v.
func (s *Store) subjectQuads(ctx context.Context, v quad.Value) ([]quad.Quad, error) {
	ref, err := s.QS.ValueOf(v)
	if err != nil || ref == nil {
		return nil, err
	}
	it := s.QS.QuadIterator(quad.Subject, ref).Iterate()
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		q, err := s.QS.Quad(it.Result())
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	return out, it.Err()
}

// checkIndexAfterCrash rebuilds the index when a write whose pending mark
// is in pending did not reach it, and otherwise forgets those writes.
func (s *Store) checkIndexAfterCrash(ctx context.Context, pending []quad.Quad) error {
	if s.index == nil || len(pending) == 0 {
		return nil
	}
	tokens := make([]string, 0, len(pending))
	for _, q := range pending {
		tokens = append(tokens, literal(q.Object))
	}
	missed, err := s.index.missed(ctx, tokens)
	if err != nil {
		return fmt.Errorf("checking the claim index: %w", err)
	}
	if missed {
		return s.RebuildIndex(ctx)
	}
	return nil
}

// forgetWrites drops the index's record of writes whose pending marks a
// recount has removed.
func (s *Store) forgetWrites(ctx context.Context, pending []quad.Quad) error {
	if s.index == nil || len(pending) == 0 {
		return nil
	}
	tokens := make([]string, 0, len(pending))
	for _, q := range pending {
		tokens = append(tokens, literal(q.Object))
	}
	return s.index.forget(ctx, tokens)
}

// sortEntries orders entries of several lists as one list, each claim
// once.
func sortEntries(es []indexEntry) []indexEntry {
	keys := make([]string, len(es))
	idx := make([]int, len(es))
	for i, e := range es {
		keys[i], idx[i] = e.sortKey()+"\x01"+e.Claim, i
	}
	sort.SliceStable(idx, func(a, b int) bool { return keys[idx[a]] < keys[idx[b]] })
	out := make([]indexEntry, 0, len(es))
	seen := make(map[string]bool, len(es))
	for _, i := range idx {
		if e := es[i]; !seen[e.Claim] {
			seen[e.Claim] = true
			out = append(out, e)
		}
	}
	return out
}

// negatedAct is the index's act of a claim whose cue is negated.
const negatedAct = "negated"

// actMatches reports whether a claim of act a is asked for by want: ""
// or "speech" is speech (and claims stored before acts existed), "all"
// is every act, and a comma-separated list names several.
func actMatches(a, want string) bool {
	if a == "" {
		a = "speech"
	}
	want = strings.ToLower(strings.TrimSpace(want))
	if want == "" {
		want = "speech"
	}
	if want == "all" {
		return true
	}
	for _, w := range strings.Split(want, ",") {
		if strings.TrimSpace(w) == a {
			return true
		}
	}
	return false
}
