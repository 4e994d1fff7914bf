package attrib

import (
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// addresseeStep reads the addressee of a tell verb between the cue and
// the content: "told AFP that …", "told reporters: …", "told him …",
// "told “Fox and Friends” after …", "“…,” Trump told ABC's This Week."
// A bare "told" with neither addressee nor the clause's end is no report.
func (x *ctx) addresseeStep(f *frame) verdict {
	if f.c.class != tellClass {
		return next
	}
	s, k := f.s, f.k
	name := func(end int) string { return x.d.Slice(doc.Span{Start: x.tok(k).Start, End: x.tok(end - 1).End}) }
	if end, ok := x.quotedTitle(s, k); ok && (x.is(end-2, ",") || x.closesAfter(s, end, &f.a)) {
		// “…,” the nominee told “Fox and Friends” after …, and
		// told “Fox and Friends,” reminding …
		f.a.Addressee, f.k = name(end), end
		f.titleComma = x.is(end-2, ",")
	} else if end, ok := x.addressee(s, k); ok {
		f.a.Addressee, f.k = name(end), end
	} else if end := x.nounPhraseRight(s, k); end > k && x.closesAfter(s, end, &f.a) {
		// “…,” Trump told ABC's This Week.
		f.a.Addressee, f.k = name(end), end
	} else if end := x.nounPhraseRight(s, k); f.c.lemma == "tell" && end > k && end < s.Last && x.tok(end).Kind == doc.Word {
		// "told The Star-Ledger last week she would rather …"
		f.a.Addressee, f.k = name(end), end
	} else if f.c.lemma == "tell" && !x.endsClause(s, k) {
		return reject
	}
	return next
}

// addressee returns the end of the addressee phrase that starts at k, for
// "told AFP that …", "told reporters: …", "told him …".
func (x *ctx) addressee(s doc.Sentence, k int) (int, bool) {
	if k >= s.Last || x.tok(k).Kind != doc.Word || x.is(k, "that") {
		return 0, false
	}
	for e := k + 1; e < s.Last && e <= k+10; e++ {
		t := x.tok(e)
		if t.Text == "(" && e+2 < s.Last && x.tok(e+2).Text == ")" {
			// "told the Associated Press (AP), “…”"
			e += 2
			continue
		}
		if x.is(e, "that") || t.Text == ":" || x.isOpenQuote(e) || x.is(e, "to") && e > k {
			return e, true
		}
		if t.Text == "," && (x.isOpenQuote(e+1) || x.is(e+1, "that")) {
			return e, true
		}
		if t.Kind != doc.Word && t.Kind != doc.Number {
			break
		}
		if isPronoun(x.lower[k]) && e == k+1 {
			// "told him the plan was dead": the pronoun is the addressee.
			return e, true
		}
		if subjectPronouns[x.lower[e]] && x.lower[e] != "it" && x.lower[e] != "you" && x.lower[e] != "who" {
			// "told POLITICO he’ll work full-time to …": a subject
			// pronoun opens the content.
			return e, true
		}
		if e > k+1 && (possessive(x.lower[e]) && !capitalized(t.Text) || x.is(e, "the", "a", "an")) && capitalized(x.tok(e-1).Text) {
			// "told the AP her group never …": a new noun phrase opens
			// the content. ("told BBC Radio Four’s Any Questions": a
			// capitalized possessive goes on with the name.)
			return e, true
		}
		if cueForms[x.lower[e]].lemma != "" && !capitalized(t.Text) || boundary[x.lower[e]] {
			// ("told The Huffington Post: …": a name, not a cue.)
			break
		}
	}
	if x.tok(k).Kind == doc.Word && (isPronoun(x.lower[k]) || x.is(k, "reporters", "journalists")) {
		return k + 1, true
	}
	return 0, false
}

// closesAfter reports whether the clause ends after the phrase that ends
// at k, past any date or channel ("told ABC's This Week on Sunday.").
func (x *ctx) closesAfter(s doc.Sentence, k int, a *doc.Attribution) bool {
	k = x.skipAdverbials(s, k, a)
	return x.endsClause(s, k) || x.adjunctToEnd(s, k)
}

// quotedTitle returns the end of a short quoted title that opens at k, a
// programme or a paper ("told “Fox and Friends”"): at most six words, the
// first capitalized, with the closing mark in the sentence.
func (x *ctx) quotedTitle(s doc.Sentence, k int) (int, bool) {
	if k+1 >= s.Last || !x.isOpenQuote(k) || x.tok(k+1).Kind != doc.Word || !capitalized(x.tok(k+1).Text) {
		return 0, false
	}
	for e := k + 1; e < s.Last && e <= k+7; e++ {
		if x.isCloseQuote(e) {
			return e + 1, e > k+1
		}
		if t := x.tok(e); t.Kind != doc.Word && t.Kind != doc.Number && t.Text != "&" && !(strings.ContainsAny(t.Text, ".,!?") && x.isCloseQuote(e+1)) {
			// (American style puts the stop inside the marks.)
			break
		}
	}
	return 0, false
}

// titleWords reports whether tokens [from, to) read as a title: every
// word of four letters or more is capitalized ("Here’s the Thing").
func (x *ctx) titleWords(from, to int) bool {
	for k := from; k < to; k++ {
		if t := x.tok(k); t.Kind == doc.Word && len(x.lower[k]) > 3 && !capitalized(t.Text) {
			return false
		}
	}
	return to > from
}

func isPronoun(w string) bool {
	switch w {
	case "him", "her", "them", "me", "us", "you", "reporters":
		return true
	}
	return false
}
