package entity

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
)

// lastHyphen must find what strings.LastIndexAny finds, on valid and
// broken UTF-8 alike.
func TestLastHyphenMatchesLastIndexAny(t *testing.T) {
	for _, s := range []string{"", "-", "Taliban-inspired", "Ji\u2011chang", "a-b\u2011c", "a\u2011b-c",
		"x\xe2\x80\x91\x80", "\x80\xe2\x80\x91", "\xe2\x80", "no hyphen", "Gul-e-\u2011"} {
		assert.Equal(t, strings.LastIndexAny(s, "-\u2011"), lastHyphen(s), "%q", s)
	}
}

// listParts must give each word the mentions appending them one by one
// gives, in the same order, repeats included, from reused storage.
func TestListPartsMatchesAppending(t *testing.T) {
	tests := map[string][]namePart{
		"none":    nil,
		"one":     {{"Reyes", 0}},
		"shared":  {{"Reyes", 0}, {"Anna", 0}, {"Reyes", 2}, {"Carlos", 2}, {"Reyes", 5}},
		"repeat":  {{"John", 1}, {"John", 1}, {"Smith", 3}},
		"unicode": {{"Ümit", 4}, {"Ali", 4}, {"Ümit", 7}, {"Ali", 9}},
	}
	flat := []int{99, 98, 97} // storage from an article before
	for name, pairs := range tests {
		t.Run(name, func(t *testing.T) {
			want := map[string][]int{}
			for _, p := range pairs {
				want[p.word] = append(want[p.word], p.x)
			}
			got := map[string][]int{"stale": {1}}
			clear(got)
			flat = listParts(got, append([]namePart(nil), pairs...), flat)
			assert.Equal(t, len(want), len(got))
			for w, xs := range want {
				assert.Equal(t, xs, got[w], w)
				assert.Equal(t, len(got[w]), cap(got[w]), "capped, so an append copies it out")
			}
		})
	}
}

// A nameSet never turns away a name it holds, reads a string and its
// bytes alike, and turns away most names it lacks.
func TestNameSetHoldsWhatWasAdded(t *testing.T) {
	s := newNameSet(1000)
	var in []string
	for i := range 1000 {
		in = append(in, "Name"+strings.Repeat("x", i%7)+string(rune('A'+i%26))+string(rune('a'+i/26)))
	}
	for _, w := range in {
		s.add(w)
	}
	for _, w := range in {
		assert.True(t, mayHold(&s, w), w)
		assert.True(t, mayHold(&s, []byte(w)), w)
	}
	passed := 0
	for i := range 1000 {
		w := "Other" + string(rune('A'+i%26)) + strings.Repeat("y", i%5) + string(rune('a'+i/26))
		assert.Equal(t, mayHold(&s, w), mayHold(&s, []byte(w)), w)
		if mayHold(&s, w) {
			passed++
		}
	}
	assert.Less(t, passed, 200, "about one in sixteen should pass")
	var zero nameSet
	assert.True(t, mayHold(&zero, "Anna"), "an empty set sends every name to the map")
	for _, m := range []map[string]bool{gaz.unisex} {
		for w := range m {
			assert.True(t, mayHold(&gaz.givenSet, w), w)
		}
	}
	for w := range gaz.given {
		assert.True(t, mayHold(&gaz.givenSet, w), w)
	}
	for w := range gaz.places {
		assert.True(t, mayHold(&gaz.nameSet, w), w)
	}
	for w := range gaz.orgs {
		assert.True(t, mayHold(&gaz.nameSet, w), w)
	}
}

// isUpperWord's ASCII path must answer what reading every rune answers,
// on ASCII, accented, mixed and broken UTF-8 words alike.
func TestIsUpperWordMatchesRunes(t *testing.T) {
	byRunes := func(s string) bool {
		letters := 0
		for _, c := range s {
			if unicode.IsLetter(c) {
				if !unicode.IsUpper(c) {
					return false
				}
				letters++
			}
		}
		return letters > 0
	}
	for _, s := range []string{"", "the", "The", "NATO", "NATO's", "G7", "42", "--", "U.S.", "ÉCOLE", "École",
		"SÃO", "São", "BBC’S", "BBC’s", "ABÿ", "ÿAB", "ABâ", "ǅA", "Aé", "ß", "ΑΘΗΝΑ"} {
		assert.Equal(t, byRunes(s), isUpperWord(s), "%q", s)
	}
}
