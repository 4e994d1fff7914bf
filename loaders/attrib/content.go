package attrib

import (
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// endsClause reports whether token k ends the clause that holds a cue: the
// sentence ends, or a comma follows (“…,” he said, “…”).
func (x *ctx) endsClause(s doc.Sentence, k int) bool {
	if k >= s.Last {
		return true
	}
	t := x.tok(k)
	if t.Kind == doc.Punct && (t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == ";") {
		return true
	}
	if t.Text == "," {
		// "…, X said, adding …" and "…, he said, “…”" close the clause;
		// "X said, however, that …" does not.
		return !(x.is(k+1, "however", "though") || x.is(k+2, "that") && !x.isIng(k+1) || x.isOpenQuote(k+1))
	}
	return false
}

// contentBefore returns the content of a post-posed cue whose source
// starts after token before: the quote closing there, or the clause from
// the sentence start.
func (x *ctx) contentBefore(s doc.Sentence, before int) (doc.Span, bool, bool) {
	if before < s.First {
		// “Why now?” | she said.: the quote ended the previous sentence.
		if p := s.First - 1; p >= 0 && x.isCloseQuote(p) && int(x.d.View.Para[p]) == s.Para {
			q := x.d.Quotes[x.quoteEnd[x.tok(p).End]]
			inner := q.Inner
			inner.Start = x.continuedFrom(q)
			return x.trimEnd(inner), true, true
		}
		// Why now? Hadley asked.
		if si := x.sentenceBefore(s); si >= 0 && x.tok(s.First-1).Text == "?" && s.Last-s.First <= 6 {
			p := x.d.Sentences[si]
			return x.trimEnd(p.Span), false, true
		}
		return doc.Span{}, false, false
	}
	end := before
	// “…,” he said: the quote, which may start sentences or paragraphs
	// earlier.
	if x.isCloseQuote(end) {
		q := x.d.Quotes[x.quoteEnd[x.tok(end).End]]
		if q.Start > s.Start && !x.onlyPunctBetween(s.First, q.Start) && !x.hasQuoteMark(s.First, q.Start) {
			// He was a “respected manager,” the firm said: the quote
			// is part of the clause, which is the content.
			return x.clauseBefore(s, end)
		}
		inner := q.Inner
		start := x.continuedFrom(q)
		inner.Start = start
		return x.trimEnd(inner), true, true
	}
	if x.is(end, ",") || x.tok(end).Text == "\u2014" {
		if x.isCloseQuote(end - 1) {
			q := x.d.Quotes[x.quoteEnd[x.tok(end-1).End]]
			inner := q.Inner
			inner.Start = x.continuedFrom(q)
			if q.Start <= s.Start || x.onlyPunctBetween(s.First, q.Start) {
				return x.trimEnd(inner), true, true
			}
		}
		return x.clauseBefore(s, end)
	}
	return doc.Span{}, false, false
}

// clauseBefore is the clause from sentence s's start to the token before
// end, the content of a post-posed cue.
func (x *ctx) clauseBefore(s doc.Sentence, end int) (doc.Span, bool, bool) {
	if end-1 < s.First {
		return doc.Span{}, false, false
	}
	start := s.First
	for start < end && (x.tok(start).Kind == doc.Punct) {
		start++
	}
	if start >= end {
		return doc.Span{}, false, false
	}
	return x.trimEnd(doc.Span{Start: x.tok(start).Start, End: x.tok(end - 1).End}), false, true
}

// hasQuoteMark reports whether a quotation mark lies among the tokens
// from k up to byte b.
func (x *ctx) hasQuoteMark(k, b int) bool {
	for ; k < len(x.d.Tokens) && x.tok(k).Start < b; k++ {
		if x.tok(k).Kind == doc.QuoteMark {
			return true
		}
	}
	return false
}

// continuedFrom returns where a quote really starts: a quote that opens a
// paragraph continues an unclosed quote of the paragraph before.
func (x *ctx) continuedFrom(q doc.Quote) int {
	start := q.Inner.Start
	for n := 0; n < 20; n++ {
		// Find the quote that ends the previous paragraph, unclosed.
		qi, ok := x.quoteStart[q.Start]
		if !ok || qi == 0 {
			return start
		}
		pi := x.paraOf(q.Start)
		if pi <= 0 || x.d.Paragraphs[pi].Start != q.Start {
			return start
		}
		prev := -1
		for k := qi - 1; k >= 0 && qi-k < 8; k-- {
			if !x.d.Quotes[k].Nested && !x.d.Quotes[k].Closed && x.d.Quotes[k].End == x.d.Paragraphs[pi-1].End {
				prev = k
				break
			}
		}
		if prev < 0 {
			return start
		}
		q = x.d.Quotes[prev]
		start = q.Inner.Start
	}
	return start
}

// contentAfter returns the content that starts at token k: to the
// sentence's end, or the whole quote when it opens there and runs on past
// the sentence.
func (x *ctx) contentAfter(s doc.Sentence, k int) (doc.Span, bool) {
	start := x.tok(k).Start
	end := x.tok(s.Last - 1).End
	if x.isOpenQuote(k) {
		q := x.d.Quotes[x.quoteStart[x.tok(k).Start]]
		if q.End > end || !q.Closed && q.End >= end {
			end = q.End
		}
		// X said: “Q.” is direct: the quote's inside is the content.
		if q.End >= x.trimEnd(doc.Span{Start: start, End: end}).End {
			return x.trimEnd(q.Inner), true
		}
	}
	// "endorsed Clinton, saying …", "said the talks failed, adding
	// …": a participle cue after a comma opens its own content (train:
	// 139 gold contents end at that comma, 9 run on).
	if k+1 < len(x.ingComma) {
		if e := int(x.ingComma[k+1]); e >= 0 && e+1 < s.Last {
			end = x.tok(e).Start
		}
	}
	return x.trimEnd(doc.Span{Start: start, End: end}), false
}

// trimEnd drops spaces and clause punctuation from the end of a content
// span, but keeps a closing quote mark.
func (x *ctx) trimEnd(sp doc.Span) doc.Span {
	for sp.End > sp.Start {
		r, size := utf8.DecodeLastRuneInString(x.d.Text[sp.Start:sp.End])
		if unicode.IsSpace(r) || r == ',' || r == '.' || r == ';' || r == ':' || r == '\u2014' || r == '-' {
			sp.End -= size
			continue
		}
		break
	}
	for sp.Start < sp.End {
		r, size := utf8.DecodeRuneInString(x.d.Text[sp.Start:sp.End])
		if unicode.IsSpace(r) {
			sp.Start += size
			continue
		}
		break
	}
	return sp
}

// firstContentToken is the first token of a's content when the content
// follows its cue, else -1: the two endings below read only such
// contents.
func (x *ctx) firstContentToken(a doc.Attribution) int {
	if a.Content.Start < a.Cue.End {
		return -1
	}
	return tokenAt(x.d, a.Content.Start)
}

// endBeforeCoordinatedCue ends a content read after its cue before a
// second verb of report that shares the cue's subject ("defended the
// charity, but admitted …", "blasted the plan and praised the mayor"):
// that verb reports something else (train: 155 contents made exact, 45
// unmade; content exact 53.0 to 53.6); without a comma before it, the
// verb of a content with a subject of its own goes on that content
// (opensClause; train: 23 made, 5 unmade). It runs after the filter, whose
// features read the rules' spans, and looks at most 80 tokens into the
// content, so that it stays linear in the text.
func (x *ctx) endBeforeCoordinatedCue(a *doc.Attribution) {
	k := x.firstContentToken(*a)
	if k < 0 {
		return
	}
	for e := k + 1; e+1 < len(x.d.Tokens) && e-k <= 80 && x.tok(e+1).End <= a.Content.End; e++ {
		if !x.is(e, "and", "but") || x.inQuote[e] {
			continue
		}
		v := e + 1
		if x.is(v, "also") {
			v++
		}
		if v >= len(x.lower) || x.tok(v).End > a.Content.End {
			return
		}
		if c := cueForms[x.lower[v]]; c.lemma == "" || c.ing || !c.past && x.lower[v] == c.lemma {
			continue
		}
		end := e - 1
		if x.is(end, ",") {
			end--
		} else if x.opensClause(k) {
			// "said she was tired and wanted a change": without a
			// comma the verb goes on the content's own clause.
			return
		}
		if end >= k {
			a.Content = x.trimEnd(doc.Span{Start: a.Content.Start, End: x.tok(end).End})
		}
		return
	}
}

// opensClause reports whether the content that starts at token k opens
// with a subject of its own: a subject pronoun, or "that" before it.
func (x *ctx) opensClause(k int) bool {
	return subjectPronouns[x.lower[k]] || k > 0 && x.is(k-1, "that")
}

// endAtClauseBreak ends a content read after its cue at a semicolon outside
// a quotation ("said the pier was safe; the ferries, though, stayed in
// port"), or at ", but" before a new subject ("said the pier was safe,
// but he would not sail"): what follows is the writer's next clause
// (train: the semicolon 45 contents made exact, 15 unmade; ", but" 36
// made, 8 unmade). Like endBeforeCoordinatedCue it runs after the filter
// and looks at most 80 tokens into the content.
func (x *ctx) endAtClauseBreak(a *doc.Attribution) {
	k := x.firstContentToken(*a)
	if k < 0 {
		return
	}
	for e := k + 1; e < len(x.d.Tokens) && e-k <= 80 && x.tok(e).End <= a.Content.End; e++ {
		if x.inQuote[e] {
			continue
		}
		if x.is(e, ";") || x.is(e, ",") && x.newSubjectAfterBut(e+1, a.Content.End) {
			a.Content = x.trimEnd(doc.Span{Start: a.Content.Start, End: x.tok(e - 1).End})
			return
		}
	}
}

// newSubjectAfterBut reports whether token k is "but" followed by a
// subject pronoun or a capitalized word, inside the content that ends at
// byte end.
func (x *ctx) newSubjectAfterBut(k, end int) bool {
	if k+1 >= len(x.d.Tokens) || x.tok(k+1).End > end || !x.is(k, "but") || x.inQuote[k+1] {
		return false
	}
	return x.is(k+1, "he", "she", "they", "we", "i") || x.tok(k+1).Kind == doc.Word && capitalized(x.tok(k+1).Text)
}

// runToQuoteEnd extends a content read after its cue that opens a
// quotation and ends before the quotation closes ("said the candidates
// “do a fantastic job. And it’s so important.”"): the quotation runs on
// into the next sentence, and so does the content (train: 19 contents
// made exact of 39). A quotation that reaches its paragraph's end
// without closing is left alone.
func (x *ctx) runToQuoteEnd(a *doc.Attribution) {
	k := x.firstContentToken(*a)
	if k < 0 {
		return
	}
	for e := k; e < len(x.d.Tokens) && e-k <= endLookahead && x.tok(e).End <= a.Content.End; e++ {
		qi, ok := x.quoteStart[x.tok(e).Start]
		if !ok || !x.isOpenQuote(e) {
			continue
		}
		if q := x.d.Quotes[qi]; q.Inner.End > a.Content.End {
			if q.Closed && !q.Nested {
				a.Content.End = x.trimEnd(doc.Span{Start: a.Content.Start, End: q.Inner.End}).End
			}
			return
		}
	}
}
