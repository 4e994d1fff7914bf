package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// Entity IDs are "<kind>/<slug>" where the slug comes from a canonical
// name, so that the same real-world entity gets the same ID in every
// article:
//
//	person/tony-blair      full name, titles and initials dropped
//	person/~blair          a surname the article never completes and that
//	                       people.tsv does not know; "~" marks it partial
//	org/tehreek-e-taliban-pakistan   the full form, never the acronym
//	gov/pakistan           a government, by its country's gazetteer name
//	place/kabul            a place
//
// News agencies are organizations and share the org/ prefix, so that a
// graph query for organizations finds them.
const (
	prefixPerson = "person/"
	prefixOrg    = "org/"
	prefixGov    = "gov/"
	prefixPlace  = "place/"
)

// fold maps common Latin letters with diacritics to ASCII, so that
// "Schröder" and "Schroder" differ only where the text does.
var fold = map[rune]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'æ': "ae", 'ç': "c",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ì': "i", 'í': "i", 'î': "i", 'ï': "i",
	'ñ': "n", 'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ù': "u",
	'ú': "u", 'û': "u", 'ü': "u", 'ý': "y", 'ÿ': "y", 'ß': "ss", 'ł': "l", 'ś': "s",
	'š': "s", 'ž': "z", 'ź': "z", 'ż': "z", 'č': "c", 'ć': "c", 'ř': "r", 'ğ': "g",
	'ı': "i", 'ş': "s", 'ő': "o", 'ű': "u", 'ā': "a", 'ī': "i", 'ū': "u",
}

// slug lower-cases a name, folds diacritics and joins words with hyphens.
func slug(name string) string { return prefixed("", name) }

// prefixed is prefix + slug(name), made in one allocation: an ID is
// made for most mentions, and concatenating a slug made it twice.
func prefixed(prefix, name string) string {
	var buf [64]byte
	b := append(buf[:0], prefix...)
	return string(appendSlug(b, name, len(b), false))
}

// appendSlug appends slug(name) to b, whose slug starts at start; dash
// says a separator came before name (a word after the first).
func appendSlug(b []byte, name string, start int, dash bool) []byte {
	for _, r := range name {
		r = unicode.ToLower(r)
		var f string
		if r >= utf8.RuneSelf {
			f = fold[r]
		}
		switch {
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
			if dash && len(b) > start {
				b = append(b, '-')
			}
			dash = false
			b = append(b, byte(r))
		case f != "":
			if dash && len(b) > start {
				b = append(b, '-')
			}
			dash = false
			b = append(b, f...)
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && len(b) > start {
				b = append(b, '-')
			}
			dash = false
			b = utf8.AppendRune(b, r)
		case r == '\'' || r == '\u2019' || r == '.':
			// "O'Brien" → obrien, "U.S." → us
		default:
			dash = true
		}
	}
	return b
}

// personID is prefixPerson + the slug of name with one-letter initials
// dropped, so that "George W. Bush" and "George Bush" join. The words
// are slugged one after another, a separator between them, as the slug
// of the words joined by spaces would be.
func personID(name string) string {
	n := fieldCount(name)
	var buf [64]byte
	b := append(buf[:0], prefixPerson...)
	i := 0
	for x := range strings.FieldsSeq(name) {
		if i > 0 && i < n-1 && utf8.RuneCountInString(strings.TrimSuffix(x, ".")) == 1 {
			i++
			continue
		}
		b = appendSlug(b, x, len(prefixPerson), i > 0)
		i++
	}
	return string(b)
}

// fieldCount is len(strings.Fields(s)), without making the slice.
func fieldCount(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

func idFor(t doc.EntityType, name string) string {
	switch t {
	case doc.Person:
		return personID(name)
	case doc.Government:
		return prefixed(prefixGov, name)
	case doc.Place:
		return prefixed(prefixPlace, name)
	}
	return prefixed(prefixOrg, name)
}
