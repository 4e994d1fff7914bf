package speaker

import (
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

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
