package entity

import (
	"strings"
	"testing"

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
