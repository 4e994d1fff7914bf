// Package strtab is a read-only table from strings to values, for the
// extraction stages' word and feature tables that are looked up once per
// token or feature. It is open addressing over a flat array of eight-byte
// slots (a tag of the key's hash and the entry's index) at most half
// full, beside the entries (key and value together): a key the table
// lacks is turned away after a probe or two in the small slot array,
// reading no key, and a key it holds costs its slot, its entry and its
// bytes, where a Go map reads its group's control word, then a slot of
// key headers and values several times the size, then the bytes.
package strtab

import "hash/maphash"

// Table maps strings to values of type V. Built once by New, it is only
// read afterwards and safe for concurrent readers.
type Table[V any] struct {
	slots   []slot
	entries []entry[V]
	seed    maphash.Seed
	mask    uint64
}

// slot is one place of the table: tag is the key's hash's high half
// with its lowest bit set (zero marks an empty slot), i indexes entries.
// Eight bytes, so that a table of a thousand words takes 16 KB of slots.
type slot struct {
	tag uint32
	i   uint32
}

// entry is a key and its value, side by side.
type entry[V any] struct {
	k string
	v V
}

// New builds the table of m.
func New[V any](m map[string]V) Table[V] {
	t := Table[V]{seed: maphash.MakeSeed(), entries: make([]entry[V], 0, len(m))}
	n := 8
	for n < 2*len(m) {
		n *= 2
	}
	t.slots, t.mask = make([]slot, n), uint64(n-1)
	for k, v := range m {
		h := maphash.String(t.seed, k)
		i := h & t.mask
		for t.slots[i].tag != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = slot{tag: tagOf(h), i: uint32(len(t.entries))}
		t.entries = append(t.entries, entry[V]{k, v})
	}
	return t
}

func tagOf(h uint64) uint32 { return uint32(h>>32) | 1 }

// Len is the number of keys.
func (t *Table[V]) Len() int { return len(t.entries) }

// Get returns the value of k, and whether the table holds k.
func (t *Table[V]) Get(k string) (V, bool) {
	if len(t.slots) == 0 {
		var zero V
		return zero, false
	}
	h := maphash.String(t.seed, k)
	tag := tagOf(h)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s.tag == 0 {
			var zero V
			return zero, false
		}
		if s.tag == tag && t.entries[s.i].k == k {
			return t.entries[s.i].v, true
		}
	}
}

// GetBytes is Get(string(k)) without making the string.
func (t *Table[V]) GetBytes(k []byte) (V, bool) {
	if len(t.slots) == 0 {
		var zero V
		return zero, false
	}
	h := maphash.Bytes(t.seed, k)
	tag := tagOf(h)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s.tag == 0 {
			var zero V
			return zero, false
		}
		if s.tag == tag && t.entries[s.i].k == string(k) {
			return t.entries[s.i].v, true
		}
	}
}
