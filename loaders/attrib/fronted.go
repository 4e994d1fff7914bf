package attrib

import (
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// subordinators open an adverbial clause that may stand before its main
// clause ("When the mayor said the pier was safe, the pilots sailed");
// grammar words.
var subordinators = set("when", "after", "before", "because", "although", "though", "while", "if", "since", "once",
	"until", "unless", "as", "whenever", "despite")

// frontedReach bounds how far, in tokens, endInFrontedClause looks back
// from a cue for its subordinator and forward for the comma.
const frontedReach = 40

// endInFrontedClause ends a content read after its cue at the comma that
// closes the adverbial clause holding the cue ("When the mayor said the
// pier was safe, the pilots sailed", "Years after he claimed the era was
// over, she won"): what follows the comma is the writer's main clause.
func (x *ctx) endInFrontedClause(a *doc.Attribution) {
	k := x.firstContentToken(*a)
	ci := tokenAt(x.d, a.Cue.Start)
	if k < 0 || ci < 0 || x.inQuote[ci] || !x.frontedClauseBefore(ci) {
		return
	}
	for e := k + 1; e < len(x.d.Tokens) && e-k <= frontedReach && x.tok(e).End <= a.Content.End; e++ {
		if x.inQuote[e] || x.tok(e).Kind == doc.QuoteMark {
			return
		}
		if x.is(e, ",") && !x.innerComma(e, a.Content.End) {
			if e+1 < len(x.d.Tokens) && x.tok(e+1).End <= a.Content.End {
				a.Content = x.trimEnd(doc.Span{Start: a.Content.Start, End: x.tok(e - 1).End})
			}
			return
		}
	}
}

// frontedClauseBefore reports whether the words before cue token ci open
// with a subordinator at most two words after the sentence's start or a
// comma, with no comma or mark between it and the cue.
func (x *ctx) frontedClauseBefore(ci int) bool {
	first := x.d.Sentences[x.d.View.Sentence[ci]].First
	sub := -1
	j := ci - 1
	for ; j >= first && ci-j <= frontedReach; j-- {
		t := x.tok(j)
		if t.Kind != doc.Word && t.Kind != doc.Number {
			break
		}
		if subordinators[x.lower[j]] {
			sub = j
		}
	}
	if sub < 0 || j >= first && !x.is(j, ",") && !(x.tok(j).Kind == doc.Punct && j == first) {
		return false
	}
	return sub-(j+1) <= 2
}

// notMainClause open what goes on the clause before a comma rather than
// a main clause after it; grammar words.
var notMainClause = set("and", "or", "but", "including", "which", "who", "whom", "whose", "not", "when", "where", "for",
	"to", "as", "especially", "such", "like", "than", "with")

// innerComma reports whether the comma at e lies inside the adverbial
// clause: a list's ("Rubio, Bush and Kasich", "young, liberal and"), a
// place's ("Dover, Delaware,") or one that a word of notMainClause
// follows.
func (x *ctx) innerComma(e, end int) bool {
	if notMainClause[x.endWord(e+1)] {
		return true
	}
	for j := e + 1; j <= e+3 && j < len(x.d.Tokens) && x.tok(j).End <= end; j++ {
		if x.is(j, ",", "and", "or") {
			return true
		}
	}
	n := e + 2
	return e+1 < len(x.d.Tokens) && capitalized(x.tok(e+1).Text) && (n >= len(x.d.Tokens) || x.tok(n).End > end || x.tok(n).Kind == doc.Punct)
}

// leadOpeners open a sentence's adjunct or connective rather than the
// content's own subject ("Still, he said, …", "On Monday, she said, …");
// grammar words.
var leadOpeners = set("but", "still", "now", "and", "so", "yet", "however", "instead", "then", "also", "indeed",
	"later", "meanwhile", "asked", "according")

// startAtInterruptedSubject starts a content read after a cue that
// interrupts it between commas at the sentence's start when the words
// after the cue cannot stand alone ("An economic downturn, he said,
// “could be a good time to borrow”"): the words before the source are
// the content's subject, and PolNeAR's content takes them in (the source
// and cue between are left out of it). A lead that opens with a
// preposition, a subordinator, a connective or a participle is an
// adjunct of the writer's ("On Monday, he said, “…”") and stays out.
func (x *ctx) startAtInterruptedSubject(a *doc.Attribution) {
	k := x.firstContentToken(*a)
	si, ci := tokenAt(x.d, a.Speaker.Start), tokenAt(x.d, a.Cue.Start)
	if k < 0 || si < 1 || ci < 0 || a.Speaker.End > a.Cue.Start || !x.is(si-1, ",") || !x.is(k-1, ",") && !(x.isOpenQuote(k-1) && x.is(k-2, ",")) {
		return
	}
	w := k
	if x.isOpenQuote(w) {
		w++
	}
	if w >= len(x.d.Tokens) || x.tok(w).Kind != doc.Word || capitalized(x.tok(w).Text) {
		return
	}
	first := x.d.Sentences[x.d.View.Sentence[si]].First
	if si-first > frontedReach {
		return
	}
	for first < si && x.tok(first).Kind != doc.Word {
		first++
	}
	if first >= si-1 || x.inQuote[first] || x.tok(first).Kind != doc.Word {
		return
	}
	fw := x.lower[first]
	if prepositions[fw] || subordinators[fw] || leadOpeners[fw] || x.isIng(first) || strings.HasSuffix(fw, "ed") {
		return
	}
	for j := first; j < si-1; j++ {
		if x.tok(j).Kind == doc.QuoteMark || x.is(j, ",") {
			return
		}
	}
	a.Content.Start = x.tok(first).Start
}
