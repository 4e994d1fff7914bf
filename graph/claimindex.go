package graph

import (
	"bytes"
	"container/heap"
	"context"
	"fmt"
	"sort"
	"strings"

	boltdb "github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
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
	// Extra is what a list keeps beside the claim (claimindex_lists.go):
	// a claim's stance and speaker, a non-comment's topic.
	Extra string
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
	// words calls fn with the quotations of one word of the word index
	// (claimindex_quotes.go), until fn returns false; hasWord reports
	// which of quotations the word has.
	words(ctx context.Context, word string, fn func(quotation string) bool) error
	hasWord(ctx context.Context, word string, quotations []string) (map[string]bool, error)
	// quotationKeys calls fn with every quotation key of the word index
	// and its quotation (quoteID's form), until fn returns false.
	quotationKeys(ctx context.Context, fn func(key, quotation string) bool) error
	// sync makes the lists of the given kinds, which no article owns,
	// hold exactly want: it removes the others and adds what is missing.
	sync(ctx context.Context, kinds []string, want []indexEntry) error
	// merge calls fn for the entries of several lists as one list in
	// sortKey order, each list from its first entry dated from or later,
	// passing over the same claim in two lists, until fn returns false.
	// While light returns true, fn gets the entries' act, claim and
	// extra only (counting past a page needs no more).
	merge(ctx context.Context, lists [][2]string, from string, light func() bool, fn func(indexEntry) bool) error
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
	affil    []string // cg:speakerAffiliation
	lemma    string
	text     string // cg:speakerText
	// quotation is the claim's cg:quotation, quoteText its schema:text
	// (its words go in the word index).
	quotation, quoteText string
}

// indexEntries turns an article's quads into its index entries: the
// claim lists (speaker, about, all) and the lists of the other paged
// queries (claimindex_lists.go).
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
	a := readArticle(qs)
	var out []indexEntry
	for _, c := range order {
		out = append(out, claims[c].entries(c.String(), a)...)
	}
	return append(out, a.entries(claims, order)...)
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
	case schema.SpeakerAffiliation:
		f.affil = append(f.affil, q.Object.String())
	case schema.CueLemma:
		f.lemma = literal(q.Object)
	case schema.SpeakerText:
		f.text = literal(q.Object)
	case schema.QuotationOf:
		f.quotation = q.Object.String()
	case schema.Text:
		f.quoteText = literal(q.Object)
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
// per speaker, one per thing it is about (with its stance and speaker,
// for conflicting), one per speaker affiliation, one per type of event
// it is about, and for a denial one per thing it is about and one in the
// list of all denials.
func (f *claimFacts) entries(claim string, a *articleFacts) []indexEntry {
	if !f.isClaim || f.article == "" {
		return nil
	}
	act := f.act
	if f.negated {
		// "did not reveal": listed with act=negated or all, never as speech.
		act = negatedAct
	}
	e := indexEntry{Kind: byAll, Date: f.date, Article: f.article, Seq: f.seq, Claim: claim, Act: act}
	out := append([]indexEntry{e}, f.quotationEntries(claim, e)...)
	for _, sp := range uniqStrings(f.speakers) {
		e.Kind, e.Node = bySpeaker, sp
		out = append(out, e)
	}
	st, who := f.stance(), f.who()
	about := uniqStrings(f.about)
	var types []string
	for _, n := range about {
		e.Kind, e.Node, e.Extra = byAbout, n, st+extraSep+who
		out = append(out, e)
		types = append(types, a.eventType[n]...)
		if st == stanceDeny {
			e.Kind, e.Extra = byDenial, who
			out = append(out, e)
		}
	}
	e.Extra = ""
	for _, t := range uniqStrings(types) {
		if t == "" {
			continue
		}
		e.Kind, e.Node = byEventType, t
		out = append(out, e)
	}
	for _, o := range uniqStrings(f.affil) {
		e.Kind, e.Node = byAffiliation, o
		out = append(out, e)
	}
	if st == stanceDeny && len(about) > 0 {
		e.Kind, e.Node, e.Extra = allDenials, "", strings.Join(append([]string{who}, about...), extraSep)
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
	arts, adds := batchEntries(batch)
	if err := s.index.replace(ctx, arts, adds, token); err != nil {
		return fmt.Errorf("updating the claim index (`claimgraph repair` rebuilds it): %w", err)
	}
	return nil
}

// indexBatchIn returns indexBatch as a step of a bolt transaction (nil
// off bolt), for the direct kv writer to run before it commits.
func (s *Store) indexBatchIn(batch []schema.Bundle, token string) func(*boltdb.Tx) error {
	bi, ok := s.index.(boltIndex)
	if !ok {
		return nil
	}
	arts, adds := batchEntries(batch)
	return func(tx *boltdb.Tx) error {
		if err := bi.replaceIn(tx, arts, adds, token); err != nil {
			return fmt.Errorf("updating the claim index: %w", err)
		}
		return nil
	}
}

// batchEntries is the batch's articles and their claim index entries.
func batchEntries(batch []schema.Bundle) (arts []string, adds []indexEntry) {
	arts = make([]string, 0, len(batch))
	for _, b := range batch {
		arts = append(arts, b.Article.String())
		adds = append(adds, indexEntries(b.Owned)...)
		adds = append(adds, quotationKeyEntries(&b)...)
	}
	return arts, adds
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
	if any, err := s.anyArticle(ctx); err != nil || !any {
		if err != nil {
			return err
		}
		return s.index.markReady(ctx) // a new store: nothing to index
	}
	return s.RebuildIndex(ctx)
}

// RebuildIndex builds the claim index again from the quads, an article
// at a time: the quads labelled with it (the label index) are what the
// writer indexed when it wrote the article.
func (s *Store) RebuildIndex(ctx context.Context) error {
	if s.index == nil {
		return nil
	}
	if s.cfg.Progress != nil {
		fmt.Fprintf(s.cfg.Progress, "building the claim index of the %s store (once, for a store written before this version of it or after a load was cut short)…\n", s.cfg.Backend)
	}
	// It reads every article's quads: without trims the whole file
	// would stay mapped in RSS (3.4 GB at 106k articles).
	// The timer alone is late on a busy machine (1.14 GB at 106k beside
	// another load), so the loop below also looks every few articles.
	defer s.trimWhileReading()()
	pace := s.trimOver(trimAbove)
	if err := s.index.reset(ctx); err != nil {
		return fmt.Errorf("emptying the claim index: %w", err)
	}
	arts, err := s.typed(ctx, schema.NewsArticle)
	if err != nil {
		return fmt.Errorf("listing the articles to index: %w", err)
	}
	preds, err := s.indexedPredicates()
	if err != nil {
		return fmt.Errorf("reading the predicates to index: %w", err)
	}
	n, claims := 0, 0
	for start := 0; start < len(arts); start += indexChunk {
		var adds []indexEntry
		for i, a := range arts[start:min(start+indexChunk, len(arts))] {
			if i%16 == 15 {
				pace()
			}
			qs, err := s.labelQuads(ctx, a, preds)
			if err != nil {
				return fmt.Errorf("reading article %s to index it: %w", a, err)
			}
			es := indexEntries(qs)
			for _, e := range es {
				if e.Kind == byAll {
					claims++
				}
			}
			adds = append(adds, es...)
		}
		if err := s.index.replace(ctx, nil, adds, ""); err != nil {
			return fmt.Errorf("writing the claim index: %w", err)
		}
		n += len(adds)
		if s.cfg.Progress != nil && len(arts) > indexChunk {
			fmt.Fprintf(s.cfg.Progress, "  %d of %d articles\n", min(start+indexChunk, len(arts)), len(arts))
		}
	}
	if err := s.rebuildQuotationKeys(ctx); err != nil {
		return err
	}
	if err := s.rebuildQuotationLists(ctx); err != nil {
		return err
	}
	if err := s.index.markReady(ctx); err != nil {
		return fmt.Errorf("writing the claim index: %w", err)
	}
	if s.cfg.Progress != nil {
		fmt.Fprintf(s.cfg.Progress, "claim index built: %d articles, %d claims, %d entries\n", len(arts), claims, n)
	}
	return nil
}

// indexChunk is how many articles a rebuild writes per transaction.
const indexChunk = 1000

// anyArticle reports whether the store holds an article.
func (s *Store) anyArticle(ctx context.Context) (bool, error) {
	ref, err := s.QS.ValueOf(schema.NewsArticle)
	if err != nil || ref == nil {
		return false, err
	}
	it := s.QS.QuadIterator(quad.Object, ref).Iterate()
	defer it.Close()
	return it.Next(ctx), it.Err()
}

// typed lists every node of a type.
func (s *Store) typed(ctx context.Context, class quad.IRI) ([]quad.Value, error) {
	cref, err := s.QS.ValueOf(class)
	if err != nil || cref == nil {
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

// labelQuads returns the quads labelled with v (an article's own) whose
// predicate the index reads: an article's body and a claim's text and
// offsets are passed over before their values are read (half a
// rebuild's time).
func (s *Store) labelQuads(ctx context.Context, v quad.Value, preds map[any]quad.IRI) ([]quad.Quad, error) {
	ref, err := s.QS.ValueOf(v)
	if err != nil || ref == nil {
		return nil, err
	}
	it := s.QS.QuadIterator(quad.Label, ref).Iterate()
	defer it.Close()
	// A claim's IRI is the subject of a dozen quads: each value is read
	// once.
	names := map[any]quad.Value{}
	name := func(r cgraph.Ref) (quad.Value, error) {
		if n, ok := names[r.Key()]; ok {
			return n, nil
		}
		n, err := s.QS.NameOf(r)
		names[r.Key()] = n
		return n, err
	}
	var out []quad.Quad
	for it.Next(ctx) {
		p, err := s.QS.QuadDirection(it.Result(), quad.Predicate)
		if err != nil {
			return nil, err
		}
		pred, ok := preds[p.Key()]
		if p == nil || !ok {
			continue
		}
		q := quad.Quad{Predicate: pred, Label: v}
		for _, d := range []quad.Direction{quad.Subject, quad.Object} {
			r, err := s.QS.QuadDirection(it.Result(), d)
			if err != nil {
				return nil, err
			}
			n, err := name(r)
			if err != nil {
				return nil, err
			}
			q.Set(d, n)
		}
		out = append(out, q)
	}
	return out, it.Err()
}

// indexedPredicates are the keys of the predicates indexEntries reads.
func (s *Store) indexedPredicates() (map[any]quad.IRI, error) {
	out := map[any]quad.IRI{}
	for _, p := range []quad.IRI{schema.Type, schema.Speaker, schema.About, schema.DatePublished, schema.Appearance,
		schema.Seq, schema.Act, schema.Negated, schema.SpeakerAffiliation, schema.CueLemma, schema.SpeakerText,
		schema.Mentions, schema.Affiliation, schema.MemberOf, schema.EventType, schema.Name, schema.Who, schema.Topic,
		schema.QuotationOf, schema.Text} {
		ref, err := s.QS.ValueOf(p)
		if err != nil {
			return nil, err
		}
		if ref != nil {
			out[ref.Key()] = p
		}
	}
	return out, nil
}

// subjectQuads returns every quad whose subject is v.
func (s *Store) subjectQuads(ctx context.Context, v quad.Value) ([]quad.Quad, error) {
	return s.quadsBy(ctx, quad.Subject, v)
}

// quadsBy returns every quad with v in direction d.
func (s *Store) quadsBy(ctx context.Context, d quad.Direction, v quad.Value) ([]quad.Quad, error) {
	ref, err := s.QS.ValueOf(v)
	if err != nil || ref == nil {
		return nil, err
	}
	it := s.QS.QuadIterator(d, ref).Iterate()
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

// sortEntries orders entries of several lists as one list, by sort key
// and then claim (runMerge passes over repeats).
func sortEntries(es []indexEntry) []indexEntry {
	keys := make([]string, len(es))
	for i, e := range es {
		keys[i] = e.sortKey() + "\x01" + e.Claim
	}
	idx := make([]int, len(es))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return keys[idx[a]] < keys[idx[b]] })
	out := make([]indexEntry, len(es))
	for i, j := range idx {
		out[i] = es[j]
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

// listCursor is one list of a merge, positioned on an entry.
type listCursor interface {
	key() []byte // the entry's sort key
	entry() indexEntry
	lightEntry() indexEntry // act, claim and extra
	next() bool             // moves on; false at the end of the list
}

// mergeHeap orders cursors by their entries' sort keys.
type mergeHeap []listCursor

func (h mergeHeap) Len() int           { return len(h) }
func (h mergeHeap) Less(i, j int) bool { return bytes.Compare(h[i].key(), h[j].key()) < 0 }
func (h mergeHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *mergeHeap) Push(x any)        { *h = append(*h, x.(listCursor)) }
func (h *mergeHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// runMerge calls fn with the cursors' entries in sort-key order until fn
// returns false. An entry whose sort key and claim equal the one before
// (the same claim in two of the lists) is passed over.
func runMerge(ctx context.Context, h *mergeHeap, light func() bool, fn func(indexEntry) bool) error {
	heap.Init(h)
	var lastKey []byte
	lastClaim := ""
	for n := 0; h.Len() > 0; n++ {
		if n%4096 == 4095 && ctx.Err() != nil {
			return ctx.Err()
		}
		c := (*h)[0]
		var e indexEntry
		if light != nil && light() {
			e = c.lightEntry()
		} else {
			e = c.entry()
		}
		if !bytes.Equal(c.key(), lastKey) || e.Claim != lastClaim {
			lastKey, lastClaim = append(lastKey[:0], c.key()...), e.Claim
			if !fn(e) {
				return nil
			}
		}
		if c.next() {
			heap.Fix(h, 0)
		} else {
			heap.Pop(h)
		}
	}
	return nil
}
