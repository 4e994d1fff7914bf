package doc

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWordFilterHoldsEveryWord(t *testing.T) {
	words := map[string]bool{}
	for _, w := range strings.Fields("said says told according asked in to reportedly : strike talks deal eastern south-west Kabul’s") {
		words[w] = true
	}
	f := NewWordFilter(words)
	for w := range words {
		assert.True(t, f.MayHave(w), w)
	}
	// Most other words are turned away (a Bloom filter's few false
	// positives aside).
	miss := 0
	others := strings.Fields("the a of and he she it was were have has been not but with for on at by from this that they their")
	for _, w := range others {
		if !f.MayHave(w) {
			miss++
		}
	}
	assert.Greater(t, miss, len(others)*9/10)
	assert.False(t, NewWordFilter(map[string]int{}).MayHave(""))
}
