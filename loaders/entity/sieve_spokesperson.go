package entity

import (
	"slices"
	"sort"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// spokesperson reads the phrases in which a spokesperson speaks for a
// body: "a spokesman for X" (X after the preposition) and "X's
// spokeswoman" or "X spokesmen" (X before the noun). A spokesperson
// named after the noun ("campaign spokesman Jason Miller") speaks in
// their own name, which the name sieve reads.
func (rs *resolver) spokesperson(sp doc.Span, words []string, attr int) (int, doc.Mention, bool) {
	at := -1
	for i, w := range words {
		if spokesNouns[w] {
			at = i
			break
		}
	}
	if at < 0 {
		return -1, doc.Mention{}, false
	}
	if at+1 < len(words) && (words[at+1] == "for" || words[at+1] == "of" || words[at+1] == "at" || words[at+1] == "from") && at+2 < len(words) {
		return rs.spokenFor(sp, words[at+2:], attr)
	}
	if at+1 < len(words) {
		return -1, doc.Mention{}, false
	}
	if at == 1 && (words[0] == "the" || words[0] == "a" || words[0] == "an") {
		if e := rs.unnamedBody(sp.Start, words[0] == "the"); e >= 0 {
			return e, rs.record(sp, doc.NominalMention, e), true
		}
	}
	// "the DCA's spokeswoman", "Northwind spokesmen".
	if nm, ok := rs.lastName(sp); ok {
		if rs.d.Entities[nm.Entity].Type != doc.Person {
			return rs.speaking(nm.Entity), nm, true
		}
		return -1, doc.Mention{}, false
	}
	// "a company spokesman", "a bank spokeswoman": the company or bank
	// the story is about. A noun of no known class ("a union spokesman")
	// tells too little.
	if cl := nominalClasses[words[max(at-1, 0)]]; at >= 1 && len(cl) > 0 && cl[0] != "" {
		if e := rs.organization(sp.Start, words[at-1], nominalClasses[words[at-1]]); e >= 0 {
			return e, rs.record(sp, doc.NominalMention, e), true
		}
	}
	return -1, doc.Mention{}, false
}

// spokenFor resolves the body after "a spokesman for": a name in the
// phrase, else a description such as "the ministry".
func (rs *resolver) spokenFor(sp doc.Span, body []string, attr int) (int, doc.Mention, bool) {
	if nm, ok := rs.lastName(sp); ok {
		return rs.speaking(nm.Entity), nm, true
	}
	if e, m := rs.nominal(body, sp, attr); e >= 0 {
		return e, m, true
	}
	return -1, doc.Mention{Span: sp, Entity: -1}, true
}

// lastName returns the last name mention inside sp.
func (rs *resolver) lastName(sp doc.Span) (doc.Mention, bool) {
	k := sort.Search(len(rs.named), func(i int) bool { return rs.named[i].End > sp.Start })
	var best doc.Mention
	found := false
	for ; k < len(rs.named) && rs.named[k].Start < sp.End; k++ {
		if m := rs.named[k]; m.Entity >= 0 && m.Entity < len(rs.d.Entities) {
			best, found = m, true
		}
	}
	return best, found
}

var spokesNouns = set(`spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople representative representatives`)

// unnamedBody resolves a spokesperson whose phrase names no body. "The
// spokesman" after "a Home Office spokesman said" speaks for the body the
// last spokesperson spoke for; so does "a spokesman" within lookBackParas
// paragraphs of one ("…, a Harlow spokesman said. … "…," a spokesman
// said"). Otherwise the body that is the subject or the speaker of this
// sentence or the one before is the one that speaks ("Harlow Mining Corp
// denied a report … "…," a spokesman told reporters"); -1 when there is
// none.
func (rs *resolver) unnamedBody(pos int, definite bool) int {
	maxParas := lookBackParas
	if definite {
		maxParas = len(rs.d.Paragraphs)
	}
	if e := rs.lastSpokesBody(pos, maxParas); e >= 0 {
		return e
	}
	return rs.recentSubject(pos, rs.isBody)
}

// isBody reports an organization, a government or a news agency: what a
// spokesperson can speak for.
func (rs *resolver) isBody(e int) bool {
	t := rs.d.Entities[e].Type
	return t == doc.Organization || t == doc.Government || t == doc.NewsAgency
}

// lastSpokesBody returns the body that the last spokesperson before pos,
// within maxParas paragraphs of it, spoke for, or -1 when no spokesperson
// resolved to a body spoke there.
func (rs *resolver) lastSpokesBody(pos, maxParas int) int {
	minPara := rs.para(pos) - maxParas
	for s := len(rs.spoken) - 1; s >= 0; s-- {
		m := rs.spoken[s]
		if m.Start < pos && rs.para(m.Start) < minPara {
			break
		}
		if m.Start >= pos || m.Entity < 0 || rs.d.Entities[m.Entity].Type == doc.Person {
			continue
		}
		if rs.phraseHas(m.Span, func(w string) bool { return spokesNouns[w] }) {
			return m.Entity
		}
	}
	return -1
}

// phraseHas reports whether a word of the phrase at sp, lower-cased and
// trimmed as phraseWords gives it, is one that ok accepts.
func (rs *resolver) phraseHas(sp doc.Span, ok func(w string) bool) bool {
	var wb [8]string
	return slices.ContainsFunc(phraseWords(wb[:0], rs.d.Slice(sp)), ok)
}
