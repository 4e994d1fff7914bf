package attrib

import (
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// closeRelative ends the content of a cue inside a non-restrictive
// relative clause at the clause's closing comma: in "Shah, who had
// opposed the plan, said the budget was fair", what follows the comma is
// the main clause's, not the relative's.
func (x *ctx) closeRelative(s doc.Sentence, speaker, content doc.Span) doc.Span {
	w := tokenAt(x.d, speaker.Start)
	if w <= s.First || speaker.End != x.tok(w).End || !x.is(w, "who", "which") || !x.is(w-1, ",") {
		return content
	}
	for k := tokenAt(x.d, content.Start); k >= 0 && k < s.Last && x.tok(k).Start < content.End; k++ {
		if x.isOpenQuote(k) {
			// A comma inside a quotation does not close the clause.
			q := x.d.Quotes[x.quoteStart[x.tok(k).Start]]
			for k+1 < s.Last && x.tok(k+1).Start < q.End {
				k++
			}
			// …unless it ends the quotation: “late, but welcome,” said.
			if q.Closed && strings.HasSuffix(strings.TrimSpace(x.d.Slice(q.Inner)), ",") && k+1 < s.Last && x.tok(k+1).Kind == doc.Word && q.End <= content.End {
				return doc.Span{Start: content.Start, End: q.End}
			}
			continue
		}
		if x.is(k, ",") && k+1 < s.Last && x.tok(k+1).Kind == doc.Word {
			return x.trimEnd(doc.Span{Start: content.Start, End: x.tok(k).Start})
		}
	}
	return content
}

// relativeSource reads "X, who …, said" and "X, a spokesman for Y, said"
// back from the comma at j. It returns the source X and the role from an
// appositive.
func (x *ctx) relativeSource(s doc.Sentence, j int) (doc.Span, string, int, bool) {
	from := j - 1
	if o := x.openerOf(j); o >= 0 && x.is(j-1, ",") {
		// "Humphrey, who calls Trump a “sociopath,” said": the clause's
		// comma sits inside the marks. Commas inside the quote are the
		// quote's own, so the search starts before its opening mark, and
		// a quote that opens the sentence is the content, not a clause.
		if o <= s.First+1 {
			return doc.Span{}, "", 0, false
		}
		j, from = j-1, o-1
	}
	if !x.is(j, ",") {
		return doc.Span{}, "", 0, false
	}
	commas := 0
	for p := from; p > s.First && j-p < 30; p-- {
		t := x.tok(p)
		if t.Kind == doc.QuoteMark && (t.Text == "\u2019" || t.Text == "'") && !x.isCloseQuote(p) && p > s.First && strings.HasSuffix(x.lower[p-1], "s") {
			// "Sanders’ campaign manager": an apostrophe.
			continue
		}
		if t.Kind == doc.QuoteMark && (p+1 >= j || !x.isOpenQuote(p) && !x.isCloseQuote(p)) {
			// A quote inside the appositive ("X, citing “…,” said")
			// is fine; a stray mark is not.
			return doc.Span{}, "", 0, false
		}
		if t.Text != "," || p+1 < len(x.d.Tokens) && x.tok(p+1).Kind == doc.QuoteMark {
			continue
		}
		rel := x.is(p+1, "who", "which")
		appos := !rel
		np, before := x.nounPhraseLeft(s, p-1)
		if x.is(p+1, "like", "including") && !np.Empty() {
			// "the field's biggest hawks, like Rubio and Bush, say":
			// examples after a common noun.
			return np, "", before, true
		}
		if appos && !np.Empty() && !capitalized(x.d.Slice(np)) && x.nameBetween(p+1, j) {
			// "“…,” the agency spokesman, Josh Earnest, said": a role
			// and then the name; the source is both, as when a clause
			// follows the cue ("The city spokesman, Josh Earnest, said
			// the plan …").
			return doc.Span{Start: np.Start, End: x.tok(j - 1).End}, withoutDeterminer(x.d.Slice(np)), before, true
		}
		if np.Empty() || !capitalized(x.d.Slice(np)) && !(capitalized(x.tok(p-1).Text) && x.tok(p-1).Kind == doc.Word) && appos {
			// "Marvin Teske, 53, a security guard, said": look past
			// the age to the name.
			if commas++; commas < 3 && p-1 >= s.First && x.tok(p-1).Kind == doc.Number {
				continue
			}
			return doc.Span{}, "", 0, false
		}
		if appos && x.sentenceOpener(s, np) {
			// "Separately, the port authority closed the pier, citing
			// …": the phrase before the first comma opens the sentence;
			// what follows it is the main clause, not an appositive.
			return doc.Span{}, "", 0, false
		}
		role := ""
		if appos {
			role = x.appositiveRole(np, p, j)
		}
		return np, role, before, true
	}
	return doc.Span{}, "", 0, false
}

// appositiveRole is the role that the appositive between the comma at p
// and the cue's comma at j gives the source np: np itself when the
// appositive is a name ("The Shadow Minister for Health, Ann Rowe,
// said"), else the appositive unless it is a participle clause.
func (x *ctx) appositiveRole(np doc.Span, p, j int) string {
	if x.nameBetween(p+1, j) {
		return withoutDeterminer(x.d.Slice(np))
	}
	if x.isIng(p+1) || strings.HasSuffix(x.lower[p+1], "ing") {
		return ""
	}
	from := p + 1
	if x.is(from, "a", "an", "the") {
		from++
	}
	if from >= j {
		return ""
	}
	return x.d.Slice(doc.Span{Start: x.tok(from).Start, End: x.tok(j - 1).End})
}

// withoutDeterminer drops the article or determiner a role phrase starts
// with ("the agency spokesman" is the role "agency spokesman").
func withoutDeterminer(role string) string {
	if w, rest, ok := strings.Cut(role, " "); ok && determiners[lower(w)] {
		return rest
	}
	return role
}

// sentenceOpener reports whether np is an introductory phrase that opens
// sentence s (after a leading conjunction), as SubjectOf skips it.
func (x *ctx) sentenceOpener(s doc.Sentence, np doc.Span) bool {
	k := tokenAt(x.d, np.Start)
	opens := k == s.First
	if k > s.First && x.is(s.First, "but", "and", "so", "yet") {
		opens = k == s.First+1
	}
	c := firstTokenFrom(x.d, np.End)
	return opens && (x.openerPhrase(k) || c > k && c < s.Last && x.is(c, ",") && x.adverbialLead(k, c))
}

// citingSource reads "Mr. Lowe, citing “the ferry’s record,” said …"
// back from the closing mark at j: a participle's quoted object sits
// between the source and its cue, with the source's comma inside the
// marks.
func (x *ctx) citingSource(s doc.Sentence, j int) (doc.Span, int, bool) {
	o := x.openerOf(j)
	if j-1 <= s.First || o < 0 || !x.is(j-1, ",") {
		return doc.Span{}, 0, false
	}
	if o-2 < s.First || o >= j || !x.is(o-2, ",") || !x.isIng(o-1) {
		return doc.Span{}, 0, false
	}
	np, before := x.nounPhraseLeft(s, o-3)
	if np.Empty() {
		return doc.Span{}, 0, false
	}
	return np, before, true
}

// nameBetween reports whether tokens from to to hold a short name: one to
// five capitalized words, initials included ("James B. Comey").
func (x *ctx) nameBetween(from, to int) bool {
	if to-from < 1 || to-from > 6 {
		return false
	}
	words := 0
	for k := from; k < to; k++ {
		t := x.tok(k)
		switch {
		case t.Kind == doc.Word && capitalized(t.Text) && !subjectPronouns[x.lower[k]] && !determiners[x.lower[k]]:
			words++
		case t.Text == "." && k > from:
		default:
			return false
		}
	}
	return words >= 1 && words <= 5
}

// dashAppositive reads "Jason Sims — a teacher from Mount Pleasant —
// says" back from the dash at j: the name before the opening dash.
func (x *ctx) dashAppositive(s doc.Sentence, j int) (doc.Span, int, bool) {
	spaced := func(k int) bool { return (isDash(x.tok(k).Text) || x.tok(k).Text == "-") && !x.touching(k) }
	if j < s.First || !spaced(j) {
		return doc.Span{}, 0, false
	}
	// The appositive may hold commas ("— including Muslims, Christians,
	// Catholics, Jews —"), not a quote or a clause break.
	for p := j - 2; p > s.First && j-p < 30; p-- {
		t := x.tok(p)
		if t.Kind == doc.QuoteMark || t.Text == ";" || t.Text == ":" {
			return doc.Span{}, 0, false
		}
		if spaced(p) {
			np, before := x.nounPhraseLeft(s, p-1)
			if np.Empty() {
				return doc.Span{}, 0, false
			}
			return np, before, true
		}
	}
	return doc.Span{}, 0, false
}
