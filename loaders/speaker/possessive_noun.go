package speaker

import (
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/entity"
)

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
