package html

import (
	"strings"
	"unicode"
)

// cleanSteps are the post-processing steps applied to the library's body
// text, as bits so that htmlbench can measure each one.
type cleanSteps uint8

const (
	// dropHeadline removes leading paragraphs that repeat the title: the
	// headline is metadata (Article.Title), not body text, and the
	// libraries disagree on whether to keep it.
	dropHeadline cleanSteps = 1 << iota
	// dropStandfirst removes the paragraph right after the headline when
	// it repeats the page's description (the "dek" under the headline).
	dropStandfirst
	// dropTeaserTail removes a run of at least three short, unpunctuated
	// paragraphs at the end: related-story link lists and footers.
	dropTeaserTail

	// Dropping short paragraphs repeated three times or more (share bars)
	// was tried too, and cost more recall than it gained precision.
	allCleanSteps = dropHeadline | dropStandfirst | dropTeaserTail
)

func cleanBody(text, title, description string, steps cleanSteps) string {
	paras := strings.Split(text, "\n\n")
	if steps&dropHeadline != 0 && title != "" {
		nt := normPara(title)
		removed := false
		for len(paras) > 1 && len(paras) > 0 && isTitleLike(normPara(paras[0]), nt) {
			paras = paras[1:]
			removed = true
		}
		if removed && steps&dropStandfirst != 0 && description != "" && len(paras) > 1 &&
			normPara(paras[0]) == normPara(description) {
			paras = paras[1:]
		}
	}
	if steps&dropTeaserTail != 0 {
		end := len(paras)
		for end > 0 && isTeaser(paras[end-1]) {
			end--
		}
		if len(paras)-end >= 3 && end > 0 {
			paras = paras[:end]
		}
	}
	return strings.Join(paras, "\n\n")
}

// isTitleLike accepts the title itself and the common variants: the
// <title> with " - Site" or "| Site" appended, or the headline alone when
// the title has the site name.
func isTitleLike(p, title string) bool {
	if p == "" || title == "" {
		return false
	}
	if p == title {
		return true
	}
	return len(p) >= 20 && (strings.HasPrefix(title, p) || strings.HasPrefix(p, title))
}

func isTeaser(p string) bool {
	p = strings.TrimSpace(p)
	if p == "" {
		return true
	}
	if wordCount(p) > 20 {
		return false
	}
	last := []rune(p)[len([]rune(p))-1]
	return !strings.ContainsRune(".!?\"”’:", last)
}

func normPara(s string) string {
	return strings.ToLower(strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	}), " "))
}

func wordCount(s string) int { return len(strings.Fields(s)) }
