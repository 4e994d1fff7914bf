package attrib

import (
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// nounPhraseLeft reads the source phrase that ends at token j, leftwards,
// at most 14 tokens. It returns the span and the index of the token
// before it.
func (x *ctx) nounPhraseLeft(s doc.Sentence, j int) (doc.Span, int) {
	start := j + 1
	for k := j; k >= s.First && j-k < 14; k-- {
		var stop bool
		if k, start, stop = x.extendLeft(s, j, k, start); stop {
			break
		}
	}
	if start > j {
		return doc.Span{}, j
	}
	// A source does not start with a preposition or a conjunction
	// ("In Kabul, officials said" is cut at the comma already).
	for start <= j && (leadingJunk[x.lower[start]] && !(x.is(start, "at") && x.is(start+1, "least")) || x.tok(start).Kind == doc.Punct) {
		start++
	}
	if start > j {
		return doc.Span{}, j
	}
	// A lone determiner is no source.
	if start == j && determiners[x.lower[start]] && !standalone[x.lower[start]] {
		return doc.Span{}, j
	}
	return doc.Span{Start: x.tok(start).Start, End: x.tok(j).End}, start - 1
}

// extendLeft reads token k of a source phrase that ends at token j and
// starts at start so far: marks and the constructs they open. It returns
// the token to go on from (the loop steps left of it), the phrase's new
// start, and whether the phrase ends there.
func (x *ctx) extendLeft(s doc.Sentence, j, k, start int) (int, int, bool) {
	t := x.tok(k)
	w := x.lower[k]
	switch {
	case k < j && strings.Contains(x.d.Text[t.End:x.tok(k+1).Start], "\n"):
		// A line break inside a paragraph ends a headline or a
		// caption, never a source phrase.
		return k, start, true
	case t.Kind == doc.Punct && (t.Text == ")" || t.Text == "]"):
		// "Sen. Ted Cruz (R-Texas) said"
		o := k - 1
		for o >= s.First && k-o < 8 && x.tok(o).Text != "(" && x.tok(o).Text != "[" {
			o--
		}
		if o < s.First || k-o >= 8 {
			return k, start, true
		}
		return o, o, false
	case t.Kind == doc.Punct && (t.Text == "-" && x.touching(k) || t.Text == "&" || t.Text == "%" || t.Text == "/" || x.dotInWord(k)):
		// ("Harbor.com said": the full stop is inside the name.)
		return k, k, false
	case t.Kind == doc.QuoteMark && (t.Text == "\u2019" || t.Text == "'") && k > s.First && start <= j && !x.isCloseQuote(k) && strings.HasSuffix(x.lower[k-1], "s"):
		// "Sanders’ campaign"
		return k, k, false
	case k == j && (w == "them" || w == "us" || w == "those") && k-2 >= s.First && x.is(k-1, "of") && (quantifiers[x.lower[k-2]] || x.tok(k-2).Kind == doc.Number || numberWords[x.lower[k-2]]):
		// "most of them said", "two of those said"
		return k - 2, k - 2, false
	case w == "with" && k > s.First && x.is(k-1, "familiar") && start <= j:
		// "a person familiar with the talks said"
		return k, k, false
	case w == "by" && start <= j && k > s.First && x.byAuthor(k) > 0:
		// "A study by the Brookings Institution found": the document
		// is the source, its author a part of it (26 of 32 such
		// sources on PolNeAR train).
		n := x.byAuthor(k)
		return n, n, false
	case w == "to" && start <= j && k > s.First && closeTo[x.lower[k-1]]:
		// "Aides to the mayor said", "People close to the talks say".
		return k, k, false
	case t.Kind != doc.Word && t.Kind != doc.Number:
		return k, start, true
	}
	start, stop := x.leftWord(s, j, k, start)
	return k, start, stop
}

// leftWord reads word k of a source phrase read leftwards (see
// extendLeft): the words that end the phrase, and those that join it.
func (x *ctx) leftWord(s doc.Sentence, j, k, start int) (int, bool) {
	t := x.tok(k)
	w := x.lower[k]
	switch {
	case (w == "about" || w == "nearly" || w == "almost" || w == "roughly" || w == "around" || w == "over") && start <= j && (x.tok(start).Kind == doc.Number || numberWords[x.lower[start]]):
		// "About two-thirds of voters said"
		return k, false
	case k > s.First && start <= j && (w == "least" && x.is(k-1, "at") || w == "than" && x.is(k-1, "more", "fewer", "less")) && (x.tok(start).Kind == doc.Number || numberWords[x.lower[start]] || quantifiers[x.lower[start]]):
		// "At least four senators said", "more than half of voters
		// say": the bound is part of the quantity.
		return k - 1, false
	case !capitalized(t.Text) && k > s.First && start <= j && (capitalized(x.tok(k-1).Text) || subjectPronouns[x.lower[k-1]]) && (pastVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed")):
		// "Limbaugh began criticizing …": a verb after a name.
		return start, true
	case k == j && (w == "that" || w == "this") && x.subjectStart(s, k):
		// "That suggests a lack of confidence …"
		return k, true
	case subjectPronouns[w]:
		if start == j+1 || x.is(k+1, "and", "or") {
			// "he said", "she and another reporter said"
			return k, true
		}
		return start, true
	case w == "and" || w == "or" || w == "nor" && x.neitherBefore(s, k):
		// "Smith and Jones said", "he and other challengers said":
		// only after a name or a pronoun. ("teachers and union
		// officials said": a bare plural that opens the clause joins
		// too; so do "Neither X nor Y" and "Sen. Ann Lowe (D-Maine)
		// and Sen. Bo Ruiz".)
		bare := k-1 >= s.First && strings.HasSuffix(x.lower[k-1], "s") && !possessive(x.lower[k-1]) && (k-1 == s.First || x.is(k-2, ","))
		if start <= j && k > s.First && (x.tok(k-1).Kind == doc.Word && (capitalized(x.tok(k-1).Text) || subjectPronouns[x.lower[k-1]] || bare || x.nounConjunct(s, k) || w == "nor") || x.is(k-1, ")")) {
			return k, false
		}
		return start, true
	case boundary[w] && !(k > s.First && (w == "on" || w == "in" || w == "at") && start <= j && !x.prepStartsSource(k, s)) &&
		t.Text != "US": // "the US military said": the country, not the pronoun
		return start, true
	}
	if _, isCue := cueForms[w]; isCue && !capitalized(t.Text) && !(k > s.First && (determiners[x.lower[k-1]] || possessive(x.lower[k-1]) || cueForms[w].lemma == w && capitalized(x.tok(k-1).Text))) && !(evidenceNouns[w] && k > s.First && x.tok(k-1).Kind == doc.Word && !boundary[x.lower[k-1]]) {
		// ("The IG report cited …": a noun inside the phrase.)
		return start, true
	}
	return k, false
}

// neitherBefore reports whether "neither" opens the phrase that the
// "nor" at k continues, within six words.
func (x *ctx) neitherBefore(s doc.Sentence, k int) bool {
	for i := k - 1; i >= s.First && k-i <= 6; i-- {
		if x.is(i, "neither") {
			return true
		}
	}
	return false
}

// prepStartsSource tells "officials in Kabul said" (the preposition is
// inside the source) from "on Monday the senator said" (it is not).
func (x *ctx) prepStartsSource(k int, s doc.Sentence) bool {
	return k == s.First || x.is(k-1, ",")
}

// nounPhraseRight returns the end (exclusive) of the source phrase that
// starts at k, for inverted “…,” said X.
func (x *ctx) nounPhraseRight(s doc.Sentence, k int) int {
	e := k
	for ; e < s.Last && e-k < 14; e++ {
		t := x.tok(e)
		w := x.lower[e]
		if t.Kind == doc.Punct && (t.Text == "-" && x.touching(e) || t.Text == "&" || t.Text == "/" && x.touching(e) && e+1 < s.Last && capitalized(x.tok(e+1).Text) || x.dotInWord(e)) && e > k {
			// ("a New York Times/CBS News poll", "according to
			// Harbor.com")
			continue
		}
		if t.Text == "(" && e > k {
			// "said Sen. Bernie Sanders (I-Vt.)"
			c := e + 1
			for c < s.Last && c-e < 8 && x.tok(c).Text != ")" {
				c++
			}
			if c < s.Last && x.tok(c).Text == ")" {
				e = c
				continue
			}
			break
		}
		if t.Kind == doc.QuoteMark && (t.Text == "\u2019" || t.Text == "'") && e > k && !x.isCloseQuote(e) && strings.HasSuffix(x.lower[e-1], "s") {
			// "the victims’ families"
			continue
		}
		if t.Kind != doc.Word && t.Kind != doc.Number {
			break
		}
		if e > k && subjectPronouns[w] && w != "it" {
			// "told AP he was working …": the pronoun starts a clause.
			break
		}
		if w == "to" && e > k && closeTo[x.lower[e-1]] {
			// "said a source close to the campaign"
			continue
		}
		if (boundary[w] && !(w == "of" || w == "for") || timeWords[w] && e > k) && !x.nameWord(e, s) {
			if e == k && (w == "it" || w == "who") {
				break
			}
			break
		}
		if _, isCue := cueForms[w]; isCue && e > k && !capitalized(t.Text) && !determiners[x.lower[e-1]] {
			// ("he told the show": a noun after a determiner.)
			break
		}
		if e == k && !(capitalized(t.Text) || determiners[w] || subjectPronouns[w]) {
			if _, isCue := cueForms[w]; isCue {
				return k
			}
		}
	}
	if e > k && determiners[x.lower[e-1]] {
		e--
	}
	return e
}

// SubjectOf returns the subject phrase that opens sentence s, after an
// introductory phrase closed by a comma: the source of "…, saying …" and
// of a second verb ("did not comment but urged …").
func (x *ctx) SubjectOf(s doc.Sentence) doc.Span {
	first := s.First
	// "But other advisers … have been urging …, saying …": a leading
	// conjunction is skipped alone, not up to the first comma.
	if x.is(first, "but", "and", "so", "yet", "or") {
		if first++; x.is(first, ",") {
			first++
		}
	}
	if loneAdverbs[x.lower[first]] && !x.is(first+1, ",") {
		// ("Then she broke with her party, pledging …": an adverb
		// without its comma opens the clause alone; skipping up to the
		// next comma would pass the subject and its verb.)
		return x.subjectFrom(s, first+1)
	}
	first = x.skipOpener(s, first)
	// A dateline: "MYRTLE BEACH, S.C. - Sen. Ted Cruz …", and an opener
	// after it ("BUENA PARK, Calif. - Rallying workers, Clinton …").
	for k := first; k < s.Last && k < first+12; k++ {
		if t := x.tok(k).Text; (t == "-" || t == "\u2014" || t == "\u2013" || t == "--") && !x.touching(k) {
			first = x.skipOpener(s, k+1)
			break
		}
	}
	return x.subjectFrom(s, first)
}

// skipOpener returns the token after the introductory phrase that opens
// a clause at lead and its comma ("In an interview with The Wall Street
// Journal, Trump …"), or lead when there is none. A phrase a preposition
// opens may run longer than the others ("Amid calls from some members to
// name those who stayed away, the chair …").
func (x *ctx) skipOpener(s doc.Sentence, lead int) int {
	if numberBounds[x.lower[lead]] && (x.tok(lead+1).Kind == doc.Number || numberWords[x.lower[lead+1]] && x.lower[lead+1] != "a") {
		// "About 50 fishermen stood …, insisting …", "Over 200 …":
		// a bound on a number opens the subject.
		return lead
	}
	limit := 12
	if openerPrepositions[x.lower[lead]] {
		limit = 16
	}
	for k := lead; k < s.Last && k < lead+limit; k++ {
		if x.is(k, ",") && (leadingJunk[x.lower[lead]] || openerPrepositions[x.lower[lead]] || x.openerPhrase(lead) || x.adverbialLead(lead, k)) {
			return k + 1
		}
	}
	return lead
}

// numberBounds open a subject before a number ("About 50 fishermen").
var numberBounds = set("about", "nearly", "almost", "roughly", "around", "over", "some")

// openerPrepositions and the other words here open an introductory
// phrase up to its comma.
var openerPrepositions = set("by", "with", "from", "despite", "amid", "unlike", "like", "last", "after", "before", "since", "during",
	"earlier", "when", "while", "as", "there", "here", "still", "instead", "now", "then", "meanwhile", "however", "also", "yet",
	"in", "at", "on", "for", "following", "through", "throughout", "over", "under", "without", "within", "speaking", "asked",
	"writing", "outside", "inside", "beyond", "behind", "across", "among", "against")

// openerPhrase reports whether token k opens an introductory phrase that
// is not the subject, up to its comma: a participle of two words or more
// ("Looking back, …", "Discussing the show, …"; a name in -ing stands
// alone before its comma, "Fleming, who …"), a preposition, a weekday or
// a sentence adverb ("Separately, …", "Likewise, …"; a list, since
// names end in -ly too).
func (x *ctx) openerPhrase(k int) bool {
	w := x.lower[k]
	return prepositions[w] || weekdays[w] || openerAdverbs[w] ||
		len(w) > 5 && strings.HasSuffix(w, "ing") && !x.is(k+1, ",")
}

// timeNouns end a short time phrase that opens a sentence.
var timeNouns = set("week", "weekend", "month", "year", "day", "morning", "afternoon", "evening", "night", "spring", "summer", "fall",
	"autumn", "winter", "season", "time", "decade")

// loneAdverbs open a sentence before its subject with or without a
// comma; they never govern a phrase up to a comma ("Then she …", "And
// even the mayor …").
var loneAdverbs = set("then", "now", "still", "also", "yet", "instead", "meanwhile", "however", "even", "thus", "finally", "eventually", "ultimately")

// adverbialLead reports whether the tokens from lead up to the comma at
// comma are a time or manner adverbial, not the subject: a span of time
// before "later" or "ago" ("A month later, …", "Two years ago, …"), a
// short time phrase ("This week, …", "That night, …", "Early Monday,
// …"), or
// an -ly adverb before a preposition ("Shortly after the vote, …").
func (x *ctx) adverbialLead(lead, comma int) bool {
	if comma-1 > lead {
		if last := x.lower[comma-1]; last == "later" || last == "ago" || last == "aside" || comma-lead <= 3 && (timeNouns[last] || weekdays[last] || months[last]) {
			return true
		}
	}
	w := x.lower[lead]
	return len(w) > 4 && strings.HasSuffix(w, "ly") && lead+1 < comma && (prepositions[x.lower[lead+1]] || x.is(lead+1, "after", "before"))
}

// openerAdverbs open a sentence before its subject and a comma.
var openerAdverbs = set("likewise", "absent", "indeed", "moreover", "again", "similarly", "even", "today", "tonight", "yesterday",
	"overall", "ultimately", "nonetheless", "nevertheless", "otherwise", "besides", "thus", "hence", "therefore", "once", "first",
	"second", "finally", "now", "recently", "previously", "notably", "elsewhere", "separately", "earlier", "later", "additionally",
	"meanwhile", "specifically", "fortunately", "unfortunately", "interestingly", "importantly", "clearly", "obviously", "initially",
	"originally", "currently", "eventually", "subsequently", "consequently", "accordingly", "ironically", "frankly", "honestly",
	"historically", "traditionally", "typically", "generally", "instead", "still", "however")

// subjectFrom reads a clause's subject from token first up to its verb.
func (x *ctx) subjectFrom(s doc.Sentence, first int) doc.Span {
	e, limit := first, 8
	for ; e < s.Last && e < first+limit; e++ {
		t := x.tok(e)
		w := x.lower[e]
		if t.Text == "(" && e > first {
			// "Sen. Ann Lowe (D-Maine) toured …": a party tag.
			if c := x.closeParen(e, s.Last); c > e {
				e = c + 1
			}
			break
		}
		if t.Kind != doc.Word && t.Kind != doc.Number && t.Text != "-" {
			break
		}
		if e == first && numberBounds[w] && (x.tok(e+1).Kind == doc.Number || numberWords[x.lower[e+1]]) {
			// "About 50 fishermen …"
			continue
		}
		if (w == "and" || w == "or") && e > first && x.conjoinedSubject(e) {
			// "Trump and Ryan issued …", "Establishment Republicans
			// and their allies are rushing …"
			limit = 14
			continue
		}
		if boundary[w] || leftSkip[w] && !(e == first && quantifiers[w]) {
			// ("Both parents stiffened …, saying …": a quantifier may
			// open the subject; "they both" skips it elsewhere.)
			break
		}
		if _, isCue := cueForms[w]; isCue && e > first && (x.title || !capitalized(t.Text)) {
			break
		}
		if subjectPronouns[w] {
			e++
			break
		}
		if e > first && !capitalized(t.Text) && (capitalized(x.tok(e-1).Text) || e > first+1 && x.tok(e-1).Kind == doc.Word && !determiners[x.lower[e-1]] && !x.adverb(e-1)) && (pastVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed")) {
			// ("The mayor reversed himself and …": after a noun too.)
			// "Ohio Gov. John Kasich suspended his campaign, saying …"
			break
		}
	}
	if e == first {
		return doc.Span{}
	}
	return doc.Span{Start: x.tok(first).Start, End: x.tok(e - 1).End}
}

// closeParen returns the index of the ")" that closes the "(" at k within
// eight tokens and before last, or -1.
func (x *ctx) closeParen(k, last int) int {
	for c := k + 1; c < last && c-k < 8; c++ {
		if x.tok(c).Text == ")" {
			return c
		}
	}
	return -1
}

// conjoinedSubject reports whether the "and" or "or" at k joins a second
// noun phrase to a subject being read: a name, a determiner or
// possessive, or a subject pronoun follows it.
func (x *ctx) conjoinedSubject(k int) bool {
	if k+1 >= len(x.lower) || x.tok(k+1).Kind != doc.Word {
		return false
	}
	n := x.lower[k+1]
	if _, isCue := cueForms[n]; isCue && !capitalized(x.tok(k+1).Text) {
		return false
	}
	return capitalized(x.tok(k+1).Text) || determiners[n] || possessive(n) || subjectPronouns[n]
}

// nameWord reports whether token e is a capitalized word inside a name
// ("said Will Doyle", "May Chen"), not the boundary word it spells.
func (x *ctx) nameWord(e int, s doc.Sentence) bool {
	return capitalized(x.tok(e).Text) && e > s.First && e+1 < s.Last && x.tok(e+1).Kind == doc.Word && capitalized(x.tok(e+1).Text)
}

// subjectStart reports whether token k opens a clause ("Some said …",
// "…, and another said …"), where a lone determiner is a subject.
func (x *ctx) subjectStart(s doc.Sentence, k int) bool {
	return k == s.First || x.is(k-1, ",", "and", "but", ";")
}

// byAuthor returns the document noun that "by" at k gives an author to
// ("a survey by", "a poll conducted by"), or 0.
func (x *ctx) byAuthor(k int) int {
	n := k - 1
	if authoredBy[x.lower[n]] && n > 0 {
		n--
	}
	if !documentNouns[x.lower[n]] || n == 0 {
		return 0
	}
	return n
}

// documentNouns are what a writer's or a pollster's work is called; the
// source phrase of "a study by X found" takes them in.
var documentNouns = set("poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "analysis", "research",
	"review", "audit", "examination", "estimate", "projection", "story", "article", "memo", "letter", "statement", "video")

// authoredBy are the participles between a document noun and its author.
var authoredBy = set("conducted", "released", "commissioned", "published", "carried")

// nounConjunct tells "Her advisers and allies say" and "the businessman
// and reality star said", where the words before "and" at k open the
// clause and hold no verb, from "the talks failed and officials said"
// (on PolNeAR train the source takes both conjuncts 57 times, and 186
// sources rightly start after an "and", mostly one that joins clauses).
func (x *ctx) nounConjunct(s doc.Sentence, k int) bool {
	if x.is(k-1, ",") {
		return false
	}
	for i := k - 1; i >= s.First; i-- {
		w := x.lower[i]
		if x.is(i, ",") || x.is(i, ":") {
			return i < k-1
		}
		if leadingJunk[w] && (i == s.First || x.is(i-1, ",")) {
			// "But private firms and traders say": the clause opens
			// with a connective the source leaves out.
			return i < k-1
		}
		if k-i > 4 || x.tok(i).Kind != doc.Word || boundary[w] || leadingJunk[w] || finiteAux[w] || pastVerbs[w] || subjectPronouns[w] || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return false
		}
		if _, isCue := cueForms[w]; isCue && !documentNouns[w] {
			return false
		}
	}
	return true
}

// closeTo are the heads of "aides to X", "close to X": the source phrase
// runs on left over "to" to them.
var closeTo = set("aide", "aides", "adviser", "advisers", "advisor", "advisors", "close", "spokesman", "spokeswoman",
	"spokesperson", "counsel", "ties", "assistant", "assistants", "envoy", "ambassador", "delegation", "delegate", "delegates")
