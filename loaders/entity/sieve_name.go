package entity

import (
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// headName resolves a phrase holding a name to the name that heads it:
// the last name in the phrase that is neither a possessive modifier
// ("Jones' lawyer Richard Nicholls", "Rudolph's supporters") nor inside a
// prepositional phrase ("the mayor of London"). A place that speaks is its
// government; people somewhere ("Residents in the village of Eastmoor")
// are not the place.
func (rs *resolver) headName(sp doc.Span, _ []string, _ int) (int, doc.Mention, bool) {
	if rs.coordinated(sp) {
		// "Holcomb and GOP legislative leaders touted …": several
		// speakers, none of whom said it alone.
		return -1, doc.Mention{Span: sp, Entity: -1}, true
	}
	nm, ok := rs.head(sp)
	if !ok {
		return -1, doc.Mention{}, false
	}
	e := nm.Entity
	if g := rs.speaking(e); g != e {
		rs.move(nm, e, g)
		nm.Entity = g
		e = g
	}
	if rs.d.Entities[e].Type == doc.Place && nm.Start > sp.Start && !determinerOnly(rs.d.Text[sp.Start:nm.Start]) {
		return -1, doc.Mention{Span: sp, Entity: -1}, true
	}
	return e, nm, true
}

// coordinated reports a phrase that joins two speakers with "and" ("Smith
// and Jones", "the mayor and council leaders"), where the "and" is not
// inside a name ("Marks and Spencer") and no preposition comes before it
// ("the Department of Trade and Industry" is read as a name, "the
// mayor of Bath and Wells" as the mayor). The first conjunct is a name or
// ends in a noun of a person or body, so that a title ("Trade and
// Industry Secretary Patricia Hewitt") or a firm's possessive ("Ernst and
// Young's Sanjay Mehta") is not read as two speakers.
func (rs *resolver) coordinated(sp doc.Span) bool {
	text := rs.d.Text[sp.Start:sp.End]
	at := strings.Index(text, " and ")
	if at < 0 || strings.Contains(text[:at], ",") || strings.ContainsAny(text[at:], "'’") {
		return false
	}
	words := strings.Fields(strings.ToLower(text[:at]))
	for _, w := range words {
		if prepositionWords[w] {
			return false
		}
	}
	pos := sp.Start + at + 1
	k := sort.Search(len(rs.named), func(i int) bool { return rs.named[i].End > pos })
	if k < len(rs.named) && rs.named[k].Start <= pos {
		return false // "Marks and Spencer"
	}
	if after := strings.Fields(text[at+5:]); len(words) == 1 && len(after) > 1 && capitalized(after[1]) &&
		personHeads[strings.ToLower(after[1])] {
		return false // "Trade and Industry Secretary Patricia Hewitt"
	}
	if len(words) == 0 {
		return false // " and …": no first conjunct
	}
	last := words[len(words)-1]
	named := k > 0 && rs.named[k-1].End > sp.Start && rs.named[k-1].End == sp.Start+at
	return named || nouns.person(last) || nouns.group(last) || personHeads[last]
}

// head returns the name mention heading sp (see headName).
func (rs *resolver) head(sp doc.Span) (doc.Mention, bool) {
	d := rs.d
	k := sort.Search(len(rs.named), func(i int) bool { return rs.named[i].End > sp.Start })
	var best doc.Mention
	found := false
	for ; k < len(rs.named) && rs.named[k].Start < sp.End; k++ {
		m := rs.named[k]
		if m.Entity < 0 || m.Entity >= len(d.Entities) {
			continue
		}
		if m.End < sp.End && (possessiveAfter(d.Text, m.End) || modifies(d.Text[m.End:sp.End]) ||
			placeLike(d.Entities[m.Entity].Type) && nounFollows(d.Text[m.End:sp.End])) {
			continue
		}
		person := d.Entities[m.Entity].Type == doc.Person
		if before := d.Text[sp.Start:max(sp.Start, m.Start)]; rs.afterPreposition(sp.Start, m.Start, person) && !determinerOnly(before) {
			continue
		}
		best, found = m, true
	}
	return best, found
}

// modifies reports whether the rest of a phrase after a name starts with
// a person noun the name modifies ("Morgan Stanley analyst …", "the
// Ealing North MP", "Chelsea defender …"), so that the name is the
// person's employer or constituency, not the speaker; or ends in a person
// noun that heads it ("LG card's creditors"). "An FA statement" and
// "Henry afterwards" keep their name.
func modifies(rest string) bool {
	var wb [8]string
	w := doc.AppendFields(wb[:0], rest)
	if len(w) == 0 || strings.HasPrefix(strings.TrimSpace(rest), ",") {
		return false
	}
	first := strings.ToLower(strings.Trim(w[0], ",.;:"))
	if prepositionWords[first] || first == "and" || first == "or" || first == "who" {
		return false
	}
	last := strings.ToLower(strings.Trim(w[len(w)-1], ",.;:"))
	if capitalized(w[len(w)-1]) {
		// Another name heads the phrase; it is read in its turn.
		last = first
	}
	return personHeads[first] || nouns.person(first) || gaz.titles[w[0]].Role != "" ||
		personHeads[last] || nouns.person(last)
}

// placeLike reports a place or a country's government: a name that
// modifies the noun after it ("the US firm") rather than naming it, as
// a body's name does ("the Reuters news agency").
func placeLike(t doc.EntityType) bool { return t == doc.Place || t == doc.Government }

// nounFollows reports whether the rest of a phrase after a place
// is a run of lower-case words that holds a noun of a body or a person,
// which the name modifies ("the US firm", "the US investment bank", "the
// US economy"): the phrase speaks of something else. A person's name is
// read by modifies instead; "DaimlerChrysler last week" keeps its name.
func nounFollows(rest string) bool {
	for _, w := range strings.Fields(rest) {
		if w = strings.Trim(w, ",.;:"); w == "" || capitalized(w) || !isLetter(w[0]) {
			return false
		}
		w = strings.ToLower(w)
		if prepositionWords[w] || w == "and" || w == "or" || w == "who" || w == "which" {
			return false
		}
		if nominalClasses[w] != nil || nouns.group(w) || nouns.person(w) || personHeads[w] {
			return true
		}
	}
	return false
}

// possessiveAfter reports a possessive mark right after a name.
func possessiveAfter(text string, end int) bool {
	rest := text[end:min(len(text), end+4)]
	return strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’")
}

// prepositionWords open a phrase whose name modifies the head before it.
var prepositionWords = set(`of for at from by with in on about against to`)

// afterPreposition reports whether the name at to is the object of a
// preposition in the phrase from from ("the mayor of Bath", "separate
// figures from the Building Societies Association", "the wife of former
// president Tom Kell", "an analyst at research firm Harlow") or a
// conjunct after "and" ("the Department of Trade and Industry"). A
// preposition inside a name ("Bank of England economist Ann Lee") does
// not count, nor one after a role whose object is a field rather than a
// person or a body ("director of rugby Tom Kell", "head of research Ann
// Lee"): a person's name then heads the phrase. Any other name after a
// preposition is its object ("Union Bank of Switzerland (London)").
func (rs *resolver) afterPreposition(from, to int, person bool) bool {
	d := rs.d
	var p prepObject
	for i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= from }); i < len(d.Tokens) && d.Tokens[i].Start < to; i++ {
		t := d.Tokens[i]
		p.word(t.Text, rs.lowerTok(i), person && rs.insideName(t.Start))
	}
	return p.conj || p.held && !(person && p.ofRole && p.field && !p.body && !p.titled)
}

// lowerTok is token i lower-cased, from the view segmentation filled.
func (rs *resolver) lowerTok(i int) string {
	if v := &rs.d.View; v.Indexed(len(rs.d.Tokens)) {
		return v.Lower[i]
	}
	return strings.ToLower(rs.d.Tokens[i].Text)
}

// prepObject reads a phrase token by token for afterPreposition.
type prepObject struct {
	held, ofRole, prevRole bool // a preposition holds what follows; it came after a role
	field, body, conj      bool // its object has a field noun, a noun of a person or body; "and" came last
	titled                 bool // the last word is a title ("an aide to Agriculture Secretary …")
}

// word reads the phrase's next token w, lw lower-cased; inName says a
// name covers it. Punctuation tokens change nothing.
func (p *prepObject) word(w, lw string, inName bool) {
	lw = strings.TrimSuffix(lw, ".") // "Gen." is a role's abbreviation
	role := roleNouns[lw] || personHeads[lw]
	p.titled = gaz.titles[w].Role != ""
	switch {
	case prepositionWords[lw]:
		if !inName {
			p.held, p.ofRole, p.field, p.body = true, p.prevRole, false, false
		}
	case lw == "and" || lw == "or" || lw == "&":
		p.conj = true
		p.prevRole = false
		return
	case determiners[lw]:
		p.prevRole = false
		return
	case lw == "" || !isLetter(lw[0]):
	case capitalized(w):
		// "Secretary of Agriculture Daniel Kell": a title's own object;
		// "spokesman for Senator Tom Kell" holds the senator.
		p.field = p.field || gaz.titles[w].Role == ""
	case role || roleMods[lw] || nouns.person(lw) || nouns.group(lw) || nominalClasses[lw] != nil:
		p.body = true
	default:
		p.field = true
	}
	p.conj = false
	p.prevRole = role
}

// determiners may stand between a preposition or "and" and the name.
var determiners = set(`the a an his her its their our my`)

// insideName reports whether a named mention covers offset pos.
func (rs *resolver) insideName(pos int) bool {
	k := sort.Search(len(rs.named), func(i int) bool { return rs.named[i].End > pos })
	return k < len(rs.named) && rs.named[k].Start <= pos
}
