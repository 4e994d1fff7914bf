package noncomment

import (
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// nominal matches a comment noun at token i: "declined (further)
// comment", "refused all comment", "had no (immediate) comment (to
// make)", "could make no comment", "don't have any comment", "is not in
// a position to make any comment", "There was no immediate comment from
// X".
func (m *matcher) nominal(i int) (match, bool) {
	if m.low[i] == "add" {
		return m.nothingToAdd(i)
	}
	if w := m.low[i]; w != "comment" && w != "comments" {
		return match{}, false
	}
	if mt, ok := m.commentUnavailable(i); ok {
		return mt, true
	}
	first := m.s.First
	j := i - 1
	det := ""
	for j >= first && lex.has(m.low[j], rNounMod) {
		if w := m.low[j]; w == "no" || w == "any" || w == "all" {
			det = w
		}
		j--
	}
	if j < first || j == i-1 && det == "" && !lex.has(m.low[j], rRefuse) {
		return match{}, false
	}
	switch {
	case lex.has(m.low[j], rRefuse) && det != "no":
		g, _ := m.readGroup(j, false, false)
		if g.negs > 0 || g.cat != 0 {
			return match{}, false
		}
		return m.nounMatch(g, i)
	case det == "no" && lex.has(m.low[j], rBe) && m.lowAt(j-1) == "there":
		return m.existential(j-1, i)
	case det == "no" && lex.has(m.low[j], rLight):
		g, _ := m.readGroup(j, false, false)
		if g.negs > 0 || g.cat&rRefuse != 0 {
			return match{}, false
		}
		return m.nounMatch(g, i)
	case det == "any" && lex.has(m.low[j], rLight):
		g, ok := m.readGroup(j, false, false)
		if !ok || g.needsNobody || g.frame == fCop {
			return match{}, false
		}
		return m.nounMatch(g, i)
	}
	return match{}, false
}

// nothingToAdd matches "had nothing (further) to add" at the token
// "add".
func (m *matcher) nothingToAdd(i int) (match, bool) {
	j := i - 1
	if m.lowAt(j) != "to" {
		return match{}, false
	}
	j--
	if w := m.lowAt(j); w == "further" || w == "more" || w == "else" {
		j--
	}
	if m.lowAt(j) != "nothing" {
		return match{}, false
	}
	j--
	for j > m.s.First && (lex.has(m.low[j], rAdv) || lyAdverb(m.d.Tokens[j].Text)) {
		j-- // "I have got absolutely nothing to add"
	}
	if m.lowAt(j) == "got" && lex.has(m.lowAt(j-1), rHave) {
		j--
	}
	if !lex.has(m.lowAt(j), rLight) || !lex.has(m.lowAt(j), rHave) {
		return match{}, false
	}
	g, _ := m.readGroup(j, false, false)
	if g.negs > 0 || g.cat != 0 {
		return match{}, false
	}
	return m.nounMatch(g, i)
}

// nounMatch completes a comment noun at i whose verb group is g: "to
// make" joins the cue, "on X" is the topic.
func (m *matcher) nounMatch(g group, i int) (match, bool) {
	end := i + 1
	if m.lowAt(end) == "to" && (m.lowAt(end+1) == "make" || m.lowAt(end+1) == "offer" || m.lowAt(end+1) == "give") {
		end += 2
	}
	end = m.tail(end)
	k := m.skipWhen(end)
	var topic doc.Span
	switch m.lowAt(k) {
	case "on", "about", "regarding", "over", "upon":
		topic = m.topicFrom(k + 1)
	}
	subs := m.subjects(g)
	if len(subs) == 0 {
		return match{}, false
	}
	return match{start: g.start, end: end, topic: topic, subjects: subs}, true
}

// existential reads "There was no (immediate) comment (on X) from Y": the
// party is the object of "from".
func (m *matcher) existential(there, i int) (match, bool) {
	last := m.s.Last
	from := -1
	for k := i + 1; k < last; k++ {
		if m.low[k] == "from" || m.low[k] == "by" {
			from = k
			break
		}
		if m.d.Tokens[k].Kind == doc.Punct {
			break
		}
	}
	if from < 0 {
		return match{}, false
	}
	e := from + 1
	for e < last && (m.d.Tokens[e].Kind == doc.Word || m.d.Tokens[e].Kind == doc.Number || m.d.Tokens[e].Text == "&" || m.d.Tokens[e].Text == "'" || m.d.Tokens[e].Text == "’") && !lex.has(m.low[e], rStop) {
		e++
	}
	for e > from+1 && m.d.Tokens[e-1].Kind != doc.Word && m.d.Tokens[e-1].Kind != doc.Number {
		e--
	}
	if e == from+1 {
		return match{}, false
	}
	var topic doc.Span
	if w := m.lowAt(i + 1); w == "on" || w == "about" {
		topic = m.topicFrom(i + 2)
		if topic.End > m.d.Tokens[from].Start {
			topic.End = m.d.Tokens[from-1].End
		}
	}
	subs := m.conjuncts(from+1, e-1)
	return match{start: there, end: i + 1, topic: topic, subjects: subs}, len(subs) > 0
}

// reply matches "no comment" given as the reply: `"No comment," he said`,
// `replied "no comment"`, `the coach's "no comment" on the transfer`.
func (m *matcher) reply(i int) (match, bool) {
	d := m.d
	if d.Tokens[i].Kind != doc.QuoteMark {
		return match{}, false
	}
	qi, ok := m.quoteAt[d.Tokens[i].Start]
	if !ok {
		return match{}, false
	}
	q := &d.Quotes[qi]
	// Lower-casing shrinks a text to no less than a third of its bytes,
	// so a longer quote cannot read "no comment": it is not lower-cased.
	if t := strings.Trim(d.Slice(q.Inner), " .,!;:"); len(t) > 3*len("no comment") || strings.ToLower(t) != "no comment" {
		return match{}, false
	}
	a, b := m.tokenAt(q.Inner.Start), i+1
	for b < m.s.Last && m.low[b] != "comment" {
		b++
	}
	if a < 0 || b >= m.s.Last {
		return match{}, false
	}
	var subs []subj
	if sp := m.quoteSpeaker(q.Inner.Start); !sp.Empty() {
		subs = []subj{m.speakerSubj(sp)}
	} else if p := i - 1; p >= m.s.First && possessive(m.low[p]) {
		if s := m.npStart(p); s >= 0 {
			subs = []subj{m.analyse(s, p)}
			subs[0].who = m.trimPossessive(subs[0].who)
			subs[0].best = m.trimPossessive(subs[0].best)
		}
	} else if p >= m.s.First+1 && (reportingVerbs[m.low[p]] || m.low[p] == "answered") {
		if s := m.npStart(p - 1); s >= 0 {
			subs = m.conjuncts(s, p-1)
		}
	}
	if len(subs) == 0 {
		return match{}, false
	}
	var topic doc.Span
	k := sort.Search(len(d.Tokens), func(t int) bool { return d.Tokens[t].Start >= q.End })
	if w := m.lowAt(k); w == "on" || w == "about" || w == "over" {
		topic = m.topicUntil(k+1, true)
	}
	return match{start: a, end: b + 1, topic: topic, subjects: subs}, true
}

// commentUnavailable matches a comment that was not to be had: "Comment
// from officials in Zaire was unavailable", "No comment was immediately
// available from the employers' organization". The party is the object
// of "from".
func (m *matcher) commentUnavailable(i int) (match, bool) {
	last := m.s.Last
	start := i
	if i > m.s.First && (m.low[i-1] == "no" || lex.has(m.low[i-1], rNounMod)) {
		start = i - 1
	}
	if start > m.s.First && m.d.Tokens[start-1].Kind == doc.Word {
		return match{}, false
	}
	from, e := -1, i+1
	if m.lowAt(e) == "from" {
		from = e
		for e < last && e < from+10 && !lex.has(m.low[e], aux) {
			e++
		}
	}
	if e >= last || !lex.has(m.low[e], rBe) {
		return match{}, false
	}
	k := e + 1
	negs := 0
	if m.low[start] == "no" {
		negs++
	}
	for k < last && (lex.has(m.low[k], rAdv|rNeg)) {
		if lex.has(m.low[k], rNeg) {
			negs++
		}
		k++
	}
	if k >= last || m.low[k] == "unavailable" {
		negs++
	} else if m.low[k] != "available" {
		return match{}, false
	}
	if negs != 1 {
		return match{}, false
	}
	end := k + 1
	if from < 0 && m.lowAt(end) == "from" {
		from = end
	}
	if from < 0 {
		return match{}, false
	}
	b := from + 1
	for b < last && b < from+10 && m.d.Tokens[b].Kind == doc.Word && !lex.has(m.low[b], aux|rStop) {
		b++
	}
	if b == from+1 {
		return match{}, false
	}
	subs := m.conjuncts(from+1, b-1)
	return match{start: start, end: end, subjects: subs}, true
}
