package attrib

import (
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// closesStep decides whether the cue is post-posed, its clause ending
// right after it (“…,” he said. / CLAUSE, X said, adding …), and reads a
// passive's agent: "it was announced by X that …".
func (x *ctx) closesStep(f *frame) verdict {
	s, k := f.s, f.k
	if x.endsClause(s, k) || f.titleComma {
		f.postposed = true
		return next
	}
	if !x.is(k, "by") || !x.is(x.passiveAux(s, f.i), "be", "been", "is", "are", "was", "were") {
		return next
	}
	end := x.nounPhraseRight(s, k+1)
	if end > k+1 {
		f.right, f.rightBy = doc.Span{Start: x.tok(k + 1).Start, End: x.tok(end - 1).End}, "by-agent"
		f.k = x.skipAdverbials(s, end, &f.a)
		if x.endsClause(s, f.k) {
			f.postposed = true
		}
	}
	return next
}

// sourceStep reads the source: the noun phrase that ends before the cue;
// when a comma, a closing quote mark or a dash stands there, one set off
// by it (interruptedSource); and "voters who care …", where PolNeAR's
// source is the relative pronoun itself.
func (x *ctx) sourceStep(f *frame) verdict {
	s, j := f.s, f.j
	if f.leftBy == "object-control" {
		// (The left step read the object: objcontrol.go.)
		return next
	}
	f.lb = j // token before the left source, or the source's right end
	if j >= s.First {
		f.left, f.lb = x.nounPhraseLeft(s, j)
	}
	if !f.left.Empty() && f.lb > s.First && adjunctPrepositions[x.lower[f.lb]] && x.eventPhrase(f.left) {
		// "… but in a later interview said …", "Sanders during a
		// rally thanked …": the phrase is the preposition's object, an
		// adjunct; the source, if any, is before it.
		j = f.lb - 1
		for j >= s.First && x.tok(j).Kind == doc.Word && x.skippableLeft(j) {
			j--
		}
		f.j, f.lb, f.left = j, j, doc.Span{}
		if j >= s.First {
			f.left, f.lb = x.nounPhraseLeft(s, j)
		}
	}
	if !f.left.Empty() && f.lb >= s.First {
		if head, hb, ok := x.modifiedHead(s, f.lb); ok {
			f.left, f.lb = doc.Span{Start: head.Start, End: f.left.End}, hb
		}
	}
	if !f.left.Empty() {
		f.left = x.withoutTrailingOccasion(x.withoutTrailingTime(f.left))
	}
	if f.left.Empty() && f.right.Empty() && (j < s.First || x.is(j, ",") || x.isCloseQuote(j) || isDash(x.tok(j).Text)) {
		x.interruptedSource(f)
	}
	if f.left.Empty() && f.right.Empty() && !f.postposed && !f.c.ing && j >= s.First && x.is(j, "who", "which", "that") && !(j == s.First && x.is(j, "that")) {
		// "voters who care most about health care", "a law that
		// allows …".
		f.left, f.lb, f.leftBy = x.tok(j).Span, j-1, "relative-pronoun"
	}
	return next
}

// adjunctPrepositions open a phrase of time or place between a source
// and its cue.
var adjunctPrepositions = set("in", "on", "at", "during", "after", "before", "since", "over", "through", "throughout", "amid")

// eventPhrase reports a noun phrase that ends in a time or an occasion
// ("a later interview", "a Sunday rally", "the past").
func (x *ctx) eventPhrase(np doc.Span) bool {
	e := firstTokenFrom(x.d, np.End) - 1
	if e < 0 {
		return false
	}
	w := x.lower[e]
	return timeNouns[w] || weekdays[w] || months[w] || occasions[w]
}

// occasions are the events a report happens at.
var occasions = set("interview", "interviews", "speech", "statement", "rally", "meeting", "appearance", "debate", "hearing", "past", "conference",
	"event", "town", "hall", "briefing", "forum", "address", "session", "visit", "stop", "dinner", "breakfast", "luncheon")

// interruptedSource reads a source set off from its cue: "Mr. Lowe,
// citing “…,” said", "X, who …, said", "X, a spokesman for Y, said",
// "X — a teacher — says" (relative.go), or, after the cue, inverted:
// “…,” said X.
func (x *ctx) interruptedSource(f *frame) {
	s, j := f.s, f.j
	if np, before, ok := x.citingSource(s, j); ok {
		f.left, f.lb, f.leftBy = np, before, "citing"
	} else if rel, role, before, ok := x.relativeSource(s, j); ok {
		f.left, f.a.Role, f.lb, f.leftBy = rel, role, before, "relative"
	} else if np, before, ok := x.dashAppositive(s, j); ok {
		f.left, f.lb, f.leftBy = np, before, "dash"
	} else if end := x.nounPhraseRight(s, f.r+1); end > f.r+1 && !f.c.ing {
		k2 := x.skipAdverbials(s, end, &f.a)
		afterQuote := x.afterQuote(j)
		if x.endsClause(s, k2) || x.adjunctToEnd(s, k2) || x.is(k2, ",") && (x.isOpenQuote(k2+1) || afterQuote) || x.invertedRelative(s, j, k2, afterQuote) {
			// (“…,” said X, angered that …; “…,” said one source
			// who …: after a quote the cue is post-posed.)
			f.right, f.rightBy = doc.Span{Start: x.tok(f.r + 1).Start, End: x.tok(end - 1).End}, "inverted"
			f.k, f.inverted, f.postposed = k2, true, true
		}
	}
}

// postposedStep finds the post-posed cues whose clause runs on: “…,” she
// said of her talk with him; “…,” Sanders said in an interview with CNN
// aired Monday; “We are not afraid,” the activist said, “and we will
// return.” A relative clause has no content before it: "The spokesman,
// who spoke from Geneva, said …".
func (x *ctx) postposedStep(f *frame) verdict {
	s, k, lb, c := f.s, f.k, f.lb, f.c
	if !f.postposed && !f.left.Empty() && (lb < s.First || x.is(lb, ",") || x.isCloseQuote(lb)) && x.adjunctToEnd(s, k) &&
		!(x.is(k, "to") && (c.class == objectClass || infinitiveTakers[c.lemma])) {
		// ("Clinton wants to bring back …" and "Jolly hopes to work …"
		// take an infinitive, not an adjunct.)
		f.postposed = true
	}
	if !f.postposed && f.right.Empty() && !f.left.Empty() && lb >= s.First && x.afterQuote(lb) &&
		k < s.Last && (prepositions[x.lower[k]] || x.is(k, "as", "while", "before", "after", "during") || x.framesQuote(f, k)) {
		// After a quote, a cue followed by a prepositional frame that
		// runs on reports the quote, not the frame.
		f.postposed = true
	}
	if !f.postposed && (lb >= s.First && x.isCloseQuote(lb) || f.inverted) && x.is(k, ",") && x.isOpenQuote(k+1) {
		// The first quote is the content.
		f.postposed = true
	}
	if f.postposed && x.d.Slice(f.left) != "" && relativePronoun(x.d.Slice(f.left)) {
		return reject
	}
	return next
}

// framesQuote reports whether token k, right after a cue that follows a
// quote and its source, opens a frame around the quote rather than a
// content: a "when" clause ("“…,” she said when asked whether …"), a
// manner adverb ("said matter-of-factly", "said sarcastically"), a time
// or place word ("said onstage Tuesday night", "said here", "said in his
// speech that night", "said 30 minutes into the debate"), a participle
// ("said introducing the senator"), a subordinate clause after a comma
// ("said, though she …"), or a title after a preposition or a
// possessive ("said on ABC’s “This Week”").
func (x *ctx) framesQuote(f *frame, k int) bool {
	w := x.lower[k]
	switch {
	case x.is(k, "when", "onstage", "tonight", "night", "afterward", "afterwards", "here", "there") || timeWords[w]:
		return true
	case x.is(k, "that", "this", "last") && x.is(k+1, "night", "day", "morning", "afternoon", "evening", "week"):
		return true
	case x.tok(k).Kind == doc.Number:
		return true
	case x.is(k, ",") && x.is(k+1, "though", "although", "while", "before", "after", "because", "as"):
		return true
	case x.isOpenQuote(k) && k-1 > f.r && (prepositions[x.lower[k-1]] || possessive(x.lower[k-1])):
		return true
	}
	if x.tok(k).Kind != doc.Word || capitalized(x.tok(k).Text) || len(w) <= 4 {
		return false
	}
	return strings.HasSuffix(w, "ly") && !notAdverbs[w] || strings.HasSuffix(w, "ing") && !pronounThings[w]
}

// pronounThings end in -ing without being participles.
var pronounThings = set("nothing", "something", "anything", "everything")

// subjectStep gives a participle and a second verb the subject of their
// clause: "Carr released a statement saying …" (the phrase before a
// participle is the verb's object; the subject speaks), "…, saying …",
// "did not comment but urged …" (the sentence's previous attribution's
// source, or the sentence's subject). A cue with no source at all must
// be post-posed ("“…,” read the email").
func (x *ctx) subjectStep(f *frame) verdict {
	s, lb, c := f.s, f.lb, f.c
	if c.ing && !f.left.Empty() && !x.progressiveBefore(f) && (lb >= s.First && !x.is(lb, ",", "with", "and", "but") && !x.isCloseQuote(lb) || x.documentAct(f.i)) {
		// (The noun-phrase reader runs on through "The company issued
		// a statement", so the document's verb decides too.)
		f.left, f.leftBy = doc.Span{}, ""
	}
	if f.left.Empty() && f.right.Empty() && (c.ing || f.purpose || x.is(f.j, "and", "but") || x.is(f.j, ",")) {
		if prev, ok := x.previousSpeaker(c.ing); ok {
			f.left, f.leftBy = prev, "previous"
		} else if sub := x.subordinateSubject(s, f.i); c.ing && !sub.Empty() {
			f.left, f.leftBy = sub, "subject"
		} else {
			f.left, f.leftBy = x.SubjectOf(s), "subject"
		}
		f.lb = -1
	}
	f.a.Speaker = f.left
	if !f.right.Empty() {
		f.a.Speaker = f.right
	}
	if f.a.Speaker.Empty() && !f.postposed {
		return reject
	}
	return next
}

// previousSpeaker returns the source of the sentence's latest candidate
// that no earlier candidate of the sentence holds in its content: a
// participle or a second verb reports for the clause's own speaker, not
// for one its content quotes ("Carson said he plans …, insisting …" is
// Carson's). False when the sentence has no candidate yet, or when that
// candidate has no source.
func (x *ctx) previousSpeaker(ing bool) (doc.Span, bool) {
	as := x.d.Attributions
	for k := len(as) - 1; k >= x.first; k-- {
		if x.heldByEarlier(k) || ing && relativePronounSource(x.d.Slice(as[k].Speaker)) {
			continue
		}
		return as[k].Speaker, !as[k].Speaker.Empty()
	}
	return doc.Span{}, false
}

// heldByEarlier reports that candidate k's cue and source lie in the
// content of an earlier candidate of the same sentence, its source
// opening that content (a source outside
// it is the earlier one's, read again for a second verb: "X thanked the
// crowd and said …"). A post-posed cue, whose content comes before it,
// is never held: it frames what precedes it ("“…,” the aide recalled,
// adding …").
func (x *ctx) heldByEarlier(k int) bool {
	as := x.d.Attributions
	for m := x.first; m < k; m++ {
		if c := as[m].Content; !c.Empty() && within(as[k].Cue, c) && within(as[k].Speaker, c) && as[k].Content.Start >= as[k].Cue.End && x.opensContent(c, as[k].Speaker) {
			return true
		}
	}
	return false
}

// subordinateSubject returns the subject of a subordinate clause that
// ends right before the participle cue at i ("They were near a deal when
// President Trump scuttled the talks, citing violence"): the participle
// tells why that clause's subject acted. Empty when the clause before the
// cue's comma is the main one.
func (x *ctx) subordinateSubject(s doc.Sentence, i int) doc.Span {
	if !x.is(i-1, ",") {
		return doc.Span{}
	}
	for k := i - 2; k > s.First; k-- {
		switch {
		case x.is(k, ",", ";", ":") || x.isCloseQuote(k):
			return doc.Span{}
		case x.is(k, "when", "after", "because", "while", "before", "until"):
			return x.clauseSubject(s, k+1)
		}
	}
	return doc.Span{}
}

// clauseSubject returns the subject that opens a clause at token first
// when a finite verb follows it ("President Trump scuttled"), not a noun
// phrase that a preposition governs ("after Britain's decision to leave").
func (x *ctx) clauseSubject(s doc.Sentence, first int) doc.Span {
	sub := x.subjectFrom(s, first)
	if sub.Empty() || strings.ContainsAny(x.d.Slice(sub), "'’") {
		return doc.Span{}
	}
	k := tokenAt(x.d, sub.Start)
	for k >= 0 && k < s.Last && x.tok(k).End <= sub.End {
		k++
	}
	if k < 0 || k >= s.Last {
		return doc.Span{}
	}
	w := x.lower[k]
	if pastVerbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed") || x.is(k, "has", "had", "was", "were", "is", "are", "would", "will", "did") {
		return sub
	}
	return doc.Span{}
}

// opensContent reports that source sp opens content c or a clause in it
// after "that" or an opening mark: the nested attribution is the outer
// one's complement ("said he plans …", "said the warning showed that the
// mayor knew …"), not a clause coordinated later in the same content
// ("… want X, and others want Y").
func (x *ctx) opensContent(c, sp doc.Span) bool {
	k, n := tokenAt(x.d, c.Start), tokenAt(x.d, sp.Start)
	if k < 0 || n < k {
		return false
	}
	return n == k || x.is(n-1, "that") || x.isOpenQuote(n-1)
}

// progressiveBefore reports a copula between the source and an -ing cue
// ("when the mayor was discussing …"): the noun phrase before it is the
// progressive's subject, whatever precedes that phrase.
func (x *ctx) progressiveBefore(f *frame) bool {
	for k := f.i - 1; k > f.j && k >= f.s.First; k-- {
		if progressive[x.lower[k]] {
			return true
		}
	}
	return false
}

// relativePronounSource reports a relative pronoun as a source: a participle
// after the relative clause's end reports for the main clause ("Mr. Lowe,
// who said …, issued a statement saying …").
func relativePronounSource(w string) bool {
	return w == "who" || w == "which" || w == "that" || w == "Who" || w == "Which" || w == "That"
}

// within reports that span a is non-empty and lies inside span b.
func within(a, b doc.Span) bool {
	return !a.Empty() && a.Start >= b.Start && a.End <= b.End
}

// modifiedHead reads "Officials who spoke with the Gazette said", "A
// source speaking to the network said": the phrase before the cue is the
// object inside a relative clause or a participle phrase, and the source
// is the noun phrase that clause modifies, clause and all, when that noun
// phrase opens the clause. lb is the token before the phrase found; it
// returns the head's span and the token before it.
func (x *ctx) modifiedHead(s doc.Sentence, lb int) (doc.Span, int, bool) {
	if subjectPronouns[x.lower[lb+1]] || clauseOpeners[x.lower[lb]] {
		// "… when he said", "a bill that critics say": the phrase is
		// the subject of its own clause.
		return doc.Span{}, 0, false
	}
	for k := lb; k > s.First && lb-k < 10; k-- {
		if x.tok(k).Kind != doc.Word {
			return doc.Span{}, 0, false
		}
		w := x.lower[k]
		rel := w == "who" || w == "that"
		part := (len(w) > 5 && strings.HasSuffix(w, "ing") || x.pastModifier(k)) && !capitalized(x.tok(k).Text)
		if !rel && !part {
			continue
		}
		if part && (boundary[x.lower[k-1]] || cueAux[x.lower[k-1]] || determiners[x.lower[k-1]] || strings.HasSuffix(x.lower[k-1], "ly")) || x.tok(k-1).Kind != doc.Word {
			return doc.Span{}, 0, false
		}
		head, hb := x.nounPhraseLeft(s, k-1)
		if head.Empty() || hb >= s.First && !x.is(hb, ",") {
			return doc.Span{}, 0, false
		}
		return head, hb, true
	}
	return doc.Span{}, 0, false
}

// pastModifier reports whether word k opens a past participle phrase
// that modifies the noun before it: "-ed by" ("a panel led by X", "a
// memo seen by X") or a word of modifierWords with its preposition
// ("people briefed on the talks", "sources close to the mayor"). (Train:
// 14 sources made exact.)
func (x *ctx) pastModifier(k int) bool {
	if k+1 >= len(x.d.Tokens) {
		return false
	}
	w, p := x.lower[k], x.lower[k+1]
	return p == "by" && (len(w) > 4 && strings.HasSuffix(w, "ed") || w == "seen" || w == "led" || w == "taken" || w == "written" || w == "given") ||
		modifierWords[w] && (p == "on" || p == "with" || p == "to" || p == "for" || p == "by")
}

// modifierWords follow a noun and take a preposition to say who it is
// or what it knows ("officials familiar with", "people briefed on").
var modifierWords = set("briefed", "involved", "familiar", "close", "privy", "loyal", "allied", "aligned", "tied", "linked", "connected",
	"opposed", "sympathetic", "posted", "conducted", "commissioned", "credited", "affected")

// clauseOpeners open a clause whose subject follows them: a phrase right
// after one is that clause's subject, not an object inside a modifier.
var clauseOpeners = set("that", "who", "which", "whom", "when", "where", "while", "because", "after", "before", "since",
	"if", "as", "and", "but", "or", "nor", "than", "though", "although", "until", "unless", "whether", "once")

// withoutTrailingTime drops a time phrase that ends a source read
// leftwards from its cue ("The campaign on Tuesday responded", "The
// State Department less than two weeks ago said"): it dates the report
// and is no part of who made it. A poll's date stays ("A poll last month
// showed": 8 gold sources on train keep it, 2 leave it out), and so does
// a participle's or a clause's ("a survey released Thursday", "the
// groups who wrote to her on Thursday").
func (x *ctx) withoutTrailingTime(sp doc.Span) doc.Span {
	first, e := tokenAt(x.d, sp.Start), firstTokenFrom(x.d, sp.End)-1
	if first < 0 || e <= first {
		return sp
	}
	k, anchor := e, false
	for ; k > first && (timePhraseWords[x.lower[k]] || x.tok(k).Kind == doc.Number || numberWords[x.lower[k]] && x.lower[k] != "a"); k-- {
		w := x.lower[k]
		anchor = anchor || weekdays[w] || months[w] || timeNouns[w] || timeNouns[strings.TrimSuffix(w, "s")] || w == "ago"
	}
	if !anchor || k == e || x.tok(k).Kind != doc.Word || strings.HasSuffix(x.lower[k], "ed") || !timeOpeners[x.lower[k+1]] && !weekdays[x.lower[k+1]] || x.is(k, "out") {
		return sp
	}
	if timePhraseWords[x.lower[k]] {
		return sp
	}
	for j := first; j <= k; j++ {
		if dataSources[x.lower[j]] || x.is(j, "who", "that", "which") || x.isIng(j) || len(x.lower[j]) > 4 && strings.HasSuffix(x.lower[j], "ing") {
			// "the groups who wrote to her on Thursday": the date is
			// the clause's.
			return sp
		}
	}
	return doc.Span{Start: sp.Start, End: x.tok(k).End}
}

// timePhraseWords make up a time phrase; timeOpeners may open one.
var (
	timePhraseWords = set("on", "in", "at", "during", "last", "this", "next", "past", "the", "early", "late", "earlier", "later", "ago", "than",
		"less", "more", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
		"april", "may", "june", "july", "august", "september", "october", "november", "december", "week", "weeks", "weekend", "month",
		"months", "year", "years", "day", "days", "morning", "afternoon", "evening", "night", "time", "spring", "summer", "fall", "winter")
	timeOpeners = set("on", "in", "at", "during", "last", "this", "next", "earlier", "later", "less", "more", "early", "late")
)

// withoutTrailingOccasion drops the occasion that ends a source read
// leftwards ("Trump in his announcement speech called …", "Bush in a
// Medium post said …"): "in" or "during", an indefinite or possessive
// determiner, and an occasion or a channel at the end.
func (x *ctx) withoutTrailingOccasion(sp doc.Span) doc.Span {
	first, e := tokenAt(x.d, sp.Start), firstTokenFrom(x.d, sp.End)-1
	if first < 0 || e-first < 3 || !occasions[x.lower[e]] && channels[x.lower[e]] == "" {
		return sp
	}
	for k := e - 1; k > first && e-k <= 5; k-- {
		if x.is(k, "in", "during") && x.is(k+1, "a", "an", "his", "her", "their", "its") {
			return doc.Span{Start: sp.Start, End: x.tok(k - 1).End}
		}
		if x.tok(k).Kind != doc.Word {
			break
		}
	}
	return sp
}

// invertedRelative reports whether the phrase after an inverted source
// that ends before token k only describes it: a relative clause, after a
// quote or a clause and its comma ("…, said an official who was
// briefed …"), or a participle after a quote ("“…,” said a man calling
// himself Pete"). j is the token before the cue.
func (x *ctx) invertedRelative(s doc.Sentence, j, k int, afterQuote bool) bool {
	if x.is(k, "who", "whose") {
		return afterQuote || x.is(j, ",")
	}
	return afterQuote && k < s.Last && (x.isIng(k) || x.is(k, "known", "named"))
}
