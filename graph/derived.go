package graph

import (
	"context"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/schema"
)

// RefreshDerived recomputes the derived values (schema.Derived) from the
// whole graph and stores the ones that changed: for every speaker its
// cg:claimCount and cg:articleCount, the rank nodes (schema.RankOf) of
// each type, and every mentioned entity's cg:mentionCount. Queries read
// these instead of counting every claim per request, which costs seconds
// on a large store.
//
// It is a full recount, not an increment, so it is right whatever was
// loaded, replaced or deleted since the last refresh; a speaker no claim
// names any more loses its derived quads. It reads the speaker edges once
// and writes only the differences.
//
// Every write marks the derived values stale in its own transaction
// (schema.Pending). The recount reads those marks first and removes them
// last, after everything it wrote has committed, so that a recount cut
// short (a crash, a kill, Ctrl-C) leaves the store marked stale, and
// the next load, serve or `claimgraph repair` recounts it.
func (s *Store) RefreshDerived(ctx context.Context) error {
	return s.RefreshDerivedWith(ctx, RecountOptions{})
}

// RecountOptions tune RefreshDerivedWith.
type RecountOptions struct {
	// Chunk is the most derived quads written in one transaction
	// (default derivedChunk).
	Chunk int
	// Marks, when set, gets "recounting" before the recount reads
	// anything and "recounted N" after each of its N transactions; the
	// crash tests kill a load at those points.
	Marks io.Writer
}

// RefreshDerivedWith is RefreshDerived with options.
func (s *Store) RefreshDerivedWith(ctx context.Context, o RecountOptions) error {
	if o.Chunk <= 0 {
		o.Chunk = derivedChunk
	}
	tally := s.recountTally()
	if s.pg != nil {
		unlock, err := s.pg.beforeRecount(ctx)
		if err != nil {
			return err
		}
		defer unlock()
	}
	if o.Marks != nil {
		fmt.Fprintln(o.Marks, "recounting")
	}
	// The recount reads the whole store, and would otherwise keep every
	// page of it in RSS.
	defer s.trimWhileReading()()
	// Writes that commit after this read keep their marks, and a later
	// recount counts them.
	pending, err := s.pendingWrites(ctx)
	if err != nil {
		return fmt.Errorf("recounting the derived values: %w", err)
	}
	if err := s.checkIndexAfterCrash(ctx, pending); err != nil {
		return err
	}
	dels, adds, ranked, err := s.recountChanges(ctx, tally)
	if err != nil {
		return fmt.Errorf("recounting the derived values: %w", err)
	}
	// Deletions and additions go in separate transactions: in one,
	// Cayley's kv backend loses most of the additions when the same
	// values (counts, ranks) are both removed and added. Between them a
	// reader may see some speakers without derived values; the pending
	// marks, removed last, make the next recount mend that after a crash.
	done := 0
	for _, step := range []struct {
		qs     []quad.Quad
		remove bool
		marks  bool
	}{{dels, true, false}, {adds, false, false}, {pending, true, true}} {
		if step.marks {
			// The quotation lists follow the derived values, before the
			// marks go: a crash before this leaves them to the next recount.
			if err := s.syncQuotationLists(ctx, ranked); err != nil {
				return err
			}
		}
		for start := 0; start < len(step.qs); start += o.Chunk {
			if err := ctx.Err(); err != nil {
				return fmt.Errorf("recounting the derived values: %w", err)
			}
			if err := s.applyDerived(ctx, step.qs[start:min(start+o.Chunk, len(step.qs))], step.remove); err != nil {
				return fmt.Errorf("writing the derived values to the %s store: %w", s.cfg.Backend, err)
			}
			if done++; o.Marks != nil {
				fmt.Fprintf(o.Marks, "recounted %d\n", done)
			}
		}
	}
	if err := s.forgetWrites(ctx, pending); err != nil {
		return fmt.Errorf("recounting the derived values: %w", err)
	}
	if s.pg != nil && done > 0 {
		return s.pg.resetCounts()
	}
	return nil
}

// derivedChanges recounts the derived values and returns the stored ones
// that are no longer right and the ones to add. With a tally it reads
// the speaker edges and the rest from it instead of every quad.
func (s *Store) derivedChanges(ctx context.Context, tally *derivedTally) (dels, adds []quad.Quad, ranked []indexEntry, err error) {
	var sc derivedScan
	if tally != nil {
		sc = tally.scan()
	} else if sc, err = s.scanForDerived(ctx); err != nil {
		return nil, nil, nil, err
	}
	want, err := s.derivedQuads(ctx, sc.edges, sc.notSpeech)
	if err != nil {
		return nil, nil, nil, err
	}
	qs, ranked, err := s.quotationQuads(ctx, sc.links)
	if err != nil {
		return nil, nil, nil, err
	}
	want = append(want, qs...)
	for _, m := range sc.mentions {
		v, err := s.QS.NameOf(m.ref)
		if err != nil {
			return nil, nil, nil, err
		}
		if v != nil {
			want = append(want, quad.Quad{Subject: v, Predicate: schema.MentionCount, Object: quad.Int(m.n), Label: schema.Derived})
		}
	}
	old := make(map[quad.Quad]struct{}, len(sc.old))
	for _, r := range sc.old {
		q, err := s.QS.Quad(r)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("reading the stored derived values: %w", err)
		}
		if q.Subject == schema.Pending {
			continue // removed at the end, by RefreshDerivedWith
		}
		q.Label = schema.Derived
		old[q] = struct{}{}
	}
	keep := make(map[quad.Quad]struct{}, len(want))
	for _, q := range want {
		keep[q] = struct{}{}
	}
	for q := range old {
		if _, ok := keep[q]; !ok {
			dels = append(dels, q)
		}
	}
	for _, q := range want {
		if _, ok := old[q]; !ok {
			adds = append(adds, q)
		}
	}
	return dels, inOrder(adds), ranked, nil
}

// inOrder sorts quads by their N-Quads text. The derived values come
// out of map iterations in no fixed order, and a quad's id in a bolt
// store is its place among a transaction's additions: sorted, the same
// graph written twice gives the same store, byte for byte (the direct
// kv writer's test compares stores so).
func inOrder(qs []quad.Quad) []quad.Quad {
	keys := make([]string, len(qs))
	for i, q := range qs {
		keys[i] = q.NQuad()
	}
	sort.Sort(byKey{keys, qs})
	return qs
}

type byKey struct {
	keys []string
	qs   []quad.Quad
}

func (b byKey) Len() int           { return len(b.keys) }
func (b byKey) Less(i, j int) bool { return b.keys[i] < b.keys[j] }
func (b byKey) Swap(i, j int) {
	b.keys[i], b.keys[j] = b.keys[j], b.keys[i]
	b.qs[i], b.qs[j] = b.qs[j], b.qs[i]
}

// applyDerived removes or adds derived quads in one transaction. In
// chunks: on a first recount of a large store the additions are hundreds
// of thousands of quads, and one bolt transaction holds all its dirty
// pages in memory until it commits (1.2 GB of heap for the 106k-article
// store in one transaction); on PostgreSQL, Cayley's writer would send
// one INSERT per row (37 s of a 2-minute load of BBC and Reuters went to
// the recount), so ours writes them.
func (s *Store) applyDerived(ctx context.Context, qs []quad.Quad, remove bool) error {
	if s.pg != nil {
		return s.pg.applyChunk(ctx, qs, remove)
	}
	defer s.trimIfMapped()
	if s.kv != nil && !remove {
		// Additions take the direct kv writer, as a load's do: Cayley's
		// writer spent half of a BBC load's recount on hidalgo's
		// look-ups. Without its key filter (dropped for the recount) the
		// writer reads every key, as Cayley's does without bloom filters.
		deltas := make([]cgraph.Delta, len(qs))
		for i, q := range qs {
			deltas[i] = cgraph.Delta{Quad: q, Action: cgraph.Add}
		}
		return s.kv.write(deltas, nil, nil)
	}
	tx := cgraph.NewTransaction()
	for _, q := range qs {
		if remove {
			tx.RemoveQuad(q)
		} else {
			tx.AddQuad(q)
		}
	}
	return s.applyCayley(tx)
}

// derivedChunk is the most derived quads written in one transaction, as
// many as a load's batch.
const derivedChunk = 10000

// pendingQuad is a new pending-write mark (schema.Pending): unique, so
// that a recount removes only the marks it read, and labelled Derived,
// so that it belongs to no article.
func (s *Store) pendingQuad() quad.Quad {
	n := s.writes.Add(1)
	token := fmt.Sprintf("%s pid %d write %d", s.opened.UTC().Format(time.RFC3339Nano), os.Getpid(), n)
	return quad.Quad{Subject: schema.Pending, Predicate: schema.PendingWrite, Object: quad.String(token), Label: schema.Derived}
}

// pendingWrites returns the pending-write marks in the store.
func (s *Store) pendingWrites(ctx context.Context) ([]quad.Quad, error) {
	out, err := s.subjectQuads(ctx, schema.Pending)
	for i := range out {
		out[i].Label = schema.Derived // see scanForDerived on labels read back from bolt
	}
	return out, err
}

// DerivedStale reports whether some write is not counted in the derived
// values yet: a load was stopped before its recount ended, or is still
// running.
func (s *Store) DerivedStale(ctx context.Context) (bool, error) {
	p, err := s.pendingWrites(ctx)
	if err != nil {
		return false, fmt.Errorf("checking whether the derived values are up to date: %w", err)
	}
	return len(p) > 0, nil
}

type speakerTally struct {
	ref      cgraph.Ref
	iri      quad.Value
	typ      string
	name     quad.Value
	claims   int
	articles map[any]struct{}
}

// derivedQuads computes the derived quads the graph should hold now.
// It reads the speaker edges once through the predicate index and works
// on store references, resolving values only for speakers and classes.
// A claim's speaker quad is labelled with its article (schema.Bundle), so
// the label counts articles without following schema:appearance.
func (s *Store) derivedQuads(ctx context.Context, edges []speakerEdge, notSpeech map[any]bool) ([]quad.Quad, error) {
	speakerOf := map[any]*speakerTally{} // by speaker ref key
	appRef, err := s.QS.ValueOf(schema.Appearance)
	if err != nil {
		return nil, err
	}
	for _, e := range edges {
		if notSpeech[refs.ToKey(e.claim)] {
			continue
		}
		sp, art := e.speaker, e.article
		if art == nil && appRef != nil {
			if art, err = s.objectOf(ctx, e.claim, appRef); err != nil {
				return nil, err
			}
		}
		k := refs.ToKey(sp)
		t := speakerOf[k]
		if t == nil {
			t = &speakerTally{ref: sp, articles: map[any]struct{}{}}
			speakerOf[k] = t
		}
		t.claims++
		if art != nil {
			t.articles[refs.ToKey(art)] = struct{}{}
		}
	}
	if len(speakerOf) == 0 {
		return nil, nil
	}
	typeRef, err := s.QS.ValueOf(schema.Type)
	if err != nil {
		return nil, err
	}
	nameRef, err := s.QS.ValueOf(schema.Name)
	if err != nil {
		return nil, err
	}
	classes := map[any]string{}
	all := make([]*speakerTally, 0, len(speakerOf))
	for _, t := range speakerOf {
		if t.iri, err = s.QS.NameOf(t.ref); err != nil {
			return nil, err
		}
		if t.typ, t.name, err = s.typeAndName(ctx, t.ref, typeRef, nameRef, classes); err != nil {
			return nil, err
		}
		all = append(all, t)
	}
	sort.Slice(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if a.claims != b.claims {
			return a.claims > b.claims
		}
		return a.iri.String() < b.iri.String()
	})
	rank := map[string]int{}
	out := make([]quad.Quad, 0, 7*len(all))
	for _, t := range all {
		rank[t.typ]++
		r := schema.RankIRI(localName(t.typ), rank[t.typ])
		claims, arts := quad.Int(t.claims), quad.Int(len(t.articles))
		out = append(out,
			quad.Quad{Subject: t.iri, Predicate: schema.Claims, Object: claims, Label: schema.Derived},
			quad.Quad{Subject: t.iri, Predicate: schema.ArticleCount, Object: arts, Label: schema.Derived},
			quad.Quad{Subject: r, Predicate: schema.RankOf, Object: t.iri, Label: schema.Derived},
			quad.Quad{Subject: r, Predicate: schema.Claims, Object: claims, Label: schema.Derived},
			quad.Quad{Subject: r, Predicate: schema.ArticleCount, Object: arts, Label: schema.Derived},
		)
		if t.name != nil {
			out = append(out, quad.Quad{Subject: r, Predicate: schema.Label, Object: t.name, Label: schema.Derived})
		}
	}
	return out, nil
}

type speakerEdge struct{ claim, speaker, article cgraph.Ref }

type mentionTally struct {
	ref cgraph.Ref
	n   int
}

// derivedScan is what one pass over every quad finds for RefreshDerived.
type derivedScan struct {
	edges    []speakerEdge
	mentions map[any]*mentionTally // by entity ref key
	old      []cgraph.Ref          // the quads labelled schema.Derived
	links    []quoteEdge           // the cg:quotation edges
	// notSpeech holds the claims whose cg:act is not speech (by ref
	// key): the counts are of speech, as the stored queries list it by
	// default, so that a count equals the rows its listing reaches.
	notSpeech map[any]bool
}

// scanForDerived reads every quad once, keeping the cg:speaker edges,
// the schema:mentions counts and the derived quads. Cayley's kv backends index quads by subject and by
// object only, so a predicate or a label is found by a full scan anyway;
// one scan serves both (about 15 s on an 8.7M-quad bolt store).
//
// The article of a speaker edge is the quad's label. A quad written by a
// replace can come back from bolt without its label (the kv primitive
// has Label 0 though the article's label lookup finds it); its article
// is then the claim's schema:appearance, looked up by derivedQuads.
func (s *Store) scanForDerived(ctx context.Context) (derivedScan, error) {
	sc := derivedScan{mentions: map[any]*mentionTally{}, notSpeech: map[any]bool{}}
	k, err := s.derivedKeys()
	if err != nil {
		return sc, err
	}
	if k.speaker == nil && k.derived == nil && k.mentions == nil {
		return sc, nil
	}
	it := s.QS.QuadsAllIterator().Iterate()
	defer it.Close()
	for it.Next(ctx) {
		if err := s.scanQuad(&sc, k, it.Result()); err != nil {
			return sc, err
		}
	}
	return sc, it.Err()
}

// derivedKeys are the keys of the values scanForDerived looks for, each
// nil when the store does not hold the value.
type derivedKeys struct {
	act, neg, speaker, mentions, derived, quotationOf any
	speech                                            map[any]bool
}

func (s *Store) derivedKeys() (derivedKeys, error) {
	var k derivedKeys
	var err error
	if k.act, k.speech, err = s.actKeys(); err != nil {
		return k, err
	}
	for _, x := range []struct {
		v   quad.Value
		key *any
	}{
		{schema.Negated, &k.neg}, {schema.Speaker, &k.speaker}, {schema.Mentions, &k.mentions},
		{schema.Derived, &k.derived}, {schema.QuotationOf, &k.quotationOf},
	} {
		if *x.key, err = s.keyOf(x.v); err != nil {
			return k, err
		}
	}
	return k, nil
}

// scanQuad notes what quad q adds to sc: a derived quad to replace, a
// quotation link, a mention, a claim that is not speech, or a speaker
// edge.
func (s *Store) scanQuad(sc *derivedScan, k derivedKeys, q cgraph.Ref) error {
	if k.derived != nil {
		l, err := s.QS.QuadDirection(q, quad.Label)
		if err != nil {
			return err
		}
		if l != nil && refs.ToKey(l) == k.derived {
			sc.old = append(sc.old, q)
			return nil
		}
	}
	p, err := s.QS.QuadDirection(q, quad.Predicate)
	if err != nil || p == nil {
		return err
	}
	switch pk := refs.ToKey(p); {
	case k.quotationOf != nil && pk == k.quotationOf:
		return s.addQuoteEdge(sc, q)
	case k.mentions != nil && pk == k.mentions:
		return s.countMention(sc, q)
	case k.act != nil && pk == k.act:
		return s.noteAct(q, k.speech, sc.notSpeech)
	case k.neg != nil && pk == k.neg:
		// A negated cue ("did not reveal") is no claim of speech.
		return s.noteAct(q, nil, sc.notSpeech)
	case k.speaker != nil && pk == k.speaker:
		return s.addSpeakerEdge(sc, q)
	}
	return nil
}

// countMention counts a schema:mentions quad for its object.
func (s *Store) countMention(sc *derivedScan, q cgraph.Ref) error {
	o, err := s.QS.QuadDirection(q, quad.Object)
	if err != nil {
		return err
	}
	ok := refs.ToKey(o)
	m := sc.mentions[ok]
	if m == nil {
		m = &mentionTally{ref: o}
		sc.mentions[ok] = m
	}
	m.n++
	return nil
}

// addSpeakerEdge keeps a cg:speaker quad as a claim, its speaker and its
// article (the quad's label).
func (s *Store) addSpeakerEdge(sc *derivedScan, q cgraph.Ref) error {
	var e speakerEdge
	var err error
	if e.claim, err = s.QS.QuadDirection(q, quad.Subject); err != nil {
		return err
	}
	if e.speaker, err = s.QS.QuadDirection(q, quad.Object); err != nil {
		return err
	}
	if e.article, err = s.QS.QuadDirection(q, quad.Label); err != nil {
		return err
	}
	sc.edges = append(sc.edges, e)
	return nil
}

// objectOf is the object of node's first quad with predicate pred, or nil.
func (s *Store) objectOf(ctx context.Context, node, pred cgraph.Ref) (cgraph.Ref, error) {
	it := s.QS.QuadIterator(quad.Subject, node).Iterate()
	defer it.Close()
	pk := refs.ToKey(pred)
	for it.Next(ctx) {
		p, err := s.QS.QuadDirection(it.Result(), quad.Predicate)
		if err != nil {
			return nil, err
		}
		if p != nil && refs.ToKey(p) == pk {
			return s.QS.QuadDirection(it.Result(), quad.Object)
		}
	}
	return nil, it.Err()
}

// localName is the last segment of a class IRI ("Person"), or "Thing"
// for a speaker without a type.
func localName(class string) string {
	class = strings.TrimSuffix(strings.TrimPrefix(class, "<"), ">")
	if i := strings.LastIndexAny(class, "/#"); i >= 0 {
		class = class[i+1:]
	}
	if class == "" {
		return "Thing"
	}
	return class
}

// typeAndName reads a speaker's least rdf:type IRI (it is ranked among
// the speakers of that type; "" when it has none) and its least
// schema:name. classes caches the classes' names by reference.
func (s *Store) typeAndName(ctx context.Context, node, typeRef, nameRef cgraph.Ref, classes map[any]string) (string, quad.Value, error) {
	var tk, nk any
	if typeRef != nil {
		tk = refs.ToKey(typeRef)
	}
	if nameRef != nil {
		nk = refs.ToKey(nameRef)
	}
	it := s.QS.QuadIterator(quad.Subject, node).Iterate()
	defer it.Close()
	best := ""
	var name quad.Value
	for it.Next(ctx) {
		q := it.Result()
		p, err := s.QS.QuadDirection(q, quad.Predicate)
		if err != nil {
			return "", nil, err
		}
		if p == nil {
			continue
		}
		pk := refs.ToKey(p)
		if pk != tk && pk != nk {
			continue
		}
		o, err := s.QS.QuadDirection(q, quad.Object)
		if err != nil || o == nil {
			return "", nil, err
		}
		if pk == nk {
			v, err := s.QS.NameOf(o)
			if err != nil {
				return "", nil, err
			}
			if v != nil && (name == nil || v.String() < name.String()) {
				name = v
			}
			continue
		}
		ck := refs.ToKey(o)
		cname, ok := classes[ck]
		if !ok {
			v, err := s.QS.NameOf(o)
			if err != nil {
				return "", nil, err
			}
			if v != nil {
				cname = v.String()
			}
			classes[ck] = cname
		}
		if best == "" || cname < best {
			best = cname
		}
	}
	return best, name, it.Err()
}

// RefreshDerivedOf refreshes the derived values of the store w writes to:
// a local store recounts them itself (with o), a *Client asks its server
// to.
func RefreshDerivedOf(ctx context.Context, w Writer, o RecountOptions) error {
	switch st := w.(type) {
	case *Store:
		return st.RefreshDerivedWith(ctx, o)
	case *Client:
		return st.RefreshDerived(ctx)
	}
	return nil
}

// DerivedStaleOf reports whether the derived values of the store w writes
// to miss some write; a *Client asks its server.
func DerivedStaleOf(ctx context.Context, w Writer) (bool, error) {
	switch st := w.(type) {
	case *Store:
		return st.DerivedStale(ctx)
	case *Client:
		return st.DerivedStale(ctx)
	}
	return false, nil
}

// speechActs are the cg:act values that count as speech: "speech" and
// "" (claims stored before acts count as speech).
func speechActs() [2]quad.String { return [2]quad.String{"speech", ""} }

// actKeys are the ref keys of cg:act and of the speechActs.
func (s *Store) actKeys() (act any, speech map[any]bool, err error) {
	a, err := s.QS.ValueOf(schema.Act)
	if err != nil || a == nil {
		return nil, nil, err
	}
	speech = map[any]bool{}
	for _, v := range speechActs() {
		r, err := s.QS.ValueOf(v)
		if err != nil {
			return nil, nil, err
		}
		if r != nil {
			speech[refs.ToKey(r)] = true
		}
	}
	return refs.ToKey(a), speech, nil
}

// keyOf is the ref key of a value in the store, nil when it is absent.
func (s *Store) keyOf(v quad.Value) (any, error) {
	r, err := s.QS.ValueOf(v)
	if err != nil || r == nil {
		return nil, err
	}
	return refs.ToKey(r), nil
}

// noteAct records the claim of a cg:act quad in notSpeech unless its act
// counts as speech (a cg:negated quad, with speech nil, always).
func (s *Store) noteAct(q cgraph.Ref, speech map[any]bool, notSpeech map[any]bool) error {
	o, err := s.QS.QuadDirection(q, quad.Object)
	if err != nil || o == nil || speech[refs.ToKey(o)] {
		return err
	}
	c, err := s.QS.QuadDirection(q, quad.Subject)
	if err != nil || c == nil {
		return err
	}
	notSpeech[refs.ToKey(c)] = true
	return nil
}
