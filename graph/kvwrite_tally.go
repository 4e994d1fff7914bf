package graph

import (
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/refs"

	"github.com/claimgraph/claimgraph/schema"
)

// derivedTally is what the recount's scan of every quad (scanForDerived)
// would find, noted by the direct kv writer as it adds the quads, so
// that the recount at the end of a load into an empty store need not
// read the store again (a fifth of a BBC load's recount).
//
// It holds node ids, not Cayley refs: it lives through the whole load,
// beside the key filter, and an id is 8 bytes where a ref in an
// interface is 24. The recount turns it into a derivedScan (scan).
//
// It is right only while every quad in the store went through the
// writer that noted it, and none was removed: the writer starts one
// only on a store with no node or quad yet, Cayley's writer (removals,
// the two-step replace, bloom filters) ends it for good, and so does a
// write that fails, since what it noted did not commit.
type derivedTally struct {
	edges    [][3]uint64 // claim, speaker, article (0: no label)
	links    [][2]uint64 // claim, quotation
	mentions map[uint64]int
	// notSpeech: claims whose act is not speech, or negated.
	notSpeech map[uint64]bool
	old       []*cproto.Primitive // quads labelled schema.Derived
}

func newDerivedTally() *derivedTally {
	return &derivedTally{mentions: map[uint64]int{}, notSpeech: map[uint64]bool{}}
}

// tallyHashes are the hashes of the values the tally looks for, as a
// quad's hashes name them.
type tallyHashes struct {
	derived, quotationOf, mentions, act, neg, speaker refs.ValueHash
	speech                                            [2]refs.ValueHash
}

func newTallyHashes() tallyHashes {
	return tallyHashes{
		derived: refs.HashOf(schema.Derived), quotationOf: refs.HashOf(schema.QuotationOf),
		mentions: refs.HashOf(schema.Mentions), act: refs.HashOf(schema.Act),
		neg: refs.HashOf(schema.Negated), speaker: refs.HashOf(schema.Speaker),
		speech: [2]refs.ValueHash{refs.HashOf(speechActs()[0]), refs.HashOf(speechActs()[1])},
	}
}

// note records a quad added with the ids in p, in the same cases and
// order as scanQuad.
func (t *derivedTally) note(h *tallyHashes, q refs.QuadHash, p *cproto.Primitive) {
	if q.Label == h.derived {
		t.old = append(t.old, p)
		return
	}
	switch q.Predicate {
	case h.quotationOf:
		t.links = append(t.links, [2]uint64{p.Subject, p.Object})
	case h.mentions:
		t.mentions[p.Object]++
	case h.act:
		if q.Object != h.speech[0] && q.Object != h.speech[1] {
			t.notSpeech[p.Subject] = true
		}
	case h.neg:
		t.notSpeech[p.Subject] = true
	case h.speaker:
		t.edges = append(t.edges, [3]uint64{p.Subject, p.Object, p.Label})
	}
}

// merge adds what one committed transaction noted.
func (t *derivedTally) merge(o *derivedTally) {
	t.edges = append(t.edges, o.edges...)
	t.links = append(t.links, o.links...)
	t.old = append(t.old, o.old...)
	for k, n := range o.mentions {
		t.mentions[k] += n
	}
	for k := range o.notSpeech {
		t.notSpeech[k] = true
	}
}

// scan is the tally as scanForDerived returns its findings, with the
// store's refs. It empties the tally, so that its memory is not held
// beside the recount's maps.
func (t *derivedTally) scan() derivedScan {
	defer func() { *t = derivedTally{} }()
	sc := derivedScan{
		edges:     make([]speakerEdge, 0, len(t.edges)),
		links:     make([]quoteEdge, 0, len(t.links)),
		mentions:  make(map[any]*mentionTally, len(t.mentions)),
		notSpeech: make(map[any]bool, len(t.notSpeech)),
	}
	for _, e := range t.edges {
		sc.edges = append(sc.edges, speakerEdge{claim: kv.Int64Value(e[0]), speaker: kv.Int64Value(e[1])})
		if e[2] != 0 {
			sc.edges[len(sc.edges)-1].article = kv.Int64Value(e[2])
		}
	}
	for _, l := range t.links {
		sc.links = append(sc.links, quoteEdge{claim: kv.Int64Value(l[0]), quotation: kv.Int64Value(l[1])})
	}
	for id, n := range t.mentions {
		sc.mentions[kv.Int64Value(id)] = &mentionTally{ref: kv.Int64Value(id), n: n}
	}
	for id := range t.notSpeech {
		sc.notSpeech[kv.Int64Value(id)] = true
	}
	sc.old = make([]cgraph.Ref, len(t.old))
	for i, p := range t.old {
		sc.old[i] = p
	}
	return sc
}

// takeTally hands the recount the tally of a load that started on an
// empty store, or nil when the store must be scanned; either way the
// writer notes nothing more.
func (w *kvWriter) takeTally() *derivedTally {
	w.mu.Lock()
	defer w.mu.Unlock()
	t := w.tally
	w.endTally()
	return t
}

// endTally stops the tally for good (w.mu held, or no write running).
func (w *kvWriter) endTally() {
	w.tally, w.tallyOff = nil, true
}

// stopTally is endTally for callers that do not hold w.mu: Cayley's
// writer is about to change the store behind the tally's back.
func (w *kvWriter) stopTally() {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.endTally()
}

// recountTally takes, for a recount, the tally of a load that started on
// an empty store (nil: scan the store), and drops the writer's key
// filter, so that it is not held beside the recount's own maps.
func (s *Store) recountTally() *derivedTally {
	if s.kv == nil {
		return nil
	}
	t := s.kv.takeTally()
	s.kv.drop()
	return t
}
