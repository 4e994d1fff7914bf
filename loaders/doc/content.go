package doc

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// contentMarks widens attribution contents to the convention of news
// attribution corpora (PolNeAR's annotators, 2,437 of 2,467 contents
// after "that" on its train split, and 3,174 of 3,220 contents a quotation
// opens): a content takes in the quotation marks around it, the
// punctuation inside the closing mark, and the complementizer "that"
// that introduces it. The stages keep the bare words, which is what the
// graph shows as the claim (OutAttr.Claim).
type contentMarks struct {
	text string
	// open maps a quotation's inner start to its opening mark's start;
	// close maps a closed quotation's inner end to its closing mark's end.
	open, close map[int]int
}

func newContentMarks(d *Document) contentMarks {
	m := contentMarks{text: d.Text}
	if len(d.Attributions) == 0 || len(d.Quotes) == 0 {
		return m
	}
	m.open = make(map[int]int, len(d.Quotes))
	m.close = make(map[int]int, len(d.Quotes))
	for _, q := range d.Quotes {
		m.open[q.Inner.Start] = q.Start
		if q.Closed {
			m.close[q.Inner.End] = q.End
		}
	}
	return m
}

// widen returns content as the corpora mark it; cue bounds where a
// complementizer may be taken from (it must follow the cue).
func (m contentMarks) widen(content, cue Span) Span {
	if content.Empty() || content.Start < 0 || content.End > len(m.text) {
		return content
	}
	sp := content
	if s, ok := m.open[sp.Start]; ok && s < sp.Start {
		sp.Start = s
	}
	// "“We will,” he said": the comma and the mark close the content.
	for e, n := sp.End, 0; e <= len(m.text) && n < 4; n++ {
		if end, ok := m.close[e]; ok && end > sp.End {
			sp.End = end
			break
		}
		r, size := utf8.DecodeRuneInString(m.text[e:])
		if size == 0 || !(r == ',' || r == '.' || r == '?' || r == '!' || r == ';' || r == ':' || r == '\u2014' || r == '-') {
			break
		}
		e += size
	}
	if start, ok := m.complementizer(sp.Start); ok && start >= cue.End {
		sp.Start = start
	}
	return sp
}

// complementizer returns where a "that" ending right before start (after
// spaces, and after a comma: in "said that, if the vote fails, …" the
// corpus starts the content at "that", 33 of 36 times on PolNeAR train)
// begins.
func (m contentMarks) complementizer(start int) (int, bool) {
	i := start
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(m.text[:i])
		if !unicode.IsSpace(r) {
			break
		}
		i -= size
	}
	if i > 0 && i < start && m.text[i-1] == ',' {
		i--
	}
	if i == start || i < 4 || !strings.EqualFold(m.text[i-4:i], "that") {
		return 0, false
	}
	if i > 4 {
		if r, _ := utf8.DecodeLastRuneInString(m.text[:i-4]); unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '\u2019' {
			return 0, false
		}
	}
	return i - 4, true
}

// claimSpan is the stretch of an attribution's content that the graph
// stores and the queries show as its claim. The corpus's content takes in
// a subject that the source and cue interrupt ("An economic downturn, he
// said, “could be severe”"); the claim is one stretch of the text, so it
// is the words after the interruption, which carry the claim, rather than
// a span that reads "he said" in the middle.
func claimSpan(a Attribution, text string) Span {
	c := a.Content
	if c.Start < 0 || c.End > len(text) || a.Cue.Start <= c.Start || a.Cue.End >= c.End {
		return c
	}
	start := a.Cue.End
	if s := a.Speaker; !s.Empty() && s.Start > c.Start && s.End > start && s.End < c.End {
		start = s.End
	}
	for start < c.End {
		r, size := utf8.DecodeRuneInString(text[start:c.End])
		if !unicode.IsSpace(r) && r != ',' && r != ':' && !IsQuoteMark(r) {
			break
		}
		start += size
	}
	if start >= c.End {
		return c
	}
	return Span{Start: start, End: c.End}
}

// IsQuoteMark reports whether r opens or closes a quotation, straight or
// curly; segment reads quotations with it, and claimSpan trims them.
func IsQuoteMark(r rune) bool {
	switch r {
	case '"', '\'', '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb', '\u201e', '\u201f', '\u2039', '\u203a', '`':
		return true
	}
	return false
}
