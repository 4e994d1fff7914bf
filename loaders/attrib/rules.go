package attrib

import "github.com/claimgraph/claimgraph/loaders/doc"

// A rule reads one attribution pattern at the token that can start it,
// in the manner of the sieves of Stanford CoreNLP's quote attributor: an
// ordered list of small named readers, each labelled with the pattern it
// handles, each result recording which one made it (doc.Attribution's
// Rule).
type rule struct {
	// name is recorded on the attributions the rule makes, unless the
	// rule names a finer pattern itself (the cue-verb rule does:
	// "post-cue", "pre-cue", …; see verbcue.go).
	name string
	// trigger is a cheap test of token i: only a rule whose trigger
	// holds reads the token.
	trigger func(x *ctx, s doc.Sentence, i int) bool
	read    func(x *ctx, s doc.Sentence, i int) (cand, bool)
	// fallThrough lets the later rules try the token when this one finds
	// nothing; otherwise the token is done.
	fallThrough bool
	// skip counts the tokens after i that an attribution consumed.
	skip int
	// acts is what the rule's attributions say their source did, unless
	// the rule says so itself (the cue-verb rule takes it from the
	// lexicon).
	acts acts
}

// cand is what a rule read: the attribution, and the name of the stricter
// test it passed only weakly ("nouny", "strict", "named"), which the
// learned filter weighs.
type cand struct {
	doc.Attribution
	weak string
}

// plain adapts a reader that needs no weak mark.
func plain(read func(*ctx, doc.Sentence, int) (doc.Attribution, bool)) func(*ctx, doc.Sentence, int) (cand, bool) {
	return func(x *ctx, s doc.Sentence, i int) (cand, bool) {
		a, ok := read(x, s, i)
		return cand{Attribution: a}, ok
	}
}

// rules is the registry, in the order the dispatcher (attrib.go) tries
// them on each token outside a quotation. Earlier rules take the tokens
// that later ones would misread: "Asked about …," opens with a cue verb
// that is no report of the sentence's subject. It is built once and only
// read afterwards.
var rules = []rule{
	// headline-colon: "Sanders: Endorsements prove …" in a headline, a
	// transcript's "TAPPER: …", a name before a quote "Carl Bialik: “…”"
	// (colon.go).
	{name: "headline-colon", trigger: colonTrigger, read: plain((*ctx).colonCue), acts: acts{base: doc.Speech}},
	// asked-intro: "Asked about the strike, Feinstein said …" and "When
	// asked whether …, X said": the question is an attribution of its own,
	// with the asker as its source only when named (asked.go).
	{name: "asked-intro", trigger: askedIntroTrigger, read: plain((*ctx).askedIntro), acts: acts{base: doc.Speech}},
	// when-asked: "…, he said when asked about the deal" (asked.go).
	{name: "when-asked", trigger: whenAskedTrigger, read: plain((*ctx).whenAsked), acts: acts{base: doc.Speech}},
	// said-intro: "Said Ms. Poynter, who grew up nearby, “We were
	// proud.”": the cue opens the sentence; when it does not read so, the
	// cue-verb rule tries the token (saidintro.go).
	{name: "said-intro", trigger: saidIntroTrigger, read: plain((*ctx).saidIntro), fallThrough: true, acts: acts{base: doc.Speech}},
	// according-to: "According to the coroner, the victim died at noon."
	// and "The victim died at noon, according to the coroner."; evidence
	// after data ("according to a survey") (according.go).
	{name: "according-to", trigger: accordingTrigger, read: plain((*ctx).accordingTo), skip: 1, acts: acts{base: doc.Speech, data: doc.Evidence}},
	// to-viewpoint: "To Ms. Gil, skateboarding represents a cry of
	// dissent": the opinion of the person named, a belief (viewpoint.go).
	{name: "to-viewpoint", trigger: viewpointTrigger, read: plain((*ctx).toViewpoint), acts: acts{base: doc.Belief}},
	// reportedly: "The club is reportedly spending $1.5 million": an
	// unnamed report (passive.go).
	{name: "reportedly", trigger: wordTrigger("reportedly"), read: plain((*ctx).reportedly), acts: acts{base: doc.Speech}},
	// poll: "In a CBS News poll released Monday, 50 percent chose …" and
	// "… fell to 10 percent in the latest CNN poll": evidence (poll.go).
	{name: "poll", trigger: wordTrigger("in"), read: plain((*ctx).inPoll), acts: acts{base: doc.Evidence}},
	// cue-verb: a reporting or belief verb of the lexicon or a phrase cue,
	// "“We will rebuild,” the mayor said.", "The minister said that …",
	// "He made it clear that …"; it names the pattern it read
	// (verbcue.go).
	{name: "cue-verb", trigger: cueVerbTrigger, read: (*ctx).cueVerb},
}

func colonTrigger(x *ctx, s doc.Sentence, i int) bool {
	return x.d.Tokens[i].Text == ":" && i > s.First && i-s.First <= 7 && i+1 < s.Last
}

func askedIntroTrigger(x *ctx, s doc.Sentence, i int) bool {
	return x.lower[i] == "asked" && (i == s.First || i == s.First+1 && x.is(s.First, "when", "if"))
}

func whenAskedTrigger(x *ctx, s doc.Sentence, i int) bool {
	return x.lower[i] == "asked" && i-1 > s.First && x.is(i-1, "when")
}

func saidIntroTrigger(x *ctx, s doc.Sentence, i int) bool {
	return i == s.First && x.is(i, "said", "says", "added")
}

func accordingTrigger(x *ctx, _ doc.Sentence, i int) bool {
	return x.lower[i] == "according" && x.is(i+1, "to")
}

func viewpointTrigger(x *ctx, s doc.Sentence, i int) bool {
	return x.lower[i] == "to" && (i == s.First || i == s.First+1 && x.is(s.First, "but", "and")) && s.Para > 0
}

func wordTrigger(w string) func(*ctx, doc.Sentence, int) bool {
	return func(x *ctx, _ doc.Sentence, i int) bool { return x.lower[i] == w }
}

// cueVerbTrigger holds for a word that can start a cue: a form of the
// lexicon, the head of a phrase cue, or "reports". Most words are none,
// and leave the cue-verb rule at once.
func cueVerbTrigger(x *ctx, _ doc.Sentence, i int) bool {
	return x.d.Tokens[i].Kind == doc.Word && cueStarts[x.lower[i]]
}

// cueStarts holds the words cueVerbTrigger is true for, in one table, so
// that a word costs one lookup rather than two.
var cueStarts = func() map[string]bool {
	m := make(map[string]bool, len(cueForms)+len(phraseHeads)+1)
	for w := range cueForms {
		m[w] = true
	}
	for w := range phraseHeads {
		m[w] = true
	}
	m["reports"] = true
	return m
}()
