package graph

import (
	"context"
	"sort"
	"strings"
	"sync"
)

// memIndex is the claim index of a memstore, which lives as long as the
// process.
type memIndex struct {
	mu        sync.Mutex
	entries   map[string]indexEntry      // by main key
	byArticle map[string]map[string]bool // article → main keys
	wordKeys  map[string]bool            // word index keys
}

func newMemIndex() *memIndex {
	return &memIndex{entries: map[string]indexEntry{}, byArticle: map[string]map[string]bool{}, wordKeys: map[string]bool{}}
}

func (m *memIndex) replace(ctx context.Context, articles []string, adds []indexEntry, token string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	adds, words := splitWordEntries(adds)
	for _, e := range words {
		m.wordKeys[wordKey(e.Node, e.Claim)] = true
	}
	for _, a := range articles {
		for k := range m.byArticle[a] {
			delete(m.entries, k)
		}
		delete(m.byArticle, a)
	}
	for _, e := range adds {
		k := string(mainKey(e))
		m.entries[k] = e
		if m.byArticle[e.Article] == nil {
			m.byArticle[e.Article] = map[string]bool{}
		}
		m.byArticle[e.Article][k] = true
	}
	return nil
}

func (m *memIndex) scan(ctx context.Context, kind, node, from string, fn func(indexEntry) bool) error {
	pre := kind + "\x00" + node + "\x00"
	m.mu.Lock()
	var keys []string
	for k := range m.entries {
		if strings.HasPrefix(k, pre) && k >= pre+from {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	es := make([]indexEntry, len(keys))
	for i, k := range keys {
		es[i] = m.entries[k]
	}
	m.mu.Unlock()
	for _, e := range es {
		if !fn(e) {
			break
		}
	}
	return nil
}

func (m *memIndex) ready(ctx context.Context) (bool, error) { return true, nil }
func (m *memIndex) reset(ctx context.Context) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.entries, m.byArticle, m.wordKeys = map[string]indexEntry{}, map[string]map[string]bool{}, map[string]bool{}
	return nil
}
func (m *memIndex) markReady(ctx context.Context) error                       { return nil }
func (m *memIndex) missed(ctx context.Context, tokens []string) (bool, error) { return false, nil }
func (m *memIndex) forget(ctx context.Context, tokens []string) error         { return nil }

func (m *memIndex) merge(ctx context.Context, lists [][2]string, from string, light func() bool, fn func(indexEntry) bool) error {
	var all []indexEntry
	for _, l := range lists {
		if err := m.scan(ctx, l[0], l[1], from, func(e indexEntry) bool { all = append(all, e); return true }); err != nil {
			return err
		}
	}
	h := mergeHeap{&sliceCursor{es: sortEntries(all)}}
	if len(all) == 0 {
		return nil
	}
	return runMerge(ctx, &h, nil, fn)
}

// sliceCursor walks entries already in order.
type sliceCursor struct {
	es []indexEntry
	i  int
}

func (c *sliceCursor) key() []byte            { return []byte(c.es[c.i].sortKey()) }
func (c *sliceCursor) entry() indexEntry      { return c.es[c.i] }
func (c *sliceCursor) lightEntry() indexEntry { return c.es[c.i] }
func (c *sliceCursor) next() bool             { c.i++; return c.i < len(c.es) }

func (m *memIndex) quotationKeys(ctx context.Context, fn func(key, quotation string) bool) error {
	m.mu.Lock()
	var ks []string
	for k := range m.wordKeys {
		if strings.HasPrefix(k, keyPrefix) {
			ks = append(ks, k)
		}
	}
	m.mu.Unlock()
	sort.Strings(ks)
	for _, k := range ks {
		key, q, _ := strings.Cut(k, "\x00")
		if !fn(key, q) {
			break
		}
	}
	return nil
}

func (m *memIndex) words(ctx context.Context, word string, fn func(string) bool) error {
	pre := word + "\x00"
	m.mu.Lock()
	var qs []string
	for k := range m.wordKeys {
		if strings.HasPrefix(k, pre) {
			qs = append(qs, k[len(pre):])
		}
	}
	m.mu.Unlock()
	sort.Strings(qs)
	for _, q := range qs {
		if !fn(q) {
			break
		}
	}
	return nil
}

func (m *memIndex) hasWord(ctx context.Context, word string, quotations []string) (map[string]bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := map[string]bool{}
	for _, q := range quotations {
		if m.wordKeys[wordKey(word, q)] {
			out[q] = true
		}
	}
	return out, nil
}

func (m *memIndex) sync(ctx context.Context, kinds []string, want []indexEntry) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	for k := range m.entries {
		for _, kind := range kinds {
			if strings.HasPrefix(k, kind+"\x00") {
				delete(m.entries, k)
			}
		}
	}
	for _, e := range want {
		m.entries[string(mainKey(e))] = e
	}
	return nil
}
