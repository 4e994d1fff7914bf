package speaker

import (
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/entity"
)

// sieves is the ordered list of quote-to-mention sieves, most reliable
// first; the first that attributes a quotation wins.
var sieves = []sieve{
	// “Q,” X said. / “Q,” said X. — a reporting verb right after the
	// closing mark, with its subject before or after it.
	{"cue-after", cueAfter},
	// X said: “Q” / X told the BBC, “Q” / “A,” she said, “B” — a
	// reporting verb right before the opening mark.
	{"cue-before", cueBefore},
	// “A,” she said. “B.” / “A. ¶ “B.” / X said: “A.” “B.” — a quotation
	// with nothing but punctuation between it and the attribution before
	// it continues that attribution (follow-on sentences, paragraphs
	// reopened with a mark, a block of quotes after one introduction).
	{"continuation", continuation},
	// X accused Y of “Q” — a quoted fragment in a sentence whose
	// reporting verb another attribution already read.
	{"same-sentence", sameSentence},
	// His advice was to “Q” / Mr Lim's letter calls it “Q” — a fragment
	// after a communication noun owned by its speaker.
	{"possessive-noun", possessiveNoun},
	// The last resort: the speaker of the nearest attribution before the
	// quotation in its paragraph or the one before.
	{"previous-speaker", previousSpeaker},
}

// cueAfter reads “Q,” X said and “Q,” said X. After a quotation that
// ends its sentence inside the marks (“Q.” X said …) the verb must close
// its clause too, or it opens a new attribution of its own (“Q.” Neville
// admitted there had been …).
func cueAfter(x *ctx, q doc.Quote) (doc.Attribution, bool) {
	if !q.Closed || !x.utterance(q) {
		return doc.Attribution{}, false
	}
	k := x.tokenAt(q.End)
	para := x.paraOf(q.Start)
	if k >= len(x.d.Tokens) || x.paraOf(x.d.Tokens[k].Start) != para {
		return doc.Attribution{}, false
	}
	comma := x.d.Tokens[k].Text == ","
	if comma {
		k++
	}
	closed := !comma && x.endsSentence(q)
	// After “Q,” any verb in the past or present introduces its speaker
	// (“…,” implored Barry Lim; “…,” a crestfallen Mr Lim confided):
	// the comma leaves the sentence open for nothing else.
	open := comma || strings.HasSuffix(strings.TrimSpace(x.d.Slice(q.Inner)), ",")
	// “Q,” said X
	if lemma, ok := x.postVerb(k, open); ok {
		if end := x.phraseRight(k + 1); end > k+1 && (!closed || x.closesClause(end, para)) {
			return x.made(q, x.span(k+1, end), k, lemma), true
		}
	}
	// “Q,” X (later) said
	end, v, lemma, ok := x.subjectVerb(k, open)
	if !ok || closed && !x.closesClause(v+1, para) {
		return doc.Attribution{}, false
	}
	if lemma == "quote" {
		// “Q,” the agency quoted X as saying.
		return x.quotedAs(q, v)
	}
	return x.made(q, x.span(k, end), v, lemma), true
}

// subjectVerb reads a subject phrase from token k and the verb after
// it, across at most two auxiliaries or adverbs ("Mr Fox later said"). It
// returns the subject's end, the verb's token and its lemma.
func (x *ctx) subjectVerb(k int, open bool) (end, v int, lemma string, ok bool) {
	if pronounSubjects[x.low(k)] {
		end = k + 1
	} else {
		for end = k; end < len(x.d.Tokens) && end-k < maxPhrase && x.phraseWord(end); end++ {
			if w := x.low(end); auxiliary[w] || copulas[w] {
				break
			}
			if _, verb := x.postVerb(end, open); verb && end > k {
				break
			}
		}
	}
	if end == k {
		return 0, 0, "", false
	}
	v = end
	for n := 0; n < 2 && v < len(x.d.Tokens) && (auxiliary[x.low(v)] || strings.HasSuffix(x.low(v), "ly")); n++ {
		v++
	}
	lemma, ok = x.postVerb(v, open)
	return end, v, lemma, ok
}

// postVerb returns the lemma of a verb that reports a quotation before
// it: a cue of the lexicon in a finite form, or, when the quotation left
// its sentence open with a comma, any lower-case verb in -ed (news
// style puts a post-posed cue in the past; a word in -s after a noun is
// as often a plural: "the Interfax news agency").
func (x *ctx) postVerb(v int, open bool) (string, bool) {
	w := x.low(v)
	if strings.HasSuffix(w, "ing") || v >= len(x.d.Tokens) || x.d.Tokens[v].Kind != doc.Word {
		return "", false
	}
	if lemma, ok := x.cue(v); ok {
		return lemma, true
	}
	t := x.d.Tokens[v].Text
	if !open || t != w || auxiliary[w] || copulas[w] || len(w) < 4 {
		return "", false
	}
	if strings.HasSuffix(w, "ed") {
		return w, true
	}
	return "", false
}

// quotedAs reads “Q,” the agency quoted X as saying: X speaks, with
// "as saying" as the cue.
func (x *ctx) quotedAs(q doc.Quote, v int) (doc.Attribution, bool) {
	end := x.phraseRight(v + 1)
	if end == v+1 || x.low(end) != "as" {
		return doc.Attribution{}, false
	}
	lemma, ok := x.cue(end + 1)
	if !ok {
		return doc.Attribution{}, false
	}
	return x.made(q, x.span(v+1, end), end+1, lemma), true
}

// endsSentence reports whether the quotation closes with a stop, a
// question or an exclamation mark inside its marks.
func (x *ctx) endsSentence(q doc.Quote) bool {
	t := strings.TrimSpace(x.d.Slice(q.Inner))
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!")
}

// closesClause reports whether token k ends the clause of a post-posed
// cue: punctuation, the paragraph's end, or a frame word ("said in a
// statement", "said on Monday"). A colon does not: "X added:" introduces
// the quotation after it.
func (x *ctx) closesClause(k, para int) bool {
	if k >= len(x.d.Tokens) || x.paraOf(x.d.Tokens[k].Start) != para {
		return true
	}
	t := x.d.Tokens[k]
	return t.Kind == doc.Punct && t.Text != "(" && t.Text != ":" || t.Kind == doc.QuoteMark || phraseStops[x.low(k)] && x.low(k) != "that"
}

// cueBefore reads X said: “Q”, X said, “Q”, X told the BBC: “Q” and,
// with no verb, Roly Keating: “Q”.
func cueBefore(x *ctx, q doc.Quote) (doc.Attribution, bool) {
	o := x.tokenAt(q.Start)
	if !x.utterance(q) || o < 2 || x.d.Tokens[o-1].Text != ":" && x.d.Tokens[o-1].Text != "," {
		return doc.Attribution{}, false
	}
	para := x.paraOf(q.Start)
	// The verb, or the verb before a short addressee ("told the BBC:").
	for v := o - 2; v >= 0 && v >= o-6 && x.paraOf(x.d.Tokens[v].Start) == para; v-- {
		lemma, ok := x.cue(v)
		if !ok {
			if v < o-2 && !x.phraseWord(v) {
				break
			}
			continue
		}
		if v < o-2 && lemma != "tell" || x.passive(v) {
			// "Kevin Donnellon was asked:": the asker speaks.
			break
		}
		start, end := x.subjectLeft(v)
		if start >= end {
			break
		}
		return x.made(q, x.span(start, end), v, lemma), true
	}
	return x.colonName(q, o)
}

// colonName reads “BBC Two controller Roly Keating: “Q”” — a name and
// a colon before the quotation, with no verb; the colon is the cue.
func (x *ctx) colonName(q doc.Quote, o int) (doc.Attribution, bool) {
	if x.d.Tokens[o-1].Text != ":" || o < 3 || !capital(x.d.Tokens[o-2].Text) || !capital(x.d.Tokens[o-3].Text) ||
		x.d.Tokens[o-2].Kind != doc.Word || x.d.Tokens[o-3].Kind != doc.Word || x.paraOf(x.d.Tokens[o-1].Start) == 0 && x.d.BodyStart > 0 {
		return doc.Attribution{}, false
	}
	start := x.phraseLeft(o - 2)
	return doc.Attribution{Speaker: x.span(start, o-1), Cue: x.d.Tokens[o-1].Span, Content: x.trimmed(q), Lemma: "say", Kind: doc.Direct}, true
}

// passive reports a verb after a form of "be" that is no progressive
// ("was asked", "were told").
func (x *ctx) passive(v int) bool {
	switch x.low(v - 1) {
	case "was", "were", "is", "are", "be", "been", "being":
		return !strings.HasSuffix(x.low(v), "ing")
	}
	return false
}

// subjectLeft returns the subject phrase [start, end) before the verb at
// token v, across auxiliaries and an appositive between commas ("Bob
// Neill, leader of the London Assembly Conservatives, said:").
func (x *ctx) subjectLeft(v int) (start, end int) {
	j := x.skipAux(v - 1)
	if j > 0 && x.d.Tokens[j].Text == "," {
		for c := j - 1; c > 0 && c >= j-14 && x.d.Tokens[c].Kind != doc.QuoteMark; c-- {
			if x.d.Tokens[c].Text == "," {
				j = c - 1
				break
			}
		}
	}
	if j < 0 || x.d.Tokens[j].Kind == doc.Punct {
		return 0, 0
	}
	return x.phraseLeft(j), j + 1
}

// made builds the attribution of q to the speaker phrase sp with the cue
// verb at token v.
func (x *ctx) made(q doc.Quote, sp doc.Span, v int, lemma string) doc.Attribution {
	return doc.Attribution{Speaker: sp, Cue: x.d.Tokens[v].Span, Content: x.trimmed(q), Lemma: lemma, Kind: doc.Direct}
}

// continuation gives q the speaker of the attribution right before it
// when only punctuation and quote marks stand between them, in the same
// paragraph or the next.
func continuation(x *ctx, q doc.Quote) (doc.Attribution, bool) {
	if !x.utterance(q) {
		return doc.Attribution{}, false
	}
	i := x.before(q.Start)
	if i < 0 {
		return doc.Attribution{}, false
	}
	a := x.d.Attributions[i]
	from := extent(a).End
	if !x.utters(a) || x.words(doc.Span{Start: from, End: q.Start}) > 0 || x.paraOf(q.Start)-x.paraOf(from) > 1 {
		return doc.Attribution{}, false
	}
	return x.follow(a, q), true
}

// utters reports whether attribution a can have said a quotation that
// follows it: it has a source that is no relative "which" or "that" (a
// thing: "…, which suggests the show may move"), and it reports speech,
// not a belief or an intention ("Sonaptic hopes the technology will …").
func (x *ctx) utters(a doc.Attribution) bool {
	if a.Speaker.Empty() || a.ActOrSpeech() != doc.Speech {
		return false
	}
	w := strings.ToLower(x.d.Slice(a.Speaker))
	return w != "which" && w != "that"
}

// follow makes q a further quotation of attribution a: the same speaker
// phrase and cue, so that resolution gives both the same entity.
func (x *ctx) follow(a doc.Attribution, q doc.Quote) doc.Attribution {
	return doc.Attribution{Speaker: a.Speaker, Cue: a.Cue, Content: x.trimmed(q), Kind: doc.Direct,
		Lemma: a.Lemma, Role: a.Role, Channel: a.Channel, Anonymous: a.Anonymous, Act: a.Act}
}

// sameSentence gives q the speaker of an attribution whose cue lies in
// q's sentence, outside any quotation.
func sameSentence(x *ctx, q doc.Quote) (doc.Attribution, bool) {
	s := x.sentenceOf(q.Start)
	if s < 0 {
		return doc.Attribution{}, false
	}
	sent := x.d.Sentences[s].Span
	k := sort.Search(len(x.byCue), func(j int) bool { return x.d.Attributions[x.byCue[j]].Cue.Start >= sent.Start })
	for ; k < len(x.byCue); k++ {
		a := x.d.Attributions[x.byCue[k]]
		if a.Cue.Start >= sent.End {
			break
		}
		if a.Speaker.Empty() || !sent.Contains(a.Cue) || a.Cue.Overlaps(q.Span) || x.inQuote(a.Cue) {
			continue
		}
		return x.follow(a, q), true
	}
	return doc.Attribution{}, false
}

// inQuote reports whether s lies inside a quotation.
func (x *ctx) inQuote(s doc.Span) bool {
	k := sort.Search(len(x.quotes), func(i int) bool { return x.d.Quotes[x.quotes[i]].Inner.End >= s.End })
	return k < len(x.quotes) && x.d.Quotes[x.quotes[k]].Inner.Contains(s)
}

// previousSpeaker gives an utterance the speaker of the nearest
// attribution before it, in its paragraph or the one before, that can
// have said it (see utters).
func previousSpeaker(x *ctx, q doc.Quote) (doc.Attribution, bool) {
	if !x.utterance(q) {
		return doc.Attribution{}, false
	}
	k := sort.Search(len(x.byEnd), func(j int) bool { return extent(x.d.Attributions[x.byEnd[j]]).End > q.Start })
	for k--; k >= 0; k-- {
		a := x.d.Attributions[x.byEnd[k]]
		if x.paraOf(q.Start)-x.paraOf(extent(a).End) > 1 {
			break
		}
		if x.utters(a) {
			return x.follow(a, q), true
		}
	}
	return doc.Attribution{}, false
}

// possessiveNoun reads a quotation that follows, in its sentence, a
// communication noun ("advice", "letter", "statement", from WordNet) with
// an owner: a possessive pronoun or a name with 's, at most one word
// before the noun. The owner speaks; the noun is the cue.
func possessiveNoun(x *ctx, q doc.Quote) (doc.Attribution, bool) {
	o := x.tokenAt(q.Start)
	s := x.sentenceOf(q.Start)
	if s < 0 {
		return doc.Attribution{}, false
	}
	first := x.d.Sentences[s].First
	for n := o - 1; n >= first && n >= o-12; n-- {
		if x.d.Tokens[n].Kind != doc.Word || !entity.CommunicationNoun(x.low(n)) {
			continue
		}
		for p := n - 1; p >= first && p >= n-2; p-- {
			if sp, ok := x.owner(p); ok {
				return doc.Attribution{Speaker: sp, Cue: x.d.Tokens[n].Span, Content: x.trimmed(q), Lemma: x.low(n), Kind: doc.Direct}, true
			}
		}
	}
	return doc.Attribution{}, false
}

// owner returns the owner that token p names: a possessive pronoun, or
// the name before a possessive 's.
func (x *ctx) owner(p int) (doc.Span, bool) {
	switch x.low(p) {
	case "his", "her", "their", "its":
		return x.d.Tokens[p].Span, true
	case "'s", "’s", "'", "’":
		if p > 0 && capital(x.d.Tokens[p-1].Text) {
			return x.span(x.phraseLeft(p-1), p), true
		}
		return doc.Span{}, false
	}
	// "Lim's" as one token.
	if t := x.d.Tokens[p].Text; capital(t) && (strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s")) {
		return x.span(x.phraseLeft(p), p+1), true
	}
	return doc.Span{}, false
}
