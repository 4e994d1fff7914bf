package segment

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// wordRune's byte test for ASCII must agree with the unicode tables it
// stands in for, and defer to them beyond ASCII.
func TestWordRuneAgreesWithUnicode(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		text := "a" + string(r) + "b"
		got, size, in := wordRune(text, 1, len(text))
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		if got != r || size != utf8.RuneLen(r) || in != want {
			t.Fatalf("wordRune(%q) = %q, %d, %v; want %q, %d, %v", r, got, size, in, r, utf8.RuneLen(r), want)
		}
	}
	// A broken byte decodes as an error of one byte, never part of a word.
	if r, size, in := wordRune("a\xffb", 1, 3); r != utf8.RuneError || size != 1 || in {
		t.Fatalf("wordRune(0xff) = %q, %d, %v", r, size, in)
	}
}

// asciiWord, wordEnd's table, must agree with wordRune on every byte
// below utf8.RuneSelf and hold none above it.
func TestASCIIWordAgreesWithWordRune(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := false
		if c < utf8.RuneSelf {
			_, _, want = wordRune(string(rune(c)), 0, 1)
		}
		if asciiWord[c] != want {
			t.Fatalf("asciiWord[%#x] = %v, want %v", c, asciiWord[c], want)
		}
	}
}

// stopMark must answer what the two strings.ContainsAny tests it stands
// in for answer, on ASCII, multi-byte and broken marks alike.
func TestStopMarkAgreesWithContainsAny(t *testing.T) {
	for _, s := range []string{"", ".", "?", "!", "?!", "...", ",", ".,", ";.", ":", "\u2026", "\u201d", "-", ".\u201d",
		"?\xff", "\xff", "\u3002", "\uff0e", "!:"} {
		want := strings.ContainsAny(s, ".?!") && !strings.ContainsAny(s, ",;:")
		if got := stopMark(s); got != want {
			t.Errorf("stopMark(%q) = %v, want %v", s, got, want)
		}
	}
}
