// Package noncomment owns the non-comment stage: who was asked and did not
// comment ("declined to comment", "could not be reached", "would not be
// drawn on"), on what, and for whom a spokesperson declined.
//
// The detector reads clauses, not phrases. refusals.txt lists predicate
// families (comment, respond, return calls, elaborate, discuss, answer,
// confirm or deny, be available, be reached, be drawn, …), the refusal
// frames each admits (negation, "declined to", "yet to", "unable to",
// "would not", a negative subject, …) and the roles of the words that
// build a verb group. For each head of a family, the stage reads the verb
// group leftwards and names its frame, reads the complement rightwards
// (the words that belong to the cue, then the topic), and reads the
// subject from the clause: coordinated subjects give one non-comment
// each, a spokesperson's organization is handed over for resolution, a
// pronoun bound to a reporting subject gives that subject, and "I" or
// "we" inside a quote gives the quote's speaker. Comment nouns ("had no
// comment", "declined further comment", "there was no comment from X")
// and "no comment" given as the reply are read the same way.
//
// "He commented that …" is a claim, which the attribution stage handles;
// "declined to say whether …" withholds a fact and is not a non-comment.
package noncomment

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/vocab"
)

// Extract fills d.NonComments. It reads d.Attributions (to find who spoke
// a quote and the reporting subject of a clause), so it runs after the
// attribution stage. Every read is bounded, so the stage is linear in the
// text.
func Extract(d *doc.Document) {
	d.NonComments = d.NonComments[:0]
	m := &matcher{d: d, low: d.View.Lower, word: d.View.Word}
	if !d.View.Indexed(len(d.Tokens)) {
		// (Segment lower-cases once for every stage; a caller that
		// skipped it gets its own copy.)
		m.low = make([]string, len(d.Tokens))
		for i, t := range d.Tokens {
			m.low[i] = doc.Lower(t.Text)
		}
		m.word = vocab.IDs(m.low)
	}
	m.quotes = quoteSpans(d)
	m.index()
	for _, s := range clauses(d) {
		if d.BodyStart > 0 && s.End <= d.BodyStart || s.Start >= d.BodyEnd {
			continue
		}
		m.s = s
		m.sentence()
	}
}

type clausesKey struct{}

// clauses returns the document's sentences, re-joined where a sentence
// ends at a line wrap rather than a stop: wire copy without blank lines
// ("declined to\ncomment") is split at every newline by the segmenter.
func clauses(d *doc.Document) []doc.Sentence {
	// At most one each, made once (doc.Scratch) and kept from article
	// to article: the list is read before the next article's.
	kept := doc.ScratchSlice[doc.Sentence](&d.Scratch, clausesKey{})
	out := slices.Grow(*kept, len(d.Sentences))
	defer func() { *kept = out }()
	for _, s := range d.Sentences {
		if n := len(out); n > 0 && wrapped(d, out[n-1], s) {
			out[n-1].End, out[n-1].Last = s.End, s.Last
			continue
		}
		out = append(out, s)
	}
	return out
}

// wrapped reports whether sentence b continues a: a single newline that
// indents nothing lies between them and a does not end with a stop, or a
// ends inside a bracket.
func wrapped(d *doc.Document, a, b doc.Sentence) bool {
	if a.Last <= a.First || a.Last != b.First || strings.TrimSpace(d.Text[a.End:b.Start]) != "" {
		return false
	}
	last := d.Tokens[a.Last-1]
	if openBracket(d, a) {
		// "Fiat SpA <FIAT.MI> declined": the ticker's period ended no
		// sentence.
		return true
	}
	if !lineWrap(d.Text[a.End:b.Start]) {
		return false
	}
	switch last.Text {
	case ".", "!", "?", ":", ";":
		return false
	}
	// "the shareholders'\nidentity": a possessive, not a closing quote.
	return last.Kind != doc.QuoteMark || a.Last-1 > a.First && strings.HasSuffix(d.Tokens[a.Last-2].Text, "s") && d.Tokens[a.Last-2].End == last.Start
}

// matcher holds one document's lower-cased tokens and the sentence being
// read.
type matcher struct {
	d      *doc.Document
	low    []string
	word   []int32 // vocabulary ids of low
	quotes []doc.Span
	s      doc.Sentence
	// quoteAt maps a quote's opening offset to d.Quotes; names are the
	// name mentions by start; attrs indexes d.Attributions by cue start.
	quoteAt map[int]int
	names   []doc.Mention
	attrs   []int
}

// match is one refusal found: its cue tokens, topic and subjects.
type match struct {
	start, end int // cue tokens [start, end)
	topic      doc.Span
	subjects   []subj
}

func (m *matcher) sentence() {
	for i := m.s.First; i < m.s.Last; i++ {
		if !m.mayStart(i) {
			continue
		}
		mt, ok := m.verbal(i)
		if !ok {
			mt, ok = m.nominal(i)
		}
		if !ok {
			mt, ok = m.reply(i)
		}
		if !ok {
			continue
		}
		m.add(mt)
		if mt.end-1 > i {
			i = mt.end - 1
		}
	}
}

// mayStart reports whether token i can start a match: it heads a family
// (verbal), is "add", "comment" or "comments" (nominal), or is a quote
// mark (reply). Most tokens are none of these, and turning them away
// here spares three calls that each return an empty match.
func (m *matcher) mayStart(i int) bool {
	switch m.low[i] {
	case "add", "comment", "comments":
		return true
	}
	return m.d.Tokens[i].Kind == doc.QuoteMark || len(lex.headsBy.Get(m.word[i], m.low[i])) > 0
}

// add appends one non-comment per subject, sharing the cue and topic.
func (m *matcher) add(mt match) {
	d := m.d
	cue := doc.Span{Start: d.Tokens[mt.start].Start, End: d.Tokens[mt.end-1].End}
	topic := mt.topic
	if topic.Empty() {
		topic = m.askedTopic(cue)
	}
	for _, s := range mt.subjects {
		n := doc.NonComment{Who: s.who, Entity: -1, Cue: cue, Topic: topic, Spokesperson: s.spokes}
		if s.best != s.who {
			n.Subject = s.best
		}
		d.NonComments = append(d.NonComments, n)
	}
}

// verbal matches a family head at token i with its verb group, its
// complement and its subject.
func (m *matcher) verbal(i int) (match, bool) {
	for _, h := range m.headsAt(i) {
		end := i + len(h.words)
		g, ok := m.readGroup(i, h.be, h.negative)
		if !ok {
			continue
		}
		fr := g.frame
		if g.needsNobody {
			if g.start == i && !strings.HasSuffix(m.low[i], "ed") {
				// "None of them gave Obama the answer": a negative
				// subject needs a verb, not a noun.
				continue
			}
			fr = fNobody
		}
		if h.fam.frames&fr == 0 {
			continue
		}
		c, ok := m.complement(h.fam, end, fr)
		if !ok {
			continue
		}
		subs := m.subjects(g)
		if g.needsNobody && !m.negativeSubject(subs) || g.presentWant && !m.firstPerson(subs) {
			continue
		}
		if h.fam.party && !m.partySubject(subs, h.fam.contact, g.start, c.end, c.forComment) {
			continue
		}
		if h.fam.spoken && fr&(fPast|fNever) != 0 && !m.people(subs) {
			continue
		}
		if len(subs) == 0 {
			continue
		}
		return match{start: g.start, end: c.end, topic: c.topic, subjects: subs}, true
	}
	return match{}, false
}

// headsAt returns the head forms that start at token i, longest first, so
// that "confirm or deny" wins over "confirm".
func (m *matcher) headsAt(i int) []head {
	var out []head
	for _, h := range lex.headsBy.Get(m.word[i], m.low[i]) {
		if i+len(h.words) > m.s.Last {
			continue
		}
		ok := true
		for k, w := range h.words {
			if m.low[i+k] != w {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, h)
		}
	}
	if len(out) > 1 {
		// (Most tokens head nothing, and sorting none allocates.)
		slices.SortStableFunc(out, func(a, b head) int { return cmp.Compare(len(b.words), len(a.words)) })
	}
	return out
}

// span returns the byte span of tokens [a, b].
func (m *matcher) span(a, b int) doc.Span {
	if a > b || a < 0 || b >= len(m.d.Tokens) {
		return doc.Span{}
	}
	return doc.Span{Start: m.d.Tokens[a].Start, End: m.d.Tokens[b].End}
}

// inQuote reports whether byte offset p lies inside a quotation. Spans
// are sorted by start and overlap little, so a few steps back suffice.
func (m *matcher) inQuote(p int) bool {
	k := sort.Search(len(m.quotes), func(i int) bool { return m.quotes[i].Start > p })
	for n := 0; k > 0 && n < 8; n++ {
		k--
		if q := m.quotes[k]; q.Start <= p && p < q.End {
			return true
		}
	}
	return false
}

// openBracket reports whether sentence s leaves a "<" or "(" open.
func openBracket(d *doc.Document, s doc.Sentence) bool {
	depth := 0
	for i := s.First; i < s.Last; i++ {
		switch d.Tokens[i].Text {
		case "<", "(":
			depth++
		case ">", ")":
			depth--
		}
	}
	return depth > 0
}

// index builds the document's look-up tables, so that every later look-up
// is a binary search and a bounded walk.
func (m *matcher) index() {
	d := m.d
	m.quoteAt = make(map[int]int, len(d.Quotes))
	for i, q := range d.Quotes {
		m.quoteAt[q.Start] = i
	}
	names := 0 // counted first, so that the list is made at its size
	for _, mn := range d.Mentions {
		if mn.Kind == doc.NameMention {
			names++
		}
	}
	// The list's storage goes from article to article (doc.Scratch).
	kept := doc.ScratchSlice[doc.Mention](&d.Scratch, namesKey{})
	m.names = slices.Grow(*kept, names)
	for _, mn := range d.Mentions {
		if mn.Kind == doc.NameMention {
			m.names = append(m.names, mn)
		}
	}
	*kept = m.names
	slices.SortFunc(m.names, func(a, b doc.Mention) int { return cmp.Compare(a.Start, b.Start) })
	m.attrs = make([]int, len(d.Attributions))
	for i := range d.Attributions {
		m.attrs[i] = i
	}
	as := d.Attributions
	byCue := func(a, b int) int { return cmp.Compare(as[a].Cue.Start, as[b].Cue.Start) }
	if !slices.IsSortedFunc(m.attrs, byCue) {
		slices.SortStableFunc(m.attrs, byCue)
	}
}

type namesKey struct{}

// attributionsNear calls f on the attributions whose cue starts in [from,
// to), in text order, until f returns false.
func (m *matcher) attributionsNear(from, to int, f func(a doc.Attribution) bool) {
	as := m.d.Attributions
	k := sort.Search(len(m.attrs), func(i int) bool { return as[m.attrs[i]].Cue.Start >= from })
	for ; k < len(m.attrs) && as[m.attrs[k]].Cue.Start < to; k++ {
		if !f(as[m.attrs[k]]) {
			return
		}
	}
}

// nameAt returns the name mention that overlaps token span t, if any.
func (m *matcher) nameAt(t doc.Span) (doc.Mention, bool) {
	k := sort.Search(len(m.names), func(i int) bool { return m.names[i].End > t.Start })
	if k < len(m.names) && m.names[k].Start < t.End {
		return m.names[k], true
	}
	return doc.Mention{}, false
}
