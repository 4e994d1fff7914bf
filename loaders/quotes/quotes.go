// Package quotes owns the quote-span stage: it finds quoted stretches,
// with their marks, in a segmented document.
//
// Quotes never cross a paragraph boundary. News style continues a long
// quotation into the next paragraph by repeating the opening mark and
// leaving the first paragraph without a closing one; such a paragraph gets
// an unclosed quote (Closed=false) that ends at the paragraph's end. The
// same rule keeps a stray opening mark from swallowing the rest of the
// article: the damage stops at the paragraph's end.
package quotes

import (
	"cmp"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// Find fills d.Quotes, sorted by start, from the quote-mark tokens that
// segment produced, and the document view's in-quote mask from them
// (doc.View.InQuote). It is linear in the number of tokens.
func Find(d *doc.Document) {
	d.Quotes = d.Quotes[:0]
	ti := 0
	prevEnd := -1
	for _, p := range d.Paragraphs {
		for ti < len(d.Tokens) && d.Tokens[ti].Start < p.Start {
			ti++
		}
		first := ti
		for ti < len(d.Tokens) && d.Tokens[ti].End <= p.End {
			ti++
		}
		continued := false
		if n := len(d.Quotes); n > 0 && !d.Quotes[n-1].Closed && !d.Quotes[n-1].Nested && d.Quotes[n-1].End == prevEnd {
			continued = true
		}
		d.Quotes = paragraph(d.Text, p, d.Tokens[first:ti], continued, d.Quotes)
		prevEnd = p.End
	}
	slices.SortStableFunc(d.Quotes, func(a, b doc.Quote) int { return cmp.Compare(a.Start, b.Start) })
	d.MaskQuotes()
}

// role is what a quote mark does where it stands.
type role uint8

const (
	none role = iota
	open
	close
)

// markRole decides from the mark and its neighbours whether it opens or
// closes a quotation. Curly marks say so themselves; straight marks are
// judged by flanking: a mark after a space and before a letter opens.
func markRole(text string, t doc.Token) (r role, double bool) {
	prev, _ := utf8.DecodeLastRuneInString(text[:t.Start])
	next, _ := utf8.DecodeRuneInString(text[t.End:])
	if t.Start == 0 {
		prev = ' '
	}
	if t.End >= len(text) {
		next = ' '
	}
	// An invisible format mark (U+202A in pasted social-media posts,
	// a zero-width space) counts as space.
	leftSpace := unicode.IsSpace(prev) || unicode.Is(unicode.Cf, prev) || prev == '(' || prev == '[' || prev == '\u2014' || prev == '\u2013' || prev == '-' || prev == '/' || prev == '\u201c' || prev == '"'
	rightSpace := unicode.IsSpace(next) || unicode.IsPunct(next) && next != '\u2018' && next != '\u201c' && next != '(' && next != '$'
	switch t.Text {
	case "\u201c", "\u201e", "\u00ab":
		if t.Text == "\u201c" && !leftSpace && rightSpace {
			// “It's unusual,“ said X: a left mark typed as a closer;
			// flanking decides, as for a straight mark.
			return none, true
		}
		return open, true
	case "\u201d", "\u00bb":
		if t.Text == "\u201d" && leftSpace && !rightSpace {
			// ”This is why …,” said X: a right mark typed as an opener.
			return none, true
		}
		return close, true
	case "\u2018", "\u2039":
		return open, false
	case "\u2019", "\u203a":
		if leftSpace && !rightSpace {
			// A right single mark after a space is an elided year or
			// word (’90s, ’em) as often as an opener; never trust it.
			return none, false
		}
		return close, false
	case "\"", "``", "''":
		switch {
		case leftSpace && !rightSpace:
			return open, true
		case rightSpace && !leftSpace:
			return close, true
		}
		return none, true
	case "'", "`":
		switch {
		case leftSpace && !rightSpace:
			return open, false
		case rightSpace && !leftSpace:
			return close, false
		}
		return none, false
	}
	return none, false
}

// paragraph appends the quotes of one paragraph. continued says that the
// paragraph before ended inside an unclosed quotation.
func paragraph(text string, p doc.Span, toks []doc.Token, continued bool, out []doc.Quote) []doc.Quote {
	dOpen, sOpen := -1, -1 // byte offsets of the open double and single marks
	var dMark, sMark doc.Span
	outerOpen := -1 // an opener set aside by a second one
	var outerMark doc.Span
	seenDouble := false
	for ti, t := range toks {
		if t.Kind != doc.QuoteMark {
			continue
		}
		r, double := markRole(text, t)
		if double && r == close && !seenDouble {
			switch {
			case ti == 0:
				// "” … in the case of Wyoming, …,” wrote Time": a
				// paragraph cannot open by closing a quotation, so its
				// first mark opens one, whichever way it is typed.
				r = open
			case continued:
				// A quotation carried over from the paragraph before
				// without its opening mark repeated ("… since George
				// H.W. Bush’s election in.\n\n1988. … lies],” Viguerie
				// says."): it runs from the paragraph's start.
				out = append(out, doc.Quote{Span: doc.Span{Start: p.Start, End: t.End}, Inner: doc.Span{Start: p.Start, End: t.Start}, Closed: true})
				seenDouble = true
				continue
			}
		}
		if double {
			seenDouble = true
		}
		if r == none && double {
			// An ambiguous straight double mark toggles.
			if dOpen < 0 {
				r = open
			} else {
				r = close
			}
		}
		switch {
		case double && r == open:
			// A second opener while one is open means the first was stray
			// or its closer was mistyped: start again here. The first is
			// kept aside in case a second closer shows the quotes were
			// nested (“… “inner” …,” he said).
			if dOpen >= 0 {
				if end, ok := joinedParagraph(text, dMark.End, t); ok {
					out = append(out, doc.Quote{Span: doc.Span{Start: dOpen, End: end}, Inner: doc.Span{Start: dMark.End, End: end}})
					dOpen = -1
				} else {
					outerOpen, outerMark = dOpen, dMark
				}
			}
			dOpen, dMark, sOpen = t.Start, t.Span, -1
		case double && r == close:
			if dOpen >= 0 {
				out = append(out, doc.Quote{Span: doc.Span{Start: dOpen, End: t.End}, Inner: doc.Span{Start: dMark.End, End: t.Start}, Closed: true})
			} else if outerOpen >= 0 {
				out = append(out, doc.Quote{Span: doc.Span{Start: outerOpen, End: t.End}, Inner: doc.Span{Start: outerMark.End, End: t.Start}, Closed: true})
				outerOpen = -1
			}
			dOpen, sOpen = -1, -1
		case !double && r == open && dOpen >= 0:
			sOpen, sMark = t.Start, t.Span
		case !double && r == close && sOpen >= 0:
			out = append(out, doc.Quote{Span: doc.Span{Start: sOpen, End: t.End}, Inner: doc.Span{Start: sMark.End, End: t.Start}, Closed: true, Nested: true})
			sOpen = -1
		}
	}
	if dOpen >= 0 && dMark.End < p.End {
		out = append(out, doc.Quote{Span: doc.Span{Start: dOpen, End: p.End}, Inner: doc.Span{Start: dMark.End, End: p.End}})
	}
	return out
}

// joinedParagraph reports whether the opener t starts a new paragraph of
// a quotation that a corpus has run into its previous one (BBC bodies
// join paragraphs: `…herself. "That pattern will continue."`): the open
// quotation's text ends a sentence right before t, and a capital follows
// t. It returns where the open quotation ends, before the space.
func joinedParagraph(text string, from int, t doc.Token) (int, bool) {
	end := t.Start
	for end > from && (text[end-1] == ' ' || text[end-1] == '\n' || text[end-1] == '\t') {
		end--
	}
	if end == t.Start || end <= from {
		return 0, false
	}
	last, _ := utf8.DecodeLastRuneInString(text[from:end])
	next, _ := utf8.DecodeRuneInString(text[t.End:])
	if last != '.' && last != '?' && last != '!' || !unicode.IsUpper(next) {
		return 0, false
	}
	return end, true
}
