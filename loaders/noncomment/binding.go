package noncomment

import (
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// bind turns a pronoun subject into the phrase it is bound to: "I" or
// "we" inside a quote is the quote's speaker; "it", "he", "she" or "they"
// after a reporting subject in the same sentence ("Acme said it had no
// comment", "…," Dallaire said, adding she could not elaborate) is that
// subject. Other subjects stay as they are.
func (m *matcher) bind(s subj) []subj {
	w := strings.ToLower(m.d.Slice(s.who))
	if !personal[w] {
		return []subj{s}
	}
	if m.inQuote(s.who.Start) {
		if w != "i" && w != "we" {
			return []subj{s}
		}
		sp := m.quoteSpeaker(s.who.Start)
		if sp.Empty() {
			// No one to attribute "I can't comment" to.
			return nil
		}
		r := m.speakerSubj(sp)
		r.self = true
		return []subj{r}
	}
	if w == "i" || w == "we" || w == "you" {
		return []subj{s}
	}
	if r, ok := m.reportingSubject(s.who); ok {
		return []subj{r}
	}
	return []subj{s}
}

// reportingSubject returns the subject of the nearest report before the
// pronoun p in the same sentence: "X said it …", "X, asked for a
// reaction, said he …", "…," X said, adding she …".
func (m *matcher) reportingSubject(p doc.Span) (subj, bool) {
	for k := m.tokenAt(p.Start) - 1; k > m.s.First && k > m.tokenAt(p.Start)-40; k-- {
		if !reportingVerbs[m.low[k]] || m.inQuote(m.d.Tokens[k].Start) {
			continue
		}
		if w := m.low[k]; w == "adding" || w == "saying" {
			// A participle shares the subject of the verb before it.
			continue
		}
		if subs := m.subjectBefore(k, false); len(subs) == 1 && !personal[strings.ToLower(m.d.Slice(subs[0].who))] {
			return subs[0], true
		}
		break
	}
	// A speaker the attribution stage found after its quote.
	var best doc.Span
	m.attributionsNear(max(m.s.Start, p.Start-600), p.Start, func(a doc.Attribution) bool {
		if !a.Speaker.Empty() && a.Speaker.Start >= m.s.Start && a.Speaker.End <= p.Start && a.Speaker.Start >= best.Start {
			best = a.Speaker
		}
		return true
	})
	if best.Empty() || personal[strings.ToLower(m.d.Slice(best))] {
		return subj{}, false
	}
	return m.speakerSubj(best), true
}

var reportingVerbs = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "added": true, "adding": true, "stated": true, "explained": true, "insisted": true, "noted": true, "replied": true}

// speakerSubj reads a speaker phrase as a subject: "Nick Davies,
// spokesman for the IAAF" names the IAAF and its spokesman.
func (m *matcher) speakerSubj(sp doc.Span) subj {
	a, b := m.tokenAt(sp.Start), m.tokenAt(sp.End-1)
	if a < 0 || b < a {
		return subj{who: sp, best: sp}
	}
	for k := a + 1; k < b; k++ {
		if m.d.Tokens[k].Text != "," {
			continue
		}
		p := k + 1
		for p < b && (m.low[p] == "a" || m.low[p] == "an" || m.low[p] == "the") {
			p++
		}
		if lex.has(m.low[p], rContact) {
			app := m.analyse(k+1, b)
			return subj{who: sp, best: app.best, spokes: m.span(a, k-1)}
		}
		break
	}
	if k := b + 1; k+2 < len(m.d.Tokens) && m.d.Tokens[k].Text == "," {
		// "Nick Davies, spokesman for the IAAF, said": the apposition
		// names whom he speaks for.
		p := k + 1
		for p < len(m.low) && (m.low[p] == "a" || m.low[p] == "an" || m.low[p] == "the") {
			p++
		}
		if p < len(m.low) && lex.has(m.low[p], rContact) {
			e := p
			for e+1 < len(m.d.Tokens) && e < p+12 && m.d.Tokens[e+1].Kind == doc.Word && !lex.has(m.low[e+1], rVerb|aux) {
				e++
			}
			app := m.analyse(k+1, e)
			return subj{who: m.span(a, e), best: app.best, spokes: sp}
		}
	}
	s := m.analyse(a, b)
	s.who = sp
	return s
}

// clauseSubject returns the subject shared by a coordinated verb phrase
// ("Pernod said it was seeking acquisitions but refused to comment"): the
// speaker of a report before the conjunction at j, else the sentence's
// first noun phrase.
func (m *matcher) clauseSubject(j int) []subj {
	d := m.d
	var best doc.Span
	cut := d.Tokens[j].Start
	m.attributionsNear(max(m.s.Start, cut-600), cut, func(a doc.Attribution) bool {
		if !a.Speaker.Empty() && a.Speaker.Start >= m.s.Start && a.Cue.End <= cut && a.Speaker.End <= a.Cue.Start && a.Speaker.Start >= best.Start {
			best = a.Speaker
		}
		return true
	})
	if !best.Empty() {
		return []subj{m.speakerSubj(best)}
	}
	a := m.s.First
	for a < j && (d.Tokens[a].Kind == doc.QuoteMark || lex.has(m.low[a], rLead)) {
		a++
	}
	e := a
	for e < j && e < a+16 {
		t := d.Tokens[e]
		if t.Kind != doc.Word && t.Kind != doc.Number && t.Text != "&" && t.Text != "." || lex.has(m.low[e], rVerb|aux|rNeg|catenative&^rYet) || m.verbish(e) {
			break
		}
		e++
	}
	if e == a || e < j && d.Tokens[e].Kind == doc.Punct && d.Tokens[e].Text != "," && d.Tokens[e].Text != "<" && d.Tokens[e].Text != "(" {
		return nil
	}
	return m.conjuncts(a, e-1)
}

// negativeSubject reports a subject that carries the negation: "No-one
// from X", "Nobody at X", "Neither X nor Y".
func (m *matcher) negativeSubject(subs []subj) bool {
	if len(subs) == 0 {
		return false
	}
	t := m.tokenAt(subs[0].who.Start)
	if t < 0 {
		return false
	}
	if n := lex.forward(m.low, t, m.s.Last, rNobody); n > 0 && m.low[t] != "neither" {
		// "No-one from X", "None of the companies": a party must be
		// named; "if no-one responded to junk e-mail" names none.
		return lex.has(m.lowAt(t+n), rOf) || m.lowAt(t+n) == "in"
	}
	return len(subs) > 1 && m.lowAt(t-1) == "neither"
}

// firstPerson reports a party that speaks of itself ("I don't want to
// comment"); "the government doesn't want to discuss it", said by its
// opponents, is no refusal.
func (m *matcher) firstPerson(subs []subj) bool {
	return len(subs) == 1 && subs[0].self
}

// partySubject reports whether the subject of "not available" or "could
// not be reached" is someone who could comment: a name, a person, an
// institution; with contact, and without "for comment" or "immediately",
// someone one calls for comment ("company spokesmen were not
// available"). "Details were not available" is no refusal. A relative
// pronoun is read through its antecedent.
func (m *matcher) partySubject(subs []subj, contact bool, start, end int, forComment bool) bool {
	if forComment {
		// Only a party is asked for comment.
		return true
	}
	asked := !contact
	for k := start; k < end; k++ {
		asked = asked || m.low[k] == "immediately"
	}
	for _, s := range subs {
		sp := s.who
		if w := strings.ToLower(m.d.Slice(sp)); w == "who" || w == "which" || w == "that" {
			sp = s.best
		}
		a, b := m.tokenAt(sp.Start), m.tokenAt(sp.End-1)
		if a < 0 || b < a {
			return false
		}
		if lex.forward(m.low, a, b+1, rNobody) > 0 {
			continue
		}
		h := b
		for k := a; k <= b; k++ {
			if lex.has(m.low[k], rOf) && k > a {
				h = k - 1
				break
			}
		}
		if m.contactAt(a, b) >= 0 {
			h = -1
		}
		switch {
		case h < 0:
		case !asked:
			return false
		case personal[m.low[h]] && m.low[h] != "it" || lex.has(m.low[h], rBody) || m.named(h) || m.properName(a, h):
		default:
			return false
		}
	}
	return true
}

// named reports whether token k lies in a recognized name that is not a
// place.
func (m *matcher) named(k int) bool {
	mn, ok := m.nameAt(m.d.Tokens[k].Span)
	if !ok {
		return false
	}
	return mn.Entity < 0 || mn.Entity >= len(m.d.Entities) || m.d.Entities[mn.Entity].Type != doc.Place
}

// tokenAt returns the index of the token that holds byte offset p, or -1.
func (m *matcher) tokenAt(p int) int {
	ts := m.d.Tokens
	k := sort.Search(len(ts), func(i int) bool { return ts[i].End > p })
	if k < len(ts) && ts[k].Start <= p {
		return k
	}
	return -1
}

// properName reports a subject that reads as a name when no name was
// recognized: two capitalized words ("Mayor Joan Reyes"), or one that does
// not open its sentence; "Details were not available" is none.
func (m *matcher) properName(a, h int) bool {
	caps := 0
	for k := a; k <= h; k++ {
		if capitalized(m.d.Tokens[k].Text) {
			caps++
		}
	}
	return capitalized(m.d.Tokens[h].Text) && (caps >= 2 || h > m.s.First)
}

// people reports subjects that are people: a personal pronoun other than
// "it", a title or role ("the minister", "Mr Raha"), or a recognized
// person's name.
func (m *matcher) people(subs []subj) bool {
	for _, s := range subs {
		a, b := m.tokenAt(s.who.Start), m.tokenAt(s.who.End-1)
		if a < 0 || b < a {
			return false
		}
		ok := false
		for k := a; k <= b && !ok; k++ {
			w := m.low[k]
			ok = personal[w] && w != "it" || lex.has(w, rPerson)
			if mn, named := m.nameAt(m.d.Tokens[k].Span); named && mn.Entity >= 0 && mn.Entity < len(m.d.Entities) {
				ok = ok || m.d.Entities[mn.Entity].Type == doc.Person
			}
		}
		if !ok {
			return false
		}
	}
	return true
}
