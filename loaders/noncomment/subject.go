package noncomment

import (
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// subj is one party that did not comment: the mention as written (who),
// the phrase that names the party (best: the organization a spokesperson
// speaks for, the reporting subject a pronoun stands for), and a named
// spokesperson.
type subj struct {
	who, best, spokes doc.Span
	// self: the party speaks of itself ("I", "we", the speaker of a
	// quote that says "we").
	self bool
}

// subjects reads the subject of the verb group g from its clause.
func (m *matcher) subjects(g group) []subj {
	if g.subjectAux {
		// "I'm not going to comment": the pronoun inside the token.
		t := m.d.Tokens[g.start]
		n := strings.IndexAny(t.Text, "'’")
		return m.bind(subj{who: doc.Span{Start: t.Start, End: t.Start + n}, best: doc.Span{Start: t.Start, End: t.Start + n}})
	}
	if w := m.low[g.start]; strings.HasSuffix(w, "ing") && lex.has(w, catenative) {
		// "…, declining to comment further": the participle shares the
		// subject of its clause; "the job refusing to comment" has none.
		if j := g.start - 1; j > m.s.First && (m.d.Tokens[j].Text == "," || lex.has(m.low[j], rOf) || m.low[j] == "by") {
			return m.clauseSubject(j)
		}
		return nil
	}
	return m.subjectBefore(g.start, true)
}

// subjectBefore reads the subject of the clause whose verb starts at
// token at; bind binds a pronoun subject to the phrase it stands for.
func (m *matcher) subjectBefore(at int, bind bool) []subj {
	first := m.s.First
	j := m.skipBack(at - 1)
	if j < first {
		return nil
	}
	switch w := m.low[j]; {
	case w == "but" || w == "and" || w == "or" || w == "yet":
		// "Pernod said it was seeking acquisitions but refused to
		// comment": the subject of the clause before.
		return m.clauseSubject(j)
	case w == "who" || w == "which" || w == "that":
		return m.relative(j)
	case m.d.Tokens[j].Text == ",":
		return m.afterParenthetical(j, bind)
	}
	a := m.npStart(j)
	if a > first && m.insideClause(a-1) {
		// "the banks that will meet with Volcker tomorrow declined": the
		// phrase read is a relative clause; its antecedent is the subject.
		for r := a - 2; r >= first && a-r < 10 && m.d.Tokens[r].Kind == doc.Word; r-- {
			if w := m.low[r]; w == "that" || w == "who" || w == "which" {
				if k := r - 1; k >= first && m.d.Tokens[k].Text == "," {
					// "Curiel, who through his office declined"
					return m.relative(r)
				}
				return m.conjuncts(m.npStart(r-1), r-1)
			}
		}
	}
	out := m.conjuncts(a, j)
	if bind && len(out) == 1 {
		return m.bind(out[0])
	}
	return out
}

// skipBack steps left over what may stand between a subject and its verb:
// a time word ("X on Tuesday declined") and a ticker ("Fiat SpA
// <FIAT.MI> declined").
func (m *matcher) skipBack(j int) int {
	first := m.s.First
	for j >= first {
		if n := lex.at(m.low, first, j, rWhen); n > 0 {
			j -= n
			continue
		}
		if lyAdverb(m.d.Tokens[j].Text) {
			j-- // "Mr Brown pointedly refused to deny …"
			continue
		}
		if t := m.d.Tokens[j].Text; t == ">" || t == ")" {
			open := "<"
			if t == ")" {
				open = "("
			}
			k := j - 1
			for k >= first && j-k < 8 && m.d.Tokens[k].Text != open {
				k--
			}
			if k >= first && m.d.Tokens[k].Text == open {
				j = k - 1
				continue
			}
		}
		break
	}
	return j
}

// relative reads a relative pronoun at j ("…, who declined to comment,
// …"): the pronoun is the subject; its antecedent names the party.
func (m *matcher) relative(j int) []subj {
	k := j - 1
	if k >= m.s.First && m.d.Tokens[k].Text == "," {
		k--
	}
	s := subj{who: m.d.Tokens[j].Span, best: m.d.Tokens[j].Span}
	if a := m.npStart(k); a >= 0 {
		s.best = m.analyse(a, k).best
	}
	return []subj{s}
}

// conjuncts splits the subject [a, b] at a coordination outside a name and
// before any "for"/"of" ("Rosneft and VEB", "Neither Hutton nor
// Purolator"; but "a spokesman for Acme and Borel" is one).
func (m *matcher) conjuncts(a, b int) []subj {
	if a < 0 {
		return nil
	}
	start := a
	if w := m.low[a]; w == "neither" || w == "both" || w == "either" {
		start++
	}
	var out []subj
	s := start
	for k := start; k <= b; k++ {
		w := m.low[k]
		if lex.has(w, rOf) || lex.has(w, rContact) {
			break
		}
		if (w == "and" || w == "nor" || w == "or" || w == ",") && k > s && k < b && !m.inName(k) && !m.titles(k) {
			out = append(out, m.analyse(s, k-1))
			s = k + 1
			if w == "," && m.lowAt(s) == "and" {
				s++
			}
		}
	}
	return append(out, m.analyse(s, b))
}

// analyse reads one subject phrase [a, b] for a spokesperson: "a
// spokeswoman for Delta Mills", "Cominco spokesmen", "Acme's spokesman",
// "White House spokesman Marlin Fitzwater" name the organization (best)
// and the person (spokes).
func (m *matcher) analyse(a, b int) subj {
	s := subj{who: m.span(a, b), best: m.span(a, b)}
	w := strings.ToLower(m.d.Slice(s.who))
	s.self = w == "i" || w == "we"
	if n := lex.forward(m.low, a, b+1, rNobody); n > 0 && a+n < b && lex.has(m.low[a+n], rOf) {
		// "No-one from the Motion Picture Association"
		s.best = m.span(a+n+1, b)
		return s
	}
	c := m.contactAt(a, b)
	if c < 0 {
		return s
	}
	if c < b && lex.has(m.low[c+1], rOf) {
		// "a spokeswoman for Delta Mills", "attorneys representing Texaco"
		s.best = m.span(c+2, b)
		return s
	}
	if c < b && capitalized(m.d.Tokens[c+1].Text) {
		s.spokes = m.span(c+1, b)
	}
	p := a
	for p < c && (m.low[p] == "a" || m.low[p] == "an" || m.low[p] == "the" || m.low[p] == "one") {
		p++
	}
	if p < c {
		// "Cominco spokesmen", "An American Express spokesman", "Acme's
		// spokesman": the words before the contact name whom it speaks for.
		s.best = m.trimPossessive(m.span(p, c-1))
	} else if !s.spokes.Empty() {
		s.best = s.spokes
	}
	return s
}

// afterParenthetical reads the subject before ", a big investor," or ",
// which has raised funds in Hong Kong, Tokyo and Frankfurt," (j is the
// closing comma). An apposition that names a spokesperson's role ("Nick
// Davies, spokesman for the IAAF,") stays in the mention and gives the
// organization.
func (m *matcher) afterParenthetical(j int, bind bool) []subj {
	first := m.s.First
	open := -1
	for k := j - 1; k >= first && j-k < 30; k-- {
		t := m.d.Tokens[k]
		if t.Kind == doc.QuoteMark {
			break
		}
		if t.Text != "," {
			continue
		}
		if open < 0 {
			open = k
		}
		if w := m.lowAt(k + 1); w == "which" || w == "who" || w == "whose" || w == "where" {
			open = k
			break
		}
	}
	if open < 0 {
		return nil
	}
	a := m.npStart(open - 1)
	if a < 0 {
		return nil
	}
	p := open + 1
	for p < j && (m.low[p] == "a" || m.low[p] == "an" || m.low[p] == "the" || m.low[p] == "its" || m.low[p] == "their") {
		p++
	}
	if p < j && lex.has(m.low[p], rContact) {
		app := m.analyse(open+1, j-1)
		return []subj{{who: m.span(a, j-1), best: app.best, spokes: m.span(a, open-1)}}
	}
	out := m.conjuncts(a, open-1)
	if bind && len(out) == 1 {
		return m.bind(out[0])
	}
	return out
}

// npStart returns the first token of the noun phrase that ends at token j,
// read leftwards up to a verb, a clause word or punctuation, or -1.
func (m *matcher) npStart(j int) int {
	first := m.s.First
	if j < first {
		return -1
	}
	if personal[m.low[j]] {
		return j
	}
	if determiners[m.low[j]] || lex.has(m.low[j], rOf) {
		// "None of them gave Obama the answer": no subject ends in "the".
		return -1
	}
	k := j
	coord := false
	stoppedAt := -1 // the word before a determiner that opened the phrase
	for ; k >= first && j-k < 16; k-- {
		t := m.d.Tokens[k]
		w := m.low[k]
		coord = coord || w == "and" || w == "or" || w == "nor"
		if m.possessiveMark(k) {
			continue
		}
		if t.Text == "," && coord && m.listComma(k) {
			continue
		}
		if t.Kind == doc.QuoteMark || t.Kind == doc.Punct && t.Text != "&" && t.Text != "." {
			break
		}
		if lex.has(w, rVerb|aux|rNeg|catenative&^rYet) || m.verbish(k) || personal[w] && k < j {
			break
		}
		if k < j && strings.HasSuffix(t.Text, ".") && determiners[m.low[k+1]] {
			// "from Telecom Plus International Inc. The spokesman": a
			// stop the segmenter took for an abbreviation's.
			break
		}
		if determiners[w] && k > first && !m.extendsLeft(k-1) && !m.inCapitals(k) {
			// A determiner opens its phrase: "told Reuters the firm …".
			stoppedAt = k - 1
			k--
			break
		}
	}
	a := k + 1
	for a <= j && (lex.has(m.low[a], rLead|rOf) || m.low[a] == "in" || m.low[a] == "on" || m.low[a] == "by") {
		a++
	}
	if a > j {
		return -1
	}
	if coord && a > first && (m.objectBoundary(a-1) || stoppedAt == a-1 && !capitalized(m.d.Tokens[a-1].Text)) {
		// "He gave no details and Industry Ministry officials had no
		// comment", "after the meeting and officials declined": the
		// "and" joins clauses; the subject is the last conjunct.
		for c := j - 1; c > a; c-- {
			if w := m.low[c]; w == "and" || w == "or" || w == "nor" {
				return c + 1
			}
		}
	}
	return a
}

// extendsLeft reports whether the word at k may stand before a
// determiner inside one noun phrase: "a spokesman for the firm", "Acme
// and the union", "all the companies", "Acme's the …" never.
func (m *matcher) extendsLeft(k int) bool {
	w := m.low[k]
	if strings.HasSuffix(w, "ing") && !lex.has(w, catenative|rVerb) {
		// "Bankers leaving the meeting", "lawyers representing the firm"
		return true
	}
	return lex.has(w, rOf) || determiners[w] || w == "and" || w == "or" || w == "nor" || w == "all" || w == "both" || w == "neither" || w == "of" || w == "in" || w == "on" || w == "to"
}

// inCapitals reports a lower-case word between two capitalized ones, as
// in a name ("Robert Holmes a Court").
func (m *matcher) inCapitals(k int) bool {
	return k > m.s.First && k+1 < m.s.Last && capitalized(m.d.Tokens[k-1].Text) && capitalized(m.d.Tokens[k+1].Text) && m.d.Tokens[k-1].Kind == doc.Word
}

// objectBoundary reports a word before a phrase that makes the phrase an
// object or a clause's remainder rather than a subject: a preposition, a
// pronoun subject, a verb of refusal or an auxiliary.
func (m *matcher) objectBoundary(k int) bool {
	w := m.low[k]
	if personal[w] || lex.has(w, catenative|aux|rNeg) || m.verbish(k) {
		return true
	}
	switch w {
	case "after", "before", "with", "of", "for", "at", "in", "on", "from", "to", "by", "than", "like", "about", "over", "during", "since":
		return true
	}
	return false
}

// verbish reports a lower-case past form after a word that is not a
// determiner ("Analysts expected X …"), which ends a subject; "the
// embattled company" keeps its adjective.
func (m *matcher) verbish(k int) bool {
	w := m.d.Tokens[k].Text
	if len(w) < 5 || !strings.HasSuffix(w, "ed") || capitalized(w) || strings.ContainsAny(w, "-") {
		return false
	}
	if k == m.s.First {
		return false
	}
	if n := m.lowAt(k + 1); lex.has(n, rOf) || n == "in" || n == "by" || n == "on" || n == "to" {
		// "officials concerned with the issue", "a firm based in Leeds"
		return false
	}
	switch m.low[k-1] {
	case "the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those", "our":
		return false
	}
	return !lyAdverb(m.d.Tokens[k-1].Text)
}

// inName reports whether token k lies inside a recognized name ("Procter
// and Gamble").
func (m *matcher) inName(k int) bool {
	t := m.d.Tokens[k].Span
	mn, ok := m.nameAt(t)
	return ok && mn.Start < t.Start && t.End < mn.End
}

// trimPossessive drops the 's or ' that ends a span ("Acme's" gives
// "Acme").
func (m *matcher) trimPossessive(sp doc.Span) doc.Span {
	w := m.d.Slice(sp)
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			sp.End -= len(suf)
			return sp
		}
	}
	return sp
}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true, "his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true,
	"other": true, "no": true, "any": true, "some": true, "each": true, "every": true}

// contactAt returns the contact word that heads the phrase [a, b] ("a
// spokesman for X", "Cominco spokesmen", "spokeswoman Jane Doe"), or -1;
// "the official estimate" has none.
func (m *matcher) contactAt(a, b int) int {
	for k := a; k <= b; k++ {
		if !lex.has(m.low[k], rContact) {
			continue
		}
		if k == b || lex.has(m.low[k+1], rOf) || capitalized(m.d.Tokens[k+1].Text) || m.d.Tokens[k+1].Text == "," {
			return k
		}
	}
	return -1
}

// possessiveMark reports an apostrophe that closes a plural possessive
// ("Salomon Brothers' London operations").
func (m *matcher) possessiveMark(k int) bool {
	t := m.d.Tokens[k]
	if t.Text != "'" && t.Text != "’" || k == m.s.First || k+1 >= m.s.Last {
		return false
	}
	p := m.d.Tokens[k-1]
	return p.End == t.Start && strings.HasSuffix(p.Text, "s") && m.d.Tokens[k+1].Start > t.End
}

// listComma reports a comma between names in a list ("Ariadne, Jacksons
// and Neptunia"): a capitalized word on both sides.
func (m *matcher) listComma(k int) bool {
	return k > m.s.First && k+1 < m.s.Last && capitalized(m.d.Tokens[k-1].Text) && capitalized(m.d.Tokens[k+1].Text) &&
		m.d.Tokens[k-1].Kind == doc.Word && !lex.has(m.low[k-1], rLead|rOf)
}

// insideClause reports a word before a subject that makes the subject an
// object inside a relative clause: an auxiliary ("the banks that will
// meet …") or a lower-case verb ("the banks that will meet the minister
// tomorrow declined").
func (m *matcher) insideClause(k int) bool {
	w := m.low[k]
	if lex.has(w, aux|rNeg) {
		return true
	}
	t := m.d.Tokens[k]
	return t.Kind == doc.Word && !capitalized(t.Text) && !lex.has(w, rVerb|rLead|rOf|rStop|rWhen) && !determiners[w] && !personal[w] && !possessive(w)
}

// titles reports an "and" between two titles of one person ("president
// and chairman Thomas Bell"): common nouns on both sides.
func (m *matcher) titles(k int) bool {
	if m.low[k] != "and" {
		return false
	}
	l, r := m.d.Tokens[k-1], m.d.Tokens[k+1]
	return l.Kind == doc.Word && r.Kind == doc.Word && !capitalized(l.Text) && !capitalized(r.Text) &&
		!determiners[m.low[k+1]] && !possessive(m.low[k-1]) && !personal[m.low[k+1]] && !lex.has(m.low[k+1], rNobody)
}
