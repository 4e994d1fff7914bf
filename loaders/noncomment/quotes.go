package noncomment

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

type quoteSpansKey struct{}

// quoteSpans returns the inner spans of the document's quotations: those
// of the quotes stage, and those found again over lines re-joined where
// wire copy wraps a paragraph at every line (the quotes stage sees each
// line alone there, so `"…,\nbut we have no comment," he said` is no
// quote to it).
func quoteSpans(d *doc.Document) []doc.Span {
	// The list's storage goes from article to article (doc.Scratch).
	kept := doc.ScratchSlice[doc.Span](&d.Scratch, quoteSpansKey{})
	out := *kept
	defer func() { *kept = out }()
	for _, q := range d.Quotes {
		out = append(out, q.Inner)
	}
	for _, p := range joinedParagraphs(d) {
		out = append(out, pairMarks(d, p)...)
	}
	slices.SortFunc(out, func(a, b doc.Span) int { return cmp.Compare(a.Start, b.Start) })
	return out
}

// joinedParagraphs returns the paragraphs re-joined across single line
// breaks that do not indent the next line.
func joinedParagraphs(d *doc.Document) []doc.Span {
	var out []doc.Span
	for _, p := range d.Paragraphs {
		if n := len(out); n > 0 && lineWrap(d.Text[out[n-1].End:p.Start]) {
			out[n-1].End = p.End
			continue
		}
		out = append(out, p)
	}
	return out
}

// lineWrap reports whether the text between two pieces is a single
// newline that does not indent the next line.
func lineWrap(gap string) bool {
	return strings.Count(gap, "\n") == 1 && strings.TrimSpace(gap) == "" && !strings.HasSuffix(gap, " ") && !strings.HasSuffix(gap, "\t")
}

// pairMarks pairs the double quotation marks of paragraph p in order
// ("“" opens, "”" closes, '"' does both in turn); a quote left open runs
// to the paragraph's end.
func pairMarks(d *doc.Document, p doc.Span) []doc.Span {
	var out []doc.Span
	open := -1
	k := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= p.Start })
	for ; k < len(d.Tokens) && d.Tokens[k].End <= p.End; k++ {
		t := d.Tokens[k]
		if t.Kind != doc.QuoteMark {
			continue
		}
		switch {
		case (t.Text == "\u201c" || t.Text == "\"" || t.Text == "``") && open < 0:
			open = t.End
		case (t.Text == "\u201d" || t.Text == "\"" || t.Text == "''") && open >= 0:
			out = append(out, doc.Span{Start: open, End: t.Start})
			open = -1
		}
	}
	if open >= 0 {
		out = append(out, doc.Span{Start: open, End: p.End})
	}
	return out
}

// quoteSpeaker returns the speaker of the quote around byte offset p: the
// speaker of an attribution whose content overlaps it, else the subject
// of a reporting verb right after it (`…," Fitzwater told reporters`,
// `…," said a spokesman`) or right before it (`X said: "…`).
func (m *matcher) quoteSpeaker(p int) doc.Span {
	// The quotes around p, smallest first: a quote the quotes stage cut
	// at a wrapped line, then the whole one.
	var around []doc.Span
	k := sort.Search(len(m.quotes), func(i int) bool { return m.quotes[i].Start > p })
	for n := 0; k > 0 && n < 8; n++ {
		k--
		if q := m.quotes[k]; q.Start <= p && p < q.End {
			around = append(around, q)
		}
	}
	slices.SortFunc(around, func(a, b doc.Span) int { return cmp.Compare(a.Len(), b.Len()) })
	for _, q := range around {
		if sp := m.speakerOf(q); !sp.Empty() {
			return sp
		}
	}
	return doc.Span{}
}

// speakerOf returns the speaker of quote q (its inner span).
func (m *matcher) speakerOf(q doc.Span) doc.Span {
	var sp doc.Span
	m.attributionsNear(q.Start-2000, q.End+2000, func(a doc.Attribution) bool {
		if !a.Speaker.Empty() && a.Content.Overlaps(q) && !a.Speaker.Overlaps(q) && m.phraseLike(a.Speaker) {
			sp = a.Speaker
			return false
		}
		return true
	})
	if !sp.Empty() {
		return sp
	}
	toks := m.d.Tokens
	closing := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= q.End })
	if closing < len(toks) && toks[closing].Start == q.End && toks[closing].Kind == doc.QuoteMark {
		// A closed quote: `…," Fitzwater told reporters`. An unclosed
		// one runs to its paragraph's end, and what follows is news.
		after := closing + 1
		for after < len(toks) && toks[after].Text == "," {
			after++
		}
		if sp := m.speakerAfter(after); !sp.Empty() {
			return sp
		}
	}
	before := sort.Search(len(toks), func(i int) bool { return toks[i].End > q.Start }) - 2
	for before >= 0 && (toks[before].Text == ":" || toks[before].Text == ",") {
		before--
	}
	if before >= 1 && reportingVerbs[strings.ToLower(toks[before].Text)] {
		if a := m.npStartAny(before - 1); a >= 0 {
			return doc.Span{Start: toks[a].Start, End: toks[before-1].End}
		}
	}
	return doc.Span{}
}

// speakerAfter reads "said X" or "X said" starting at token k.
func (m *matcher) speakerAfter(k int) doc.Span {
	toks := m.d.Tokens
	if k >= len(toks) {
		return doc.Span{}
	}
	if reportingVerbs[strings.ToLower(toks[k].Text)] {
		e := k + 1
		for e < len(toks) && e < k+12 && (toks[e].Kind == doc.Word || toks[e].Kind == doc.Number) && !lex.has(strings.ToLower(toks[e].Text), rVerb|rStop) {
			e++
		}
		if e > k+1 {
			return doc.Span{Start: toks[k+1].Start, End: toks[e-1].End}
		}
		return doc.Span{}
	}
	for e := k; e < len(toks) && e < k+12; e++ {
		w := strings.ToLower(toks[e].Text)
		if reportingVerbs[w] {
			if e > k {
				return doc.Span{Start: toks[k].Start, End: toks[e-1].End}
			}
			break
		}
		if toks[e].Kind != doc.Word && toks[e].Kind != doc.Number || lex.has(w, rVerb|aux) {
			break
		}
	}
	return doc.Span{}
}

// npStartAny is npStart for a token outside the current sentence.
func (m *matcher) npStartAny(j int) int {
	s := m.s
	defer func() { m.s = s }()
	k := sort.Search(len(m.d.Sentences), func(i int) bool { return m.d.Sentences[i].Last > j })
	if k >= len(m.d.Sentences) {
		return -1
	}
	m.s = m.d.Sentences[k]
	return m.npStart(j)
}

// phraseLike reports a speaker phrase with no verb in it ("the Louvre
// agreement was working" is a clause the attribution stage mistook).
func (m *matcher) phraseLike(sp doc.Span) bool {
	for k := m.tokenAt(sp.Start); k >= 0 && k < len(m.d.Tokens) && m.d.Tokens[k].Start < sp.End; k++ {
		if w := m.low[k]; lex.has(w, aux) && !possessive(w) || reportingVerbs[w] {
			return false
		}
	}
	return true
}
