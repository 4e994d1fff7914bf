package main

import (
	"strings"
	"unicode"
)

// differences names each edge where a predicted span b differs from the
// gold span a of the same role, with the kind of text between them.
func differences(role string, text []rune, a, b span) []string {
	var out []string
	seg := func(from, to int) string { return string(text[min(from, len(text)):min(to, len(text))]) }
	switch {
	case b.first() < a.first():
		out = append(out, "start earlier: "+kindOf(role, false, seg(b.first(), a.first())))
	case b.first() > a.first():
		out = append(out, "start later: "+kindOf(role, false, seg(a.first(), b.first())))
	}
	switch {
	case b.last() > a.last():
		out = append(out, "runs on: "+kindOf(role, true, seg(a.last()+1, b.last()+1)))
	case b.last() < a.last():
		out = append(out, "ends sooner: "+kindOf(role, true, seg(b.last()+1, a.last()+1)))
	}
	lo, hi := max(a.first(), b.first()), min(a.last(), b.last())
	if in, out2 := within(a, lo, hi), within(b, lo, hi); in != out2 {
		k := "pieces: a gold piece left out"
		if out2 > in {
			k = "pieces: a piece the gold leaves out taken in"
		}
		out = append(out, k)
	}
	return out
}

// within counts the offsets of s from lo to hi.
func within(s span, lo, hi int) int {
	n := 0
	for _, i := range s {
		if i >= lo && i <= hi {
			n++
		}
	}
	return n
}

// kindOf classifies the text between a prediction's edge and the gold's,
// at the end of the span or at its start.
func kindOf(role string, end bool, seg string) string {
	if strings.Contains(seg, "\n") {
		return "across a paragraph"
	}
	if sentenceBreak(seg) {
		return "across a sentence"
	}
	words := wordsOf(seg)
	switch role {
	case "content":
		if end {
			return contentEnd(seg, words)
		}
		return contentStart(words)
	case "source":
		return sourceKind(seg, words)
	}
	return cueKind(words)
}

// sentenceBreak reports whether a sentence ends inside seg: a full stop,
// question or exclamation mark, maybe closing quotes, a space, then a
// capital or an opening quote.
func sentenceBreak(seg string) bool {
	r := []rune(seg)
	for i := 0; i < len(r); i++ {
		if r[i] != '.' && r[i] != '?' && r[i] != '!' {
			continue
		}
		j := i + 1
		for j < len(r) && strings.ContainsRune("\"”’'", r[j]) {
			j++
		}
		if j < len(r) && unicode.IsSpace(r[j]) {
			for j < len(r) && unicode.IsSpace(r[j]) {
				j++
			}
			if j < len(r) && (unicode.IsUpper(r[j]) || strings.ContainsRune("\"“'‘", r[j])) {
				return true
			}
		}
	}
	return false
}

// wordsOf returns seg's words, lower-cased, without punctuation.
func wordsOf(seg string) []string {
	f := strings.FieldsFunc(strings.ToLower(seg), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-')
	})
	var out []string
	for _, w := range f {
		if w = strings.Trim(w, "'’-"); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// firstMark is seg's first character that is not a space.
func firstMark(seg string) rune {
	for _, r := range seg {
		if !unicode.IsSpace(r) && !strings.ContainsRune("\"“”'’‘", r) {
			return r
		}
	}
	return 0
}

// byCount names a difference by how many words it holds.
func byCount(words []string) string {
	switch {
	case len(words) <= 1:
		return "one other word"
	case len(words) <= 3:
		return "two or three other words"
	}
	return "four or more other words"
}
