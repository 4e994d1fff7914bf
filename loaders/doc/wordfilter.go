package doc

// WordFilter is a Bloom filter over a word list: MayHave is false for a
// word not in the list, at the cost of hashing its bytes and reading two
// bits of an 8 KB table that stays in cache, and true for every word in
// the list (and a few percent of the others). A stage puts one in front
// of a string-keyed table that most tokens miss, so that most tokens
// cost no map lookup; the table still decides. Built once, read only.
type WordFilter struct {
	bits [filterBits / 64]uint64
}

const filterBits = 1 << 16

// NewWordFilter returns a filter that holds every word of words.
func NewWordFilter[V any](words map[string]V) *WordFilter {
	f := &WordFilter{}
	for w := range words {
		a, b := filterHash(w)
		f.bits[a/64] |= 1 << (a % 64)
		f.bits[b/64] |= 1 << (b % 64)
	}
	return f
}

// MayHave reports whether w may be in the list; false means it is not.
func (f *WordFilter) MayHave(w string) bool {
	a, b := filterHash(w)
	return f.bits[a/64]&(1<<(a%64)) != 0 && f.bits[b/64]&(1<<(b%64)) != 0
}

// filterHash is 64-bit FNV-1a, two of its 16-bit pieces used as the bit
// positions.
func filterHash(w string) (uint64, uint64) {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h & (filterBits - 1), h >> 32 & (filterBits - 1)
}
