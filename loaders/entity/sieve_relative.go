package entity

import (
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// relative reads "Mr Blair, who said …": the name right before the
// relative pronoun.
func (rs *resolver) relative(sp doc.Span, words []string, _ int) (int, doc.Mention, bool) {
	if len(words) != 1 || words[0] != "who" && words[0] != "which" {
		return -1, doc.Mention{}, false
	}
	d := rs.d
	k := sort.Search(len(rs.named), func(i int) bool { return rs.named[i].End > sp.Start }) - 1
	for ; k >= 0 && sp.Start-rs.named[k].End < 8; k-- {
		m := rs.named[k]
		if m.End <= sp.Start && strings.Trim(d.Text[m.End:sp.Start], " ,\n") == "" && m.Entity >= 0 {
			e := rs.speaking(m.Entity)
			return e, rs.record(sp, doc.PronounMention, e), true
		}
	}
	return -1, doc.Mention{Span: sp, Entity: -1}, true
}
