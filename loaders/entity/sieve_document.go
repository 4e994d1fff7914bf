package entity

import (
	"slices"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// documentBy resolves a document that comes from someone ("a statement
// from the Interior Ministry said", "according to a report by the
// Federal Reserve", "the TexAuto Facts report from InfoNation"): the body
// or person it comes from speaks through it, whatever the document is
// called.
func (rs *resolver) documentBy(sp doc.Span, words []string, _ int) (int, doc.Mention, bool) {
	// " from " or " by " in the text is a word "from" or "by" among the
	// phrase's words, which most phrases lack.
	if !slices.Contains(words, "from") && !slices.Contains(words, "by") {
		return -1, doc.Mention{}, false
	}
	text := strings.ToLower(rs.d.Text[sp.Start:sp.End])
	at := -1
	for _, prep := range []string{" from ", " by "} {
		if i := strings.Index(text, prep); i > 0 && (at < 0 || i < at) {
			if before := strings.Fields(text[:i]); len(before) > 0 && documentNouns[strings.Trim(before[len(before)-1], ",")] {
				at = i + len(prep)
			}
		}
	}
	if at < 0 {
		return -1, doc.Mention{}, false
	}
	pos := sp.Start + at
	k := sort.Search(len(rs.named), func(i int) bool { return rs.named[i].Start >= pos })
	if k >= len(rs.named) || rs.named[k].End > sp.End || rs.named[k].Entity < 0 {
		return -1, doc.Mention{}, false
	}
	m := rs.named[k]
	if strings.TrimSpace(rs.d.Text[pos:m.Start]) != "" && !determinerOnly(rs.d.Text[pos:m.Start]) {
		return -1, doc.Mention{}, false // "a report by two analysts at Acme"
	}
	if placeLike(rs.d.Entities[m.Entity].Type) || strings.Contains(rs.d.Text[m.End:sp.End], " and ") {
		// "reports from Russia" come out of a place, not from its
		// government; a joint report has no one author.
		return -1, doc.Mention{}, false
	}
	return rs.speaking(m.Entity), m, true
}

// documentNouns name what a body or person puts out: a statement's words
// and a survey's findings alike come from whoever published them.
var documentNouns = set(`statement statements report reports communique communiqué announcement release letter
document message post tweet note declaration survey study analysis data figures presentation filing`)
