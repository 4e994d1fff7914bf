package attrib

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
	if !x.is(lb, objectRelatives...) {
		return next
	}
	if relativePronoun(x.d.Slice(f.left)) || lb > 0 && prepositions[x.lower[lb-1]] {
		// ("about whom he has written": the preposition's object.)
		return next
	}
	k := f.k
	if x.is(k, "to") {
		// "which he vowed to ignore", "a state that she hoped to
		// carry": the pronoun is the infinitive's object (train: 2 of
		// 34 such candidates right).
		return next
	}
	if !(x.endsClause(s, k) || x.adjunctToEnd(s, k) || x.is(k, relativeClauseEnds...) || x.is(k, ")") || isDash(x.tok(k).Text)) {
		return next
	}
	f.a.Speaker, f.a.Content, f.pattern = f.left, x.tok(lb).Span, "object-relative"
	return x.finishStep(f)
}

// objectRelatives can stand for the object of a cue whose source follows
// them. "that" is left out: it opens a complement clause as often (train:
// 10 of 78 candidates right), and "what", whose clause PolNeAR often
// takes whole.
var objectRelatives = []string{"which", "whom", "who"}

// relativeClauseEnds are the words after a cue that end an object
// relative clause: a conjunction, or an adverbial that is not a clause.
var relativeClauseEnds = []string{"and", "but", "in", "on", "at", "during", "for", "after", "before", "since", "last", "this", "earlier",
	"when", "while", "because", "as", "with", "from", "until", "about"}
