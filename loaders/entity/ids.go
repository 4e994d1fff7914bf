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
func slug(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	dash := false
	for _, r := range name {
		r = unicode.ToLower(r)
		switch {
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case fold[r] != "":
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteString(fold[r])
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r == '\'' || r == '\u2019' || r == '.':
			// "O'Brien" → obrien, "U.S." → us
		default:
			dash = true
		}
	}
	return b.String()
}

// personSlug drops one-letter initials, so that "George W. Bush" and
// "George Bush" join.
func personSlug(name string) string {
	w := strings.Fields(name)
	keep := w[:0:0]
	for i, x := range w {
		if i > 0 && i < len(w)-1 && utf8.RuneCountInString(strings.TrimSuffix(x, ".")) == 1 {
			continue
		}
		keep = append(keep, x)
	}
	return slug(strings.Join(keep, " "))
}

func idFor(t doc.EntityType, name string) string {
	switch t {
	case doc.Person:
		return prefixPerson + personSlug(name)
	case doc.Government:
		return prefixGov + slug(name)
	case doc.Place:
		return prefixPlace + slug(name)
	}
	return prefixOrg + slug(name)
}
