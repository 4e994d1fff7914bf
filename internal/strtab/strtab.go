// Package strtab is a read-only table from strings to values, for the
// extraction stages' large word and feature tables that are looked up
// once per token or feature. It is open addressing in one flat array at
// most half full, each slot holding the key's 64-bit hash beside the key
// and the value: a key the table lacks is turned away after a probe or
// two that read no key bytes, and a key it holds costs the slot's cache
// line and the key's bytes, where a Go map reads its group's control
// word, then the slot, then the bytes.
package strtab

import "hash/maphash"

// Table maps strings to values of type V. Built once by New, it is only
// read afterwards and safe for concurrent readers.
type Table[V any] struct {
	slots []slot[V]
	n     int
	seed  maphash.Seed
	mask  uint64
}

// slot is one place of the table: h is the key's hash with its lowest
// bit set (zero marks an empty slot), so that a probe compares the key's
// bytes only when all 64 bits agree; the key and its value sit beside
// it, in the same cache line.
type slot[V any] struct {
	h uint64
	k string
	v V
}

// New builds the table of m.
func New[V any](m map[string]V) Table[V] {
	t := Table[V]{seed: maphash.MakeSeed(), n: len(m)}
	n := 8
	for n < 2*len(m) {
		n *= 2
	}
	t.slots, t.mask = make([]slot[V], n), uint64(n-1)
	for k, v := range m {
		h := maphash.String(t.seed, k) | 1
		i := h & t.mask
		for t.slots[i].h != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = slot[V]{h: h, k: k, v: v}
	}
	return t
}

// Len is the number of keys.
func (t *Table[V]) Len() int { return t.n }

// Get returns the value of k, and whether the table holds k.
func (t *Table[V]) Get(k string) (V, bool) {
	if len(t.slots) == 0 {
		var zero V
		return zero, false
	}
	return t.find(maphash.String(t.seed, k)|1, k)
}

// GetBytes is Get(string(k)) without making the string.
func (t *Table[V]) GetBytes(k []byte) (V, bool) {
	if len(t.slots) == 0 {
		var zero V
		return zero, false
	}
	// Not converted to a string before the hash: that would copy it.
	h := maphash.Bytes(t.seed, k) | 1
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.h == 0 {
			var zero V
			return zero, false
		}
		if s.h == h && s.k == string(k) {
			return s.v, true
		}
	}
}

func (t *Table[V]) find(h uint64, k string) (V, bool) {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.h == 0 {
			var zero V
			return zero, false
		}
		if s.h == h && s.k == k {
			return s.v, true
		}
	}
}
