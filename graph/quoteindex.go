package graph

import (
	"context"
	"fmt"
	"sync"

	"github.com/cayleygraph/quad"

	"github.com/claimgraph/claimgraph/graph/quotation"
)

// quoteIndex holds the store's quotation keys and founding wordings in
// memory. The first write of a process reads every key of the claim
// index's word index once (a store opened empty has none); each write
// that commits adds its new quotations. A look-up is then a map read per
// shingle, where reading the store's index cost a read per key, about a
// tenth of the BBC + Reuters load's CPU. On bolt and memstore, which one
// process holds, it is the whole index; on PostgreSQL another loader may
// have written since, so the keys are looked up in the store as well.
//
// It lives as long as the process, through every collection of a load,
// so it holds few pointers: keys are hashes, postings are numbers, and a
// wording is one string, parsed again when a quote meets it as a
// candidate. Held as parsed quotes (a string per word) and string keys
// it cost the collector 6 s of a 150 s BBC + Reuters load.
type quoteIndex struct {
	mu     sync.Mutex
	loaded bool
	// first maps a key to the first quotation stored under it (an index
	// of iris), more to the others: most keys have one.
	first map[uint64]uint32
	more  map[uint64][]uint32
	iris  []quad.IRI
	at    map[quad.IRI]uint32
	norms []string // founding wordings (quotation.Quote.Norm), "" when not read yet
}

// load reads the store's quotation keys, once.
func (x *quoteIndex) load(ctx context.Context, idx claimIndex) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.loaded {
		return nil
	}
	x.first, x.more = map[uint64]uint32{}, map[uint64][]uint32{}
	if x.at == nil {
		x.at = map[quad.IRI]uint32{}
	}
	if idx != nil {
		err := idx.quotationKeys(ctx, func(k, q string) bool {
			if h, ok := quotation.KeyHash(k); ok {
				x.add(h, x.intern(quotationNode(q)))
			}
			return true
		})
		if err != nil {
			x.first, x.more = nil, nil
			return fmt.Errorf("reading the quotation keys: %w", err)
		}
	}
	x.loaded = true
	return nil
}

// intern returns the number of a quotation, giving it one if new.
func (x *quoteIndex) intern(iri quad.IRI) uint32 {
	if i, ok := x.at[iri]; ok {
		return i
	}
	i := uint32(len(x.iris))
	x.iris = append(x.iris, iri)
	x.norms = append(x.norms, "")
	x.at[iri] = i
	return i
}

// add files quotation i under key h, once.
func (x *quoteIndex) add(h uint64, i uint32) {
	f, ok := x.first[h]
	if !ok {
		x.first[h] = i
		return
	}
	if f == i {
		return
	}
	for _, j := range x.more[h] {
		if j == i {
			return
		}
	}
	x.more[h] = append(x.more[h], i)
}

// candidates adds to cands the quotations stored under any of keys.
func (x *quoteIndex) candidates(keys []uint64, cands map[quad.IRI]struct{}) {
	x.mu.Lock()
	defer x.mu.Unlock()
	for _, k := range keys {
		f, ok := x.first[k]
		if !ok {
			continue
		}
		cands[x.iris[f]] = struct{}{}
		for _, j := range x.more[k] {
			cands[x.iris[j]] = struct{}{}
		}
	}
}

// quote returns the founding wording of a quotation, if known.
func (x *quoteIndex) quote(iri quad.IRI) (quotation.Quote, bool) {
	x.mu.Lock()
	i, ok := x.at[iri]
	norm := ""
	if ok {
		norm = x.norms[i]
	}
	x.mu.Unlock()
	if norm == "" {
		return quotation.Quote{}, false
	}
	// Norm is the words joined by spaces, so parsing it gives the
	// quote again (quotation's TestParseNormIsTheQuote).
	return quotation.Parse(norm), true
}

// remember keeps a quotation's founding wording, which never changes.
func (x *quoteIndex) remember(iri quad.IRI, q quotation.Quote) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.at == nil {
		x.at = map[quad.IRI]uint32{}
	}
	x.norms[x.intern(iri)] = q.Norm
}

// settle adds the quotations a batch founded once its write committed;
// after a failed write it forgets the keys, which the next write reads
// again from the store, so the index never names a quotation the store
// lacks nor misses one it has.
func (x *quoteIndex) settle(l *quoteLinker, committed bool) {
	if l == nil {
		return
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	if !committed {
		x.first, x.more, x.loaded = nil, nil, false
		return
	}
	if !x.loaded {
		return
	}
	for k, iris := range l.local {
		for _, iri := range iris {
			x.add(k, x.intern(iri))
		}
	}
	for iri, q := range l.founded {
		x.norms[x.intern(iri)] = q.Norm
	}
}
