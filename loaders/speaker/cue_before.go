package speaker

import (
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

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
	if x.low(j) == "who" {
		// "fellow students Ryan Crabbe and Gordon Rennie, who observed,
		// “…”": the relative pronoun is the subject, and the resolver
		// takes it to the name it follows; no phrase runs over it.
		return j, j + 1
	}
	return x.phraseLeft(j), j + 1
}

// made builds the attribution of q to the speaker phrase sp with the cue
// verb at token v.
func (x *ctx) made(q doc.Quote, sp doc.Span, v int, lemma string) doc.Attribution {
	return doc.Attribution{Speaker: sp, Cue: x.d.Tokens[v].Span, Content: x.trimmed(q), Lemma: lemma, Kind: doc.Direct}
}
