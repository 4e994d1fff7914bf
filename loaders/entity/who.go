package entity

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// This file resolves who did not comment. The non-comment stage hands
// over the phrase that names the party (NonComment.Subject: the
// organization a spokesperson speaks for, the reporting subject a pronoun
// stands for, the speaker of a quote), so most of the work is done; what
// is left is what only the whole article tells: "a spokesman" or
// "officials" with no name speak for the organization in focus, "he"
// after a spokesman's words is that spokesman's organization, and a person
// who is a spokesperson stands for the body he speaks for.

// who resolves non-comment subjects over one document; speakers indexes
// d.Attributions that have a speaker, by the speaker's start, so that
// every look-up is a binary search and a bounded walk.
type who struct {
	*resolver
	speakers []int
	// prev is the entity of the last non-comment resolved and where its
	// mention started: "X can't comment, X told reporters. He declined
	// to elaborate."
	prev, prevAt int
	// classes and names cache class() and lower-cased names by entity.
	classes, names map[int]string
	// budget counts down the calls into the resolver's own look-ups,
	// which walk every speaker resolved so far: a hostile article with
	// thousands of refusals stays linear.
	budget int
}

// maxBack bounds how many names a look-back inspects: an article's worth.
const maxBack = 120

func (rs *resolver) newWho() *who {
	w := &who{resolver: rs, budget: 200, prev: -1, classes: map[int]string{}, names: map[int]string{},
		speakers: make([]int, 0, len(rs.d.Attributions))}
	for i, a := range rs.d.Attributions {
		if !a.Speaker.Empty() {
			w.speakers = append(w.speakers, i)
		}
	}
	as := rs.d.Attributions
	slices.SortStableFunc(w.speakers, func(x, y int) int { return cmp.Compare(as[x].Speaker.Start, as[y].Speaker.Start) })
	return w
}

// nonComment sets n.Entity.
func (rs *who) nonComment(n *doc.NonComment) {
	d := rs.d
	n.Entity = -1
	sp := n.Subject
	if sp.Empty() {
		sp = n.Who
	}
	if sp.Empty() {
		return
	}
	e := rs.whoEntity(sp)
	if e < 0 && !n.Subject.Empty() && !n.Who.Empty() {
		// "a spokesman for the companies": the companies named nowhere,
		// the spokesman speaks for the organization in focus.
		e = rs.contactBody(n.Who, lowerWords(d.Slice(n.Who)))
	}
	if e >= 0 {
		e = rs.speaksFor(e, sp.Start)
	}
	n.Entity = e
	rs.prev, rs.prevAt = e, n.Who.Start
}

// whoEntity resolves the phrase that names who did not comment.
func (rs *who) whoEntity(sp doc.Span) int {
	d := rs.d
	words := lowerWords(d.Slice(sp))
	if len(words) == 0 {
		return -1
	}
	if nm, ok := rs.headName(sp); ok {
		if f := rs.fullName(sp, nm); f >= 0 {
			return f
		}
		rs.peer(nm)
		return rs.metonym(rs.speaking(nm.Entity), nm)
	}
	if e := rs.shortName(sp); e >= 0 {
		return e
	}
	if len(words) == 1 && (words[0] == "it" || words[0] == "they") {
		// "Despite the commission delivering its decision, it refused
		// to comment": the body the sentence named before the pronoun.
		if e := rs.describedInSentence(sp.Start); e >= 0 {
			return e
		}
	}
	if len(words) == 1 && (words[0] == "he" || words[0] == "she") {
		// "…," the spokesman said. He declined to elaborate.
		if e := rs.contactSpeaker(sp.Start); e >= 0 {
			return e
		}
		if rs.prev >= 0 && d.Entities[rs.prev].Type == doc.Person && rs.prevAt < sp.Start && (rs.prevAt >= sentencesBack(d, sp.Start, 1) || sp.Start-rs.prevAt < 300) {
			return rs.prev
		}
		if e := rs.backSubject(sp.Start, func(x int) bool { return d.Entities[x].Type == doc.Person }); e >= 0 {
			return e
		}
	}
	if e := rs.described(sp.Start, words); e >= 0 {
		return e
	}
	if rs.budget > 0 {
		rs.budget--
		if e, _, _ := rs.resolve(sp, -1); e >= 0 {
			return e
		}
	}
	return rs.contactBody(sp, words)
}

// headName returns the name that heads the phrase: the one that ends it,
// the longest on a tie ("Borel chairman Lord Carrick" is Lord Carrick,
// "Delta Mills chief executive Richard Orme" is Richard Orme).
func (rs *who) headName(sp doc.Span) (doc.Mention, bool) {
	var best doc.Mention
	found := false
	k := sort.Search(len(rs.named), func(i int) bool { return rs.named[i].End > sp.Start })
	for ; k < len(rs.named) && rs.named[k].Start < sp.End; k++ {
		m := rs.named[k]
		if m.Entity < 0 || m.Entity >= len(rs.d.Entities) || m.Start < sp.Start || m.End > sp.End {
			continue
		}
		if !found || m.End > best.End || m.End == best.End && m.Len() > best.Len() {
			best, found = m, true
		}
	}
	return best, found
}

// peerage are titles that are part of a peer's name: "Lord Carrick" is not
// "Carrick" (where "Sir John Major" is John Major).
var peerage = set(`Lord Lady Baroness Baron Viscount Earl Countess Duke Duchess Marquess`)

// peer gives a person known only by a peerage title its whole name: the
// recognizer strips titles as honorifics, which leaves "Carrick".
func (rs *who) peer(nm doc.Mention) {
	d := rs.d
	ent := &d.Entities[nm.Entity]
	if ent.Type != doc.Person || strings.Contains(ent.Name, " ") {
		return
	}
	before := strings.Fields(d.Text[max(0, nm.Start-20):nm.Start])
	if len(before) == 0 || !peerage[before[len(before)-1]] {
		return
	}
	old := ent.Name
	ent.Name = before[len(before)-1] + " " + old
	addAlias(ent, old)
}

// shortName resolves a capitalized word that names no entity by itself
// but opens one's name ("Northwind spokesmen" for Northwind Textiles).
func (rs *who) shortName(sp doc.Span) int {
	text := strings.TrimSpace(rs.d.Slice(sp))
	if text == "" || !nameLike(text) || strings.ContainsAny(text, " \n") {
		return -1
	}
	return rs.salient(sp.Start, func(x int) int {
		name := rs.d.Entities[x].Name
		if strings.HasPrefix(name, text+" ") {
			return 0
		}
		return -1
	})
}

// describedInSentence resolves the first "the <body>" of the sentence
// before pos ("the commission", "the company").
func (rs *who) describedInSentence(pos int) int {
	d := rs.d
	s := rs.sentenceOf(pos)
	from := max(s.Start, pos-300)
	words := lowerWords(d.Text[from:pos])
	for i := 0; i+1 < len(words); i++ {
		if words[i] == "the" && nominalClasses[words[i+1]] != nil {
			return rs.described(pos, words[i:i+2])
		}
	}
	return -1
}

// fullName returns an organization named by the whole subject when the
// recognizer found only part of it, split at "and" ("Department for
// Education and Skills" gave "Department"), or -1.
func (rs *who) fullName(sp doc.Span, nm doc.Mention) int {
	d := rs.d
	text := strings.Join(strings.Fields(d.Slice(sp)), " ")
	w := strings.Fields(text)
	for len(w) > 0 && (!nameLike(w[0]) || w[0] == "The") {
		w = w[1:] // "the", "state-owned"
	}
	if len(w) < 3 || nm.Len() >= len(text) || !strings.Contains(" "+strings.ToLower(strings.Join(w, " "))+" ", " and ") {
		return -1
	}
	for _, x := range w {
		if !nameLike(x) && x != "and" && x != "for" && x != "of" && x != "&" {
			return -1
		}
	}
	if !orgHeads[w[0]] && !orgHeads[w[len(w)-1]] {
		return -1
	}
	name := strings.Join(w, " ")
	id := idFor(doc.Organization, name)
	for i, x := range d.Entities {
		if x.ID == id {
			return i
		}
	}
	d.Entities = append(d.Entities, doc.Entity{ID: id, Name: name, Type: doc.Organization, Affiliation: -1})
	return len(d.Entities) - 1
}

// described resolves a definite description the resolver's look-back
// missed: "the chancellor" is the person last in subject position; "the
// company" the nearest organization of that kind, however far back (wire
// copy counts every line as a paragraph).
func (rs *who) described(pos int, words []string) int {
	d := rs.d
	if len(words) < 2 || words[0] != "the" && words[0] != "this" {
		return -1
	}
	head := words[len(words)-1]
	if personHeads[head] {
		return rs.recentSubject(pos, func(x int) bool {
			ent := d.Entities[x]
			return ent.Type == doc.Person && (ent.Role == "" || strings.Contains(strings.ToLower(ent.Role), head))
		})
	}
	if e := rs.nounAfterName(pos, head); e >= 0 {
		return e
	}
	wants := nominalClasses[head]
	return rs.salient(pos, func(x int) int {
		ent := d.Entities[x]
		if ent.Type != doc.Organization && ent.Type != doc.NewsAgency {
			return -1
		}
		c, ok := rs.classes[x]
		if !ok {
			c = class(ent)
			rs.classes[x] = c
		}
		for i, w := range wants {
			if c == w {
				return i
			}
		}
		return -1
	})
}

// salient returns, among the entities named before pos that rank
// accepts (rank >= 0), the one named most often ("the firm" is the firm
// the story is about, not one named in passing); on a tie the better
// ranked kind, then the nearest.
func (rs *who) salient(pos int, rank func(int) int) int {
	count := map[int]int{}
	best, bestN, bestR := -1, 0, 0
	for k, n := rs.namedBefore(pos), 0; k >= 0 && n < maxBack; k, n = k-1, n+1 {
		m := rs.named[k]
		if m.Entity < 0 || m.Entity >= len(rs.d.Entities) {
			continue
		}
		r := rank(m.Entity)
		if r < 0 {
			continue
		}
		count[m.Entity]++
		if n := count[m.Entity]; n > bestN || n == bestN && r < bestR {
			best, bestN, bestR = m.Entity, n, r
		}
	}
	return best
}

// lowerName returns entity x's name in lower case.
func (rs *who) lowerName(x int) string {
	n, ok := rs.names[x]
	if !ok {
		n = strings.ToLower(rs.d.Entities[x].Name)
		rs.names[x] = n
	}
	return n
}

// namedBefore returns the index in rs.named of the last name that starts
// before pos, or -1.
func (rs *who) namedBefore(pos int) int {
	return sort.Search(len(rs.named), func(i int) bool { return rs.named[i].Start >= pos }) - 1
}

// nearest returns the entity of the nearest name before pos, outside
// quotations, that ok accepts, however far back within maxBack names.
func (rs *who) nearest(pos int, ok func(int) bool) int {
	for k, n := rs.namedBefore(pos), 0; k >= 0 && n < maxBack; k, n = k-1, n+1 {
		m := rs.named[k]
		if m.Entity < 0 || m.Entity >= len(rs.d.Entities) || rs.inQuote(m.Span) {
			continue
		}
		if ok(m.Entity) {
			return m.Entity
		}
	}
	return -1
}

// metonym keeps the name a government was called by when it is an
// institution's ("the White House", "Downing Street"): that is who
// declined, and the government is its affiliation.
func (rs *who) metonym(e int, nm doc.Mention) int {
	d := rs.d
	ent := d.Entities[e]
	text := strings.TrimPrefix(d.Slice(nm.Span), "the ")
	if ent.Type != doc.Government || strings.EqualFold(text, ent.Name) || !nameLike(text) || len(strings.Fields(text)) < 2 {
		return e
	}
	if _, ok := gaz.countryOfPlace(text); ok {
		return e
	}
	id := idFor(doc.Organization, text)
	for i, x := range d.Entities {
		if x.ID == id {
			return i
		}
	}
	d.Entities = append(d.Entities, doc.Entity{ID: id, Name: text, Type: doc.Organization, Affiliation: e})
	return len(d.Entities) - 1
}

// contactSpeaker returns the organization of the nearest speaker in the
// last two sentences when that speaker was a spokesperson ("a United
// Technologies spokesman told Reuters. … He declined to elaborate").
func (rs *who) contactSpeaker(pos int) int {
	d := rs.d
	from := sentencesBack(d, pos, 1)
	unnamed := false
	for n := 0; n < 4; n++ {
		as := d.Attributions
		k := sort.Search(len(rs.speakers), func(i int) bool { return as[rs.speakers[i]].Speaker.Start >= pos }) - 1
		if k < 0 || as[rs.speakers[k]].Speaker.Start < from {
			break
		}
		a := as[rs.speakers[k]]
		e := a.SpeakerEntity
		if !hasContact(d.Slice(a.Speaker)) && (e < 0 || !contactRole(d.Entities[e].Role)) {
			return -1
		}
		if o := rs.contactOrg(a.Speaker); o >= 0 {
			return o
		}
		if e >= 0 {
			return rs.speaksFor(e, a.Speaker.Start)
		}
		// "the spokesman said": the spokesman named before.
		pos = a.Speaker.Start
		from = sentencesBack(d, pos, 1)
		unnamed = true
	}
	if !unnamed {
		return -1
	}
	return rs.lastContactOrg(pos)
}

// lastContactOrg returns the organization of the nearest spokesperson
// named before pos ("a United Technologies spokesman", "a spokeswoman
// for Acme"), whether or not a report was found for him.
func (rs *who) lastContactOrg(pos int) int {
	d := rs.d
	k := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= pos }) - 1
	for n := 0; k >= 0 && n < maxBack; k, n = k-1, n+1 {
		t := d.Tokens[k]
		if !strings.Contains(strings.ToLower(t.Text), "spokes") {
			continue
		}
		// "United Technologies spokesman": a name ending right before.
		if j := rs.namedBefore(t.Start); j >= 0 {
			m := rs.named[j]
			if m.End <= t.Start && t.Start-m.End <= 2 && strings.TrimSpace(d.Text[m.End:t.Start]) == "" && m.Entity >= 0 {
				return m.Entity
			}
		}
		if k+2 < len(d.Tokens) {
			if w := strings.ToLower(d.Tokens[k+1].Text); w == "for" || w == "of" || w == "at" {
				if e := rs.contactOrg(doc.Span{Start: t.Start, End: d.Tokens[min(k+6, len(d.Tokens)-1)].End}); e >= 0 {
					return e
				}
			}
		}
		return -1
	}
	return -1
}

// contactOrg returns the organization a spokesperson phrase names: "a
// spokesman for the Bush-Cheney campaign", "X, spokesman of Y".
func (rs *who) contactOrg(sp doc.Span) int {
	d := rs.d
	text := strings.ToLower(d.Slice(sp))
	for _, w := range []string{" for ", " of ", " at "} {
		if i := strings.Index(text, w); i >= 0 && hasContact(text[:i]) {
			rest := doc.Span{Start: sp.Start + i + len(w), End: sp.End}
			if e, _, ok := rs.named1(rest); ok {
				return e
			}
		}
	}
	return -1
}

// speaksFor turns a person who is a spokesperson into the body he speaks
// for: his affiliation, else the organization in focus before pos.
func (rs *who) speaksFor(e, pos int) int {
	d := rs.d
	ent := d.Entities[e]
	if ent.Type != doc.Person || !contactRole(ent.Role) {
		return e
	}
	if a := ent.Affiliation; a >= 0 && a < len(d.Entities) && a != e {
		return a
	}
	// "company spokeswoman Denise Dallaire": the nearest company.
	for _, w := range lowerWords(ent.Role) {
		if b := rs.described(pos, []string{"the", w}); b >= 0 && d.Entities[b].Type != doc.Person {
			return b
		}
	}
	if b := rs.backSubject(pos, rs.isBody); b >= 0 {
		return b
	}
	return e
}

// contactBody resolves a phrase without a name: "a spokesman" or
// "officials" speak for the organization in focus; "Union officials", "the
// companies" for the nearest organization that head names.
func (rs *who) contactBody(sp doc.Span, words []string) int {
	body := rs.isBody
	for _, w := range words {
		stem := strings.TrimSuffix(w, "s")
		if strings.HasSuffix(w, "ies") {
			stem = strings.TrimSuffix(w, "ies")
		}
		if nominalClasses[w] == nil && nominalClasses[stem] == nil && nominalClasses[stem+"y"] == nil {
			continue
		}
		if e := rs.nearest(sp.Start, func(x int) bool {
			return body(x) && strings.Contains(rs.lowerName(x), stem)
		}); e >= 0 {
			return e
		}
	}
	if !speaksForBody(strings.Join(words, " ")) {
		// Lawyers speak for their clients, who are often people.
		return -1
	}
	if e := rs.contactSpeaker(sp.Start); e >= 0 {
		return e
	}
	if e := rs.lastContactOrg(sp.Start); e >= 0 {
		// "A spokeswoman for Delta Mills was unavailable. A spokesman
		// later said he could not comment."
		return e
	}
	return rs.backSubject(sp.Start, body)
}

var contactWords = []string{"spokes", "official", "representative", "aide", "lawyer", "attorney"}

// hasContact reports a phrase with a spokesperson's word.
func hasContact(s string) bool {
	s = strings.ToLower(s)
	for _, w := range contactWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// speaksForBody reports a phrase with the word of someone who speaks for
// an organization ("a spokesman", "officials").
func speaksForBody(s string) bool {
	s = strings.ToLower(s)
	return strings.Contains(s, "spokes") || strings.Contains(s, "official") || strings.Contains(s, "representative")
}

// contactRole reports a role that speaks for someone else.
func contactRole(role string) bool {
	r := strings.ToLower(role)
	return strings.Contains(r, "spokes") || strings.Contains(r, "representative")
}

// lowerWords splits a phrase into lower-case words without punctuation.
func lowerWords(s string) []string {
	words := strings.Fields(strings.ToLower(s))
	for i := range words {
		words[i] = strings.Trim(words[i], ",.;:\"'\u201c\u201d\u2018\u2019()")
	}
	return words
}

// sentencesBack returns the start of the sentence n sentences before the
// one that holds pos.
func sentencesBack(d *doc.Document, pos, n int) int {
	ss := d.Sentences
	k := sort.Search(len(ss), func(i int) bool { return ss[i].End > pos })
	k -= n
	if k < 0 {
		k = 0
	}
	if k >= len(ss) {
		return pos
	}
	return ss[k].Start
}
