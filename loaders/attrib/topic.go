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
