package vocab

import "testing"

// TestID: every word of the vocabulary has its own id, found through
// the shape filter; a word outside it, or none, has 0.
func TestID(t *testing.T) {
	seen := map[int32]string{}
	for w, id := range ids {
		if got := ID(w); got != id || id == 0 {
			t.Fatalf("ID(%q) = %d, want %d", w, got, id)
		}
		if prev, dup := seen[id]; dup {
			t.Fatalf("%q and %q share id %d", prev, w, id)
		}
		seen[id] = w
	}
	for _, w := range []string{"", "zyzzyva", "Said", "x"} {
		if ID(w) != 0 {
			t.Errorf("ID(%q) = %d, want 0", w, ID(w))
		}
	}
}

// TestTable: a word outside the vocabulary is found by its text, one
// inside by its id, and a missing one gives the zero value.
func TestTable(t *testing.T) {
	tb := NewTable(map[string]int{"said": 1, "zyzzyva": 2})
	if got := tb.Get(ID("said"), "said"); got != 1 {
		t.Errorf("said: got %d", got)
	}
	if got := tb.Get(0, "zyzzyva"); got != 2 {
		t.Errorf("zyzzyva: got %d", got)
	}
	if got := tb.Get(0, "other"); got != 0 {
		t.Errorf("other: got %d", got)
	}
	var zero Table[bool]
	if zero.Get(ID("said"), "said") {
		t.Error("the zero table holds nothing")
	}
}
