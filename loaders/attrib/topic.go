package attrib

import (
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// amountWords read as how much was said, not what: "said little about
// the plan", "spoke more of the past"; grammar words.
var amountWords = set("nothing", "little", "more", "much")

// startAfterTopic starts a content read right after its cue past a word
// and the preposition that names what the speech was about ("spoke
// favorably of the plan", "expressed concern about the fees", "reminded
// voters about the rota", "said little about the pier"): PolNeAR's
// content is the topic, the preposition's object (train: 24 contents
// start there, 3 at the word). The word is an adverb in -ly or an amount
// before "of", "on" or "about", or any word but a complementizer or a
// quantifier before "about" that is no approximation ("that about half").
func (x *ctx) startAfterTopic(a *doc.Attribution) {
	k := x.firstContentToken(*a)
	if k < 0 || k+2 >= len(x.d.Tokens) || firstTokenFrom(x.d, a.Cue.End) != k || x.tok(k+2).End > a.Content.End {
		return
	}
	if x.tok(k).Kind != doc.Word || x.tok(k+2).Kind != doc.Word || x.inQuote[k] {
		return
	}
	w, p := x.lower[k], x.lower[k+1]
	adverb := len(w) > 4 && strings.HasSuffix(w, "ly") && w != "only" || amountWords[w]
	switch {
	case p == "about" && !x.is(k, "that", "all", "what", "only") && !verbLike(w) && !numberWords[x.lower[k+2]]:
	case (p == "of" || p == "on") && adverb && !(w == "much" && p == "of"):
	default:
		return
	}
	a.Content.Start = x.tok(k + 2).Start
}

// feelingCues name a feeling as their object before the "that" clause
// that is the content ("expressed concern that …", "voiced confidence
// that …").
var feelingCues = set("express", "voice")

// startAtFeelingThat starts a content read right after an "express" or
// "voice" cue at the "that" after the feeling it names, within three
// words ("expressed concern that the rota was unfair"): PolNeAR's content
// is the clause (train: 12 of 13 such contents start at "that").
func (x *ctx) startAtFeelingThat(a *doc.Attribution) {
	k := x.firstContentToken(*a)
	if k < 0 || !feelingCues[a.Lemma] || firstTokenFrom(x.d, a.Cue.End) != k {
		return
	}
	for e := k + 1; e <= k+3 && e+1 < len(x.d.Tokens) && x.tok(e+1).End <= a.Content.End; e++ {
		if x.tok(e).Kind != doc.Word || x.inQuote[e] {
			return
		}
		if x.is(e, "that") {
			a.Content.Start = x.tok(e).Start
			return
		}
	}
}
