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
}

func newMemIndex() *memIndex {
	return &memIndex{entries: map[string]indexEntry{}, byArticle: map[string]map[string]bool{}}
}

func (m *memIndex) replace(ctx context.Context, articles []string, adds []indexEntry, token string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
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
	m.entries, m.byArticle = map[string]indexEntry{}, map[string]map[string]bool{}
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
