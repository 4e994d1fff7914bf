package graph

import (
	"encoding/binary"
	"testing"
)

// The key filter never forgets a key, grows past its first size, and
// says "maybe" for few keys it was never given.
func TestKeyFilter(t *testing.T) {
	f := newKeyFilter(0)
	const n = 3 * bloomMinKeys
	key := func(i int) []byte { return binary.BigEndian.AppendUint64(nil, uint64(i)) }
	for i := 0; i < n; i++ {
		f.add([]byte("sp"), key(i))
	}
	if len(f.parts) < 2 {
		t.Fatalf("%d keys in %d parts: the filter did not grow", n, len(f.parts))
	}
	for i := 0; i < n; i++ {
		if !f.has([]byte("sp"), key(i)) {
			t.Fatalf("key %d was added but is absent", i)
		}
	}
	fp := 0
	for i := n; i < 2*n; i++ {
		if f.has([]byte("sp"), key(i)) {
			fp++
		}
	}
	for i := 0; i < n; i++ {
		if f.has([]byte("ops"), key(i)) { // the same key in another bucket
			fp++
		}
	}
	if rate := float64(fp) / float64(2*n); rate > 0.05 {
		t.Fatalf("false positive rate %.3f", rate)
	} else {
		t.Logf("%d keys, %d parts, %d bytes, false positive rate %.4f", n, len(f.parts), f.bytes(), rate)
	}
}
