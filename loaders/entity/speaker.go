package entity

import (
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// A speakerSieve is one mention-to-speaker rule: given a speaker or
// subject phrase, it returns the entity the phrase means and the mention
// it makes, or false to let the next sieve try. The words are the
// phrase's lower-cased words with punctuation trimmed.
type speakerSieve struct {
	name string
	run  func(rs *resolver, sp doc.Span, words []string, attr int) (int, doc.Mention, bool)
}

// speakerSieves are tried in order on every speaker and non-comment
// subject phrase, the way CoreNLP's mention-to-speaker sieves are: the
// most specific reading of the phrase first.
var speakerSieves = []speakerSieve{
	// "a spokesman for the ministry", "the DCA's spokeswoman", "Northwind
	// spokesmen": the body the spokesperson speaks for.
	{"spokesperson", (*resolver).spokesperson},
	// "Morgan Stanley analyst Walter Loeb", "Jones' lawyer Richard
	// Nicholls", "Mr Blair": the name that heads the phrase.
	{"name", (*resolver).headName},
	// "His deputy, Jane Smith, said": the name in apposition.
	{"appositive", (*resolver).appositive},
	// "Mr Blair, who said …": the name the relative pronoun hangs on.
	{"relative", (*resolver).relative},
	// "he", "she", "they", "it": by gender, number and salience.
	{"pronoun", (*resolver).pronounSieve},
	// "Her lawsuit said", "the firm's website says", "His advice": a
	// thing of someone's that speaks for them.
	{"possessor", (*resolver).possessor},
	// "the group", "the prime minister", "the 29-year-old": by type,
	// role and salience.
	{"description", (*resolver).description},
}

// resolve returns the entity a speaker or subject phrase means, the
// mention it made (a name, a pronoun or a nominal) and the name of the
// sieve that resolved it ("" when none did).
func (rs *resolver) resolve(sp doc.Span, attr int) (int, doc.Mention, string) {
	words := phraseWords(rs.d.Slice(sp))
	if len(words) == 0 {
		return -1, doc.Mention{Span: sp, Entity: -1}, ""
	}
	for _, s := range speakerSieves {
		if e, m, ok := s.run(rs, sp, words, attr); ok {
			return e, m, s.name
		}
	}
	return -1, doc.Mention{Span: sp, Entity: -1}, ""
}

// phraseWords lower-cases and splits a phrase, trimming punctuation.
func phraseWords(text string) []string {
	words := strings.Fields(strings.ToLower(text))
	out := words[:0]
	for _, w := range words {
		if w = strings.Trim(w, ",.;:\"'\u201c\u201d\u2018\u2019()"); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// headName resolves a phrase holding a name to the name that heads it:
// the last name in the phrase that is neither a possessive modifier
// ("Jones' lawyer Richard Nicholls", "Rudolph's supporters") nor inside a
// prepositional phrase ("the mayor of London"). A place that speaks is its
// government; people somewhere ("Residents in the village of Eastmoor")
// are not the place.
func (rs *resolver) headName(sp doc.Span, _ []string, _ int) (int, doc.Mention, bool) {
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
		if m.End < sp.End && (possessiveAfter(d.Text, m.End) || modifies(d.Text[m.End:sp.End])) {
			continue
		}
		if before := d.Text[sp.Start:max(sp.Start, m.Start)]; afterPreposition(before) && !determinerOnly(before) {
			continue
		}
		best, found = m, true
	}
	return best, found
}

// modifies reports whether the rest of a phrase after a name starts with
// a person noun the name modifies ("Morgan Stanley analyst …", "the
// Ealing North MP", "Chelsea defender …"), so that the name is the
// person's employer or constituency, not the speaker. "An FA statement"
// and "Henry afterwards" keep their name.
func modifies(rest string) bool {
	w := strings.Fields(rest)
	if len(w) == 0 || strings.HasPrefix(strings.TrimSpace(rest), ",") {
		return false
	}
	first := strings.ToLower(strings.Trim(w[0], ",.;:"))
	if prepositionWords[first] || first == "and" || first == "or" || first == "who" {
		return false
	}
	return personHeads[first] || nouns.person(first) || gaz.titles[w[0]].Role != ""
}

// possessiveAfter reports a possessive mark right after a name.
func possessiveAfter(text string, end int) bool {
	rest := text[end:min(len(text), end+4)]
	return strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’")
}

// prepositionWords open a phrase whose name modifies the head before it.
var prepositionWords = set(`of for at from by with in on about against to`)

// afterPreposition reports whether the words before a name in a phrase
// contain a preposition ("the mayor of", "separate figures from the").
func afterPreposition(before string) bool {
	for _, w := range strings.Fields(strings.ToLower(before)) {
		if prepositionWords[w] {
			return true
		}
	}
	return false
}

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

var pronouns = set(`he she him his they them their it its we i`)

// pronounSieve resolves a lone pronoun.
func (rs *resolver) pronounSieve(sp doc.Span, words []string, _ int) (int, doc.Mention, bool) {
	if len(words) != 1 || !pronouns[words[0]] {
		return -1, doc.Mention{}, false
	}
	m := doc.Mention{Span: sp, Entity: -1}
	e := rs.pronoun(words[0], sp)
	if e >= 0 {
		m = rs.record(sp, doc.PronounMention, e)
	}
	return e, m, true
}

// description resolves a description ("the group", "a spokesman for the
// ministry", "the prime minister").
func (rs *resolver) description(sp doc.Span, words []string, attr int) (int, doc.Mention, bool) {
	e, m := rs.nominal(words, sp, attr)
	return e, m, e >= 0
}

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
	// "the DCA's spokeswoman", "Northwind spokesmen".
	if nm, ok := rs.lastName(sp); ok && rs.d.Entities[nm.Entity].Type != doc.Person {
		return rs.speaking(nm.Entity), nm, true
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
