// Package strtab is a read-only table from strings to values, for the
// extraction stages' large word and feature tables that are looked up
// once per token or feature. A Go map holds each key's string header in
// its slot and hashes with a per-map seed into groups that a lookup
// reads apart; this table keeps, for each slot, eight bytes (a tag of
// the hash and the entry's index) in one flat array at most half full,
// so that a key it lacks, the common case, is turned away after reading
// one or two slots of one cache line, and the key's bytes are compared
// only when the tags agree.
package strtab

import "hash/maphash"

// Table maps strings to values of type V. Built once by New, it is only
// read afterwards and safe for concurrent readers.
type Table[V any] struct {
	slots []slot
	keys  []string
	vals  []V
	seed  maphash.Seed
	mask  uint64
}

// slot is one place of the table: tag is the hash's high half with its
// lowest bit set (zero marks an empty slot), i indexes keys and vals.
type slot struct {
	tag uint32
	i   uint32
}

// New builds the table of m.
func New[V any](m map[string]V) Table[V] {
	t := Table[V]{seed: maphash.MakeSeed(), keys: make([]string, 0, len(m)), vals: make([]V, 0, len(m))}
	n := 8
	for n < 2*len(m) {
		n *= 2
	}
	t.slots, t.mask = make([]slot, n), uint64(n-1)
	for k, v := range m {
		t.insert(k, v)
	}
	return t
}

func (t *Table[V]) insert(k string, v V) {
	h := maphash.String(t.seed, k)
	i := h & t.mask
	for t.slots[i].tag != 0 {
		i = (i + 1) & t.mask
	}
	t.slots[i] = slot{tag: tagOf(h), i: uint32(len(t.keys))}
	t.keys = append(t.keys, k)
	t.vals = append(t.vals, v)
}

func tagOf(h uint64) uint32 { return uint32(h>>32) | 1 }

// Len is the number of keys.
func (t *Table[V]) Len() int { return len(t.keys) }

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
		if s.tag == tag && t.keys[s.i] == k {
			return t.vals[s.i], true
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
		if s.tag == tag && t.keys[s.i] == string(k) {
			return t.vals[s.i], true
		}
	}
}
