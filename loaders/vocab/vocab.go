// Package vocab gives every lower-cased word that a stage looks up token
// by token one integer id, shared by all stages: segment looks each token
// up once (doc.View.Word), and a stage's per-word table is then an array
// indexed by that id instead of a string-keyed map that hashes the same
// word again in every stage.
//
// The vocabulary (words.txt, one word a line) is generated from the
// stages' own tables (go generate ./loaders/vocab) and read once; a table
// may still hold a word it lacks, which is then looked up by its text
// (Table.Get), so a word added to a stage's list works before the file is
// regenerated, only more slowly. A test checks the file is up to date.
package vocab

//go:generate go run ./internal/genvocab -o words.txt

import (
	_ "embed"
	"strings"
)

//go:embed words.txt
var wordsData string

// ids maps each word of the vocabulary to its id, from 1; read-only
// after init. Zero is no id: a word no table holds.
var ids = load(wordsData)

// shapes has the bit of shape(w) set for each word of the vocabulary:
// most tokens are no word of it, and a bit test turns them away before
// the map is hashed. Read-only after init.
var shapes = func() *[1 << 16 / 64]uint64 {
	var b [1 << 16 / 64]uint64
	for w := range ids {
		h := shape(w)
		b[h/64] |= 1 << (h % 64)
	}
	return &b
}()

// shape mixes a non-empty word's length with its first and last bytes
// into 16 bits.
func shape(w string) uint32 {
	h := uint32(len(w))*0x9E37 ^ uint32(w[0])*0x85EB ^ uint32(w[len(w)-1])*0xC2B3
	return (h ^ h>>16) & (1<<16 - 1)
}

func load(data string) map[string]int32 {
	m := map[string]int32{}
	for _, w := range strings.Split(data, "\n") {
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		if _, dup := m[w]; !dup {
			m[w] = int32(len(m) + 1)
		}
	}
	return m
}

// Size is one more than the largest id.
func Size() int { return len(ids) + 1 }

// ID is the id of the lower-cased word w, or 0 when the vocabulary
// lacks it.
func ID(w string) int32 {
	if w == "" {
		return 0
	}
	if h := shape(w); shapes[h/64]&(1<<(h%64)) == 0 {
		return 0
	}
	return ids[w]
}

// IDs returns the id of each of the lower-cased words.
func IDs(lower []string) []int32 {
	out := make([]int32, len(lower))
	for i, w := range lower {
		out[i] = ID(w)
	}
	return out
}

// Missing lists the words of ws that the vocabulary lacks, for the
// stages' tests.
func Missing(ws []string) []string {
	var out []string
	for _, w := range ws {
		if ids[w] == 0 {
			out = append(out, w)
		}
	}
	return out
}

// Table holds a value for each of a set of lower-cased words: by id for
// the words of the vocabulary, by text for the rest (none, when the
// vocabulary covers the table). Read-only once built.
type Table[V any] struct {
	byID []V
	rest map[string]V
}

// NewTable builds the table of m.
func NewTable[V any](m map[string]V) Table[V] {
	t := Table[V]{byID: make([]V, Size())}
	for w, v := range m {
		if id := ids[w]; id != 0 {
			t.byID[id] = v
			continue
		}
		if t.rest == nil {
			t.rest = map[string]V{}
		}
		t.rest[w] = v
	}
	return t
}

// Get returns the value of the word whose id is id and whose lower-cased
// text is w (the zero value when the table lacks it). The text is read
// only when id is 0 and the table holds words outside the vocabulary.
func (t Table[V]) Get(id int32, w string) V {
	if id != 0 && int(id) < len(t.byID) {
		return t.byID[id]
	}
	if id != 0 || t.rest == nil {
		var zero V
		return zero
	}
	return t.rest[w]
}
