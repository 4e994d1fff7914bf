package entity

import (
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// appositive reads "His deputy, Jane Smith, said" and "the chairman of
// the working party, Ambassador Stefan Johannesson, warned": the person
// named right after the phrase's comma, past a title; and "Bob Neill,
// leader of the group, said": the person named right before it.
func (rs *resolver) appositive(sp doc.Span, _ []string, _ int) (int, doc.Mention, bool) {
	d := rs.d
	if e, ok := rs.appositiveBefore(sp); ok {
		return e, rs.record(sp, doc.NominalMention, e), true
	}
	rest := d.Text[sp.End:min(len(d.Text), sp.End+2)]
	if rest != ", " {
		return -1, doc.Mention{}, false
	}
	from := sp.End + 2
	k := sort.Search(len(rs.named), func(i int) bool { return rs.named[i].Start >= from })
	if k >= len(rs.named) || rs.named[k].Start-from > 30 || rs.named[k].Entity < 0 {
		return -1, doc.Mention{}, false
	}
	nm := rs.named[k]
	if d.Entities[nm.Entity].Type != doc.Person || !titleWords(d.Text[from:nm.Start]) {
		return -1, doc.Mention{}, false
	}
	return nm.Entity, rs.record(sp, doc.NominalMention, nm.Entity), true
}

// appositiveBefore reads "Christoph Caselitz, president of the networks
// division, says": a description whose phrase follows a person's name and
// a comma is that person.
func (rs *resolver) appositiveBefore(sp doc.Span) (int, bool) {
	d := rs.d
	if sp.Start < 2 || d.Text[sp.Start-2:sp.Start] != ", " {
		return -1, false
	}
	k := sort.Search(len(rs.named), func(i int) bool { return rs.named[i].End >= sp.Start-2 })
	if k >= len(rs.named) || rs.named[k].End != sp.Start-2 || rs.named[k].Entity < 0 {
		return -1, false
	}
	e := rs.named[k].Entity
	return e, d.Entities[e].Type == doc.Person
}

// titleWords reports whether text is empty or only capitalised words
// ("Ambassador ", "Dr ").
func titleWords(text string) bool {
	for _, w := range strings.Fields(text) {
		if c := w[0]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}
