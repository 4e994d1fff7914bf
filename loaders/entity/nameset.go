package entity

// nameSet answers "may this name be in the table?" from one bit per hash
// (a Bloom filter with a single hash): false means the table lacks the
// name, true that it must be looked up. The gazetteer's given-name,
// place and organization maps hold tens of thousands of names, a lookup
// in them misses the cache, and most capitalised words and word runs
// the recognizer asks about are in none of them: the bits, sixteen per
// name, turn about nine in ten of those away from one cache line.
// Read-only once built.
type nameSet struct {
	bits  []uint64
	shift uint
}

// newNameSet makes a set with room for n names at about one bit in
// sixteen set.
func newNameSet(n int) nameSet {
	bits := uint(12)
	for 1<<bits < 16*n {
		bits++
	}
	return nameSet{bits: make([]uint64, 1<<bits/64), shift: 64 - bits}
}

// add sets w's bit.
func (s *nameSet) add(w string) {
	h := nameHash(w) >> s.shift
	s.bits[h/64] |= 1 << (h % 64)
}

// mayHold reports whether w's bit is set: false means w was never added.
func mayHold[T string | []byte](s *nameSet, w T) bool {
	if len(s.bits) == 0 {
		return true
	}
	h := nameHash(w) >> s.shift
	return s.bits[h/64]&(1<<(h%64)) != 0
}

// nameHash is FNV-1a over w's bytes, whose top bits barely see the last
// bytes, mixed by a Fibonacci multiplication whose top bits see them all
// (mayHold takes the top bits).
func nameHash[T string | []byte](w T) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	h ^= h >> 29
	return h * 0x9E3779B97F4A7C15
}
