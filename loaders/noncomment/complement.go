package noncomment

import (
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// comp is what follows a head: where the cue ends (a token index,
// exclusive), the topic, and whether a request for comment or "for
// comment" was named.
type comp struct {
	end        int
	topic      doc.Span
	forComment bool
}

// complement reads the words after a head that belong to the cue ("any
// further", "questions", "to a request for comment", "for comment"), then
// the topic.
func (m *matcher) complement(f *family, e int, fr frame) (comp, bool) {
	c := comp{end: m.tail(e)}
	k := m.skipWhen(c.end)
	if f.questions {
		if q := m.questions(k); q > k {
			c.end, k = q, m.skipWhen(q)
		}
	}
	if f.forComment {
		if q := m.forComment(k); q > k {
			c.end, k, c.forComment = q, m.skipWhen(q), true
		}
	}
	if f.request {
		q := m.request(k, !f.needRequest)
		switch {
		case q > k:
			c.end, k, c.forComment = q, m.skipWhen(q), true
		case f.needRequest:
			return c, false
		case fr&(fRefuse|fNotTo|fYet) != 0:
		case m.lowAt(k) == "to" && !m.speechObject(k+1):
			// "did not respond to treatment", "failed to respond to the
			// challenge": no request was made.
			return c, false
		case m.lowAt(k) != "to" && !m.clauseEnd(k):
			// "the donors had not responded as hoped", "the firms are
			// not responding rationally to market changes".
			return c, false
		}
	}
	if fr == fFail && !c.forComment {
		return c, false
	}
	c.topic = m.topicAt(f, k)
	if f.needTopic && c.topic.Empty() && c.end == e {
		return c, false
	}
	if strings.EqualFold(m.d.Slice(c.topic), "the record") {
		// "declined to speak on the record" asks for anonymity.
		return c, false
	}
	return c, true
}

// tail returns the end of the adverbs after a head that the cue keeps
// ("declined to elaborate any further", "would comment directly").
func (m *matcher) tail(e int) int { return m.skipRole(e, rTail) }

// skipWhen steps over a time word between a head and its topic ("declined
// to comment Tuesday on the report").
func (m *matcher) skipWhen(k int) int { return m.skipRole(k, rWhen) }

// skipRole steps right over words and phrases of role r from k.
func (m *matcher) skipRole(k int, r role) int {
	for k < m.s.Last {
		n := lex.forward(m.low, k, m.s.Last, r)
		if n == 0 {
			break
		}
		k += n
	}
	return k
}

// questions reads "(further) questions" after "answer".
func (m *matcher) questions(k int) int {
	for j := k; j < m.s.Last && j < k+3; j++ {
		switch w := m.low[j]; {
		case w == "questions" || w == "question":
			return j + 1
		case lex.has(w, rReqMod|rNounMod) || w == "more" || possessive(w):
		default:
			return k
		}
	}
	return k
}

// forComment reads "for (immediate) comment", "for an interview", "to
// comment" after "available" or "reached".
func (m *matcher) forComment(k int) int {
	last := m.s.Last
	if k+1 >= last {
		return k
	}
	switch m.low[k] {
	case "for":
		for j := k + 1; j < last && j < k+4; j++ {
			switch w := m.low[j]; w {
			case "comment", "comments", "interview", "interviews", "reaction", "response":
				return j + 1
			case "a", "an", "immediate", "further", "additional", "direct":
			default:
				return k
			}
		}
	case "to":
		switch m.low[k+1] {
		case "comment", "respond", "elaborate", "discuss", "talk", "speak":
			return k + 2
		}
	}
	return k
}

// request reads a request for comment: "to a request for comment" (with
// to) or "phone calls seeking comment" (without), and returns its end,
// or k when there is none.
func (m *matcher) request(k int, to bool) int {
	last := m.s.Last
	j := k
	if to {
		if j >= last || m.low[j] != "to" {
			return k
		}
		j++
	}
	for n := 0; j < last && !lex.has(m.low[j], rRequest); n++ {
		t := m.d.Tokens[j]
		if n >= 5 || t.Kind != doc.Word && t.Kind != doc.Number || lex.has(m.low[j], rStop|rOf|rVerb|aux) {
			return k
		}
		j++
	}
	if j >= last {
		return k
	}
	noun := j
	j++
	for j+1 < last && (m.low[j] == "and" || m.low[j] == "or") && lex.has(m.low[j+1], rRequest) {
		j += 2 // "calls and emails seeking comment"
	}
	// "seeking comment", "for an interview", "to comment"
	if j+1 < last && (lex.has(m.low[j], rSeek) || m.low[j] == "to" && m.low[j+1] == "comment") {
		for q := j + 1; q < last && q < j+4 && lex.has(m.low[q], rAsked); q++ {
			if w := m.low[q]; w == "comment" || w == "comments" || w == "interview" || w == "response" || w == "reaction" || w == "clarification" {
				return q + 1
			}
		}
	}
	if w := m.low[noun]; to && (w == "call" || w == "calls") && !phoneWords[m.lowAt(noun-1)] {
		// "OPEC's calls for restraint" are no phone calls.
		return k
	}
	return j
}

var phoneWords = map[string]bool{"phone": true, "telephone": true, "repeated": true, "several": true, "numerous": true, "multiple": true, "our": true}

// clauseEnd reports whether the clause ends at token k: a stop, a comma,
// a conjunction, or a time ("did not respond by press time").
func (m *matcher) clauseEnd(k int) bool {
	if k >= m.s.Last || m.d.Tokens[k].Kind == doc.Punct {
		return true
	}
	switch m.low[k] {
	case "but", "and", "by", "until", "before":
		return true
	}
	return false
}

// speechObject reports whether the phrase at k names something said
// ("the remarks", "Calderon's criticism"), which one may decline to
// respond to.
func (m *matcher) speechObject(k int) bool {
	if k < m.s.Last && m.d.Tokens[k].Kind == doc.QuoteMark {
		// "would not respond to "tittle tattle in books""
		return true
	}
	for j := k; j < m.s.Last && j < k+6; j++ {
		if lex.has(m.low[j], rSpeech) {
			return true
		}
		if m.d.Tokens[j].Kind == doc.Punct || lex.has(m.low[j], rStop|rOf) {
			return false
		}
	}
	return false
}

// topicAt returns the topic that starts at k: after a preposition the
// family takes ("on the report"), a wh-clause ("when its report would be
// issued") or a direct object ("discuss his case").
func (m *matcher) topicAt(f *family, k int) doc.Span {
	if k >= m.s.Last {
		return doc.Span{}
	}
	w := m.low[k]
	switch {
	case f.preps[w]:
		return m.topicFrom(k + 1)
	case f.wh && whWords[w]:
		return m.topicFrom(k)
	case f.object && m.d.Tokens[k].Kind == doc.Word && !lex.has(w, rStop|rOf|aux) && !f.preps[w]:
		return m.topicFrom(k)
	}
	return doc.Span{}
}

var whWords = map[string]bool{"when": true, "whether": true, "why": true, "how": true, "if": true, "what": true, "who": true, "where": true, "which": true}

// topicFrom returns the phrase that starts at token k and runs to the end
// of its clause: a comma, a full stop, or a word that opens another
// clause ("but", "saying", "because").
func (m *matcher) topicFrom(k int) doc.Span {
	return m.topicUntil(k, false)
}

// topicUntil is topicFrom; atVerb also ends the topic at a verb ("the
// coach's "no comment" on the transfer surprised fans").
func (m *matcher) topicUntil(k int, atVerb bool) doc.Span {
	last := m.s.Last
	if k >= last {
		return doc.Span{}
	}
	quoted := m.inQuote(m.d.Tokens[k].Start)
	if m.d.Tokens[k].Kind == doc.QuoteMark && !quoted && k+1 < last {
		// "would not respond to "tittle tattle in books""
		k++
	}
	e := k
	for e < last && e < k+60 {
		t := m.d.Tokens[e]
		if m.possessiveMark(e) {
			e++
			continue
		}
		if t.Kind == doc.Punct && !strings.ContainsAny(t.Text, "-%&/$£€'’") || t.Kind == doc.QuoteMark && (quoted || e == k) {
			break
		}
		if e > k && (lex.has(m.low[e], rStop) || atVerb && m.verbish(e)) {
			break
		}
		e++
	}
	for e > k && (m.d.Tokens[e-1].Kind != doc.Word && m.d.Tokens[e-1].Kind != doc.Number) {
		e--
	}
	if e == k {
		return doc.Span{}
	}
	return m.span(k, e-1)
}

// askedTopic finds the topic of a refusal that names none in "asked
// whether …", "when asked about …", "asked for a reaction to …" in the
// same sentence.
func (m *matcher) askedTopic(cue doc.Span) doc.Span {
	last := m.s.Last
	c := m.tokenAt(cue.Start)
	for k := max(m.s.First, c-40); k < last && k < c+40; k++ {
		if w := m.low[k]; w != "asked" && w != "questioned" {
			continue
		}
		j := m.skipWhen(k + 1)
		if m.lowAt(j) == "on" {
			// "Asked on Thursday about …"
			if n := lex.forward(m.low, j+1, last, rWhen); n > 0 {
				j += 1 + n
			}
		}
		if j < last && m.low[j] == "by" {
			for j < last && j < k+6 && !askedOpeners[m.low[j]] {
				j++
			}
		}
		var t doc.Span
		switch w := m.lowAt(j); {
		case w == "about" || w == "on" || w == "over" || w == "regarding":
			t = m.topicFrom(j + 1)
		case whWords[w]:
			t = m.topicFrom(j)
		case w == "to" && askedPreps[m.lowAt(j+2)]:
			// "asked to comment on …", "asked to react to …"
			t = m.topicFrom(j + 3)
		case w == "for":
			// "asked for an official reaction to …"
			for q := j + 1; q < last && q < j+7; q++ {
				if askedPreps[m.low[q]] {
					t = m.topicFrom(q + 1)
					break
				}
			}
		}
		if !t.Empty() && !t.Overlaps(cue) {
			return t
		}
	}
	return doc.Span{}
}

var askedOpeners = map[string]bool{"about": true, "on": true, "whether": true, "if": true, "what": true, "why": true, "how": true, "when": true, "to": true, "for": true}

var askedPreps = map[string]bool{"on": true, "to": true, "about": true, "over": true, "regarding": true}

// lowAt is the lower-cased token at k, or "" past the sentence.
func (m *matcher) lowAt(k int) string {
	if k < m.s.First || k >= m.s.Last {
		return ""
	}
	return m.low[k]
}

// possessive reports a word in 's or s' ("a reporter's", "the men's").
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// capitalized reports a word that starts with an upper-case letter.
func capitalized(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}
