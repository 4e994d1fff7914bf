package entity

import (
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// possessives are the determiners that name an owner.
var possessives = set(`his her its their`)

// possessor resolves a phrase whose head is a thing someone owns that
// speaks for them ("Her lawsuit said", "Its website says", "Mr Lim's
// advice was"): the owner, a possessive pronoun or a name with 's. A
// person ("his lawyer") or a body ("the firm's board") speaks for itself.
func (rs *resolver) possessor(sp doc.Span, words []string, attr int) (int, doc.Mention, bool) {
	_, head := describes(words)
	if len(words) < 2 || nouns.person(head) || nouns.group(head) || personHeads[head] || spokesNouns[head] {
		return -1, doc.Mention{}, false
	}
	d := rs.d
	if possessives[words[0]] {
		end := sp.Start + len(words[0])
		return rs.resolve1(doc.Span{Start: sp.Start, End: end}, attr)
	}
	for i := sp.Start; i+1 < sp.End; i++ {
		if d.Text[i] == '\'' || strings.HasPrefix(d.Text[i:], "’") {
			nm, ok := rs.lastName(doc.Span{Start: sp.Start, End: i})
			if lead := strings.ToLower(d.Text[sp.Start:max(sp.Start, nm.Start)]); ok && nm.End == i && (lead == "" || lead == "the ") {
				return rs.speaking(nm.Entity), nm, true
			}
			break
		}
	}
	return -1, doc.Mention{}, false
}

// resolve1 resolves a possessive pronoun as the pronoun it is.
func (rs *resolver) resolve1(sp doc.Span, attr int) (int, doc.Mention, bool) {
	w := strings.ToLower(rs.d.Slice(sp))
	pron := map[string]string{"his": "he", "her": "she", "its": "it", "their": "they"}[w]
	e := rs.pronoun(pron, sp)
	if e < 0 {
		return -1, doc.Mention{Span: sp, Entity: -1}, true
	}
	return e, rs.record(sp, doc.PronounMention, e), true
}
