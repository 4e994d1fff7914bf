package graph

import (
	"hash/maphash"
	"math/bits"
)

// keyFilter is a bloom filter over keys of the bolt store, used by the
// direct kv writer (kvwrite.go) to skip reading keys that cannot be
// there: it answers "maybe present" for every key ever added and,
// for a key never added, "absent" except for a small share of false
// positives (a false positive costs a read, never a wrong write).
//
// It grows instead of being sized up front, since a load into an empty
// store does not know how many keys it will write: when the newest part
// holds as many keys as it was sized for, a part twice as large is
// added, and a key is maybe present when any part says so (a scalable
// bloom filter). At 10 to 20 bits a key (parts are a power of two bits)
// the false positive rate of a full part is about 1%, and summed over
// the parts a few percent; 36 million keys (the 106k-article store's
// nodes and index keys, estimated) take at most about 110 MB.
type keyFilter struct {
	seed  maphash.Seed
	parts []bloomPart
	keys  int // keys added, for the report in tests and benchmarks
}

type bloomPart struct {
	bits []uint64
	mask uint64 // number of bits - 1 (a power of two)
	n    int    // keys added
	max  int    // keys the part is sized for
}

const (
	bloomBitsPerKey = 10
	bloomHashes     = 7
	bloomMinKeys    = 1 << 18
)

func newKeyFilter(expect int) *keyFilter {
	f := &keyFilter{seed: maphash.MakeSeed()}
	f.grow(max(expect, bloomMinKeys))
	return f
}

func (f *keyFilter) grow(keys int) {
	nbits := uint64(1) << bits.Len64(uint64(keys*bloomBitsPerKey-1))
	f.parts = append(f.parts, bloomPart{
		bits: make([]uint64, nbits/64),
		mask: nbits - 1,
		max:  int(nbits / bloomBitsPerKey),
	})
}

// sum hashes a key with its tag (the bucket it lives in), so that equal
// keys of different buckets are different keys: the key's hash plus the
// tag's, through a 64-bit finaliser (splitmix64's), so that the tags'
// bit positions are unrelated.
func (f *keyFilter) sum(tag, key []byte) uint64 {
	h := maphash.Bytes(f.seed, key) + maphash.Bytes(f.seed, tag)
	h = (h ^ h>>30) * 0xbf58476d1ce4e5b9
	h = (h ^ h>>27) * 0x94d049bb133111eb
	return h ^ h>>31
}

func (f *keyFilter) add(tag, key []byte) {
	p := &f.parts[len(f.parts)-1]
	if p.n >= p.max {
		f.grow(2 * p.max)
		p = &f.parts[len(f.parts)-1]
	}
	h := f.sum(tag, key)
	step := bits.RotateLeft64(h, 32) | 1
	for i := 0; i < bloomHashes; i++ {
		b := h & p.mask
		p.bits[b>>6] |= 1 << (b & 63)
		h += step
	}
	p.n++
	f.keys++
}

// has reports whether the key may be present.
func (f *keyFilter) has(tag, key []byte) bool {
	h0 := f.sum(tag, key)
	step := bits.RotateLeft64(h0, 32) | 1
	for i := range f.parts {
		p := &f.parts[i]
		h, in := h0, true
		for j := 0; j < bloomHashes && in; j++ {
			b := h & p.mask
			in = p.bits[b>>6]&(1<<(b&63)) != 0
			h += step
		}
		if in {
			return true
		}
	}
	return false
}

// bytes is the filter's memory.
func (f *keyFilter) bytes() int {
	n := 0
	for _, p := range f.parts {
		n += 8 * len(p.bits)
	}
	return n
}
