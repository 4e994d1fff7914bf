package attrib

import (
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// objectRelativeStep reads a cue whose object is a relative pronoun
// before its source: "the plan, which the mayor opposed in May", "a
// rival whom many donors had backed", "the allegations, which he denies".
// PolNeAR's content is the pronoun alone; the words after the cue are an
// adjunct, not the content the later steps would read there. The cue must
// close its clause or run into an adjunct, so that "which the mayor said
// would fail" (a clause after the cue) is left to the other steps.
func (x *ctx) objectRelativeStep(f *frame) verdict {
	s, lb := f.s, f.lb
	if f.left.Empty() || !f.right.Empty() || f.leftBy != "" || lb < s.First || f.c.ing {
		return next
	}
	if !x.is(lb, objectRelatives...) && !(x.is(lb, "that") && x.nounBefore(lb)) {
		return next
	}
	if relativePronoun(x.d.Slice(f.left)) || prepositions[x.lower[lb-1]] {
		// ("about whom he has written": the preposition's object.)
		return next
	}
	k := f.k
	if !(x.endsClause(s, k) || x.adjunctToEnd(s, k) || x.is(k, relativeClauseEnds...) || x.is(k, ")") || isDash(x.tok(k).Text)) {
		return next
	}
	f.a.Speaker, f.a.Content, f.pattern = f.left, x.tok(lb).Span, "object-relative"
	return x.finishStep(f)
}

// objectRelatives can stand for the object of a cue whose source follows
// them; "that" only after a noun (nounBefore), and "what" never: PolNeAR
// often takes its clause whole.
var objectRelatives = []string{"which", "whom", "who"}

// relativeClauseEnds are the words after a cue that end an object
// relative clause: a conjunction, or an adverbial that is not a clause.
var relativeClauseEnds = []string{"and", "but", "in", "on", "at", "during", "for", "after", "before", "since", "last", "this", "earlier",
	"when", "while", "because", "as", "with", "from", "until", "about"}

// nounBefore reports whether the word before token i can be the noun a
// relative "that" at i refers to ("a nominee that donors couldn't
// support"), rather than a verb or a word that makes "that" a
// conjunction ("said that", "so that", "is that").
func (x *ctx) nounBefore(i int) bool {
	p := i - 1
	if p < 0 || x.tok(p).Kind != doc.Word || thatConjunctionAfter[x.lower[p]] {
		return false
	}
	_, cue := cueForms[x.lower[p]]
	return !cue && !strings.HasSuffix(x.lower[p], "ed") && !strings.HasSuffix(x.lower[p], "ly")
}

// thatConjunctionAfter are the words after which "that" opens a clause
// or points, never refers back to a noun.
var thatConjunctionAfter = set("so", "now", "such", "is", "are", "was", "were", "be", "been", "being", "and", "but", "or", "than",
	"fact", "idea", "notion", "belief", "hope", "sign", "news", "concern", "concerns", "fear", "fears", "claim", "claims", "argument",
	"given", "like", "in", "on", "of", "at", "for", "with", "about", "by", "all", "to", "this", "not", "means", "mean", "say", "says")
