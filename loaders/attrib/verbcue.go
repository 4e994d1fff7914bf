package attrib

import "github.com/claimgraph/claimgraph/loaders/doc"

// The cue-verb rule reads the attribution around a reporting or belief
// verb ("said", "told", "believes") or a phrase cue ("made it clear",
// "shot back"). Its steps run in order over one frame, each reading one
// part of the pattern and each able to end the rule:
//
//	left        auxiliaries, adverbs and control verbs before the cue
//	            ("has repeatedly said", "declined to define", and with
//	            the object as the source, "led her to declare"); a
//	            determiner or a noun-like form makes the cue a noun
//	impression  "seemed to", "appeared": the writer's impression, no source
//	noun        "of pledged delegates", "the reported deal": no verb
//	passive     "is expected to", "was reported": no source in the text
//	addressee   "told AFP that", "told “Fox and Friends”" (tell verbs)
//	asked       "“…?” the host asked the senator": whom the question was
//	            put to (askedobject.go)
//	particle    "complained of", "called on": a particle the verb selects
//	adverbials  "said Wednesday", "said in a statement", "said on Twitter"
//	closes      the clause ends after the cue: the cue is post-posed; or
//	            a passive's agent follows ("was announced by X")
//	source      the noun phrase before the cue, or one set off by a
//	            quote, a relative clause, an appositive, a dash; or after
//	            the cue, inverted ("“…,” said X")
//	object-relative
//	            "which the mayor opposed": the pronoun before the source
//	            is the content (objrelative.go)
//	postposed   the frames after which a cue with a source before it
//	            still reports what came before ("she said of her talk")
//	subject     a participle's or a second verb's source is the
//	            sentence's subject ("…, saying …", "… but urged …")
//	strict      class-C verbs need a clause, a quote or a bare object
//	class       what each verb class allows on either side
//	content     before the cue, after it, after "as X noted", or in the
//	            next paragraph after "said:"
//	opener      a participle's content that opens the sentence ends at
//	            the comma before its source ("After thanking the crowd,
//	            the mayor …"; openercontent.go)
//	finish      refusals and requests for comment say nothing; channel,
//	            kind, role
//
// The attribution's Rule names the pattern the content step read, and the
// source step when it was not the plain noun phrase before the cue:
//
//	pre-cue                 The minister said (that) the border would reopen.
//	pre-cue-next-paragraph  In a speech last July, the mayor said:¶“…”
//	post-cue                “We will rebuild,” the mayor said. / CLAUSE, X said.
//	as-cue                  But as the auditor noted, the ledger was never balanced.
//	object-relative         The plan, which the mayor opposed in May, passed.
//	passive                 The talks are expected to resume.
//	by-passive              The meeting was first reported by the Gazette.
//	impression              The mayor appeared to lose his temper.
//	…+inverted              “We will rebuild,” said Mayor Joan Reyes.
//	…+relative              Dr. Lena Ruiz, who leads the clinic, said …
//	…+dash                  Ana Silva — a nurse from Porto — says …
//	…+citing                Mr. Lowe, citing “the ferry’s record,” said …
//	…+object-control        The delay led the mayor to announce a review.
//	…+relative-pronoun      voters who care most about health care
//	…+by-agent              It was announced by the ministry that …
//	…+previous              She called the ruling “a disgrace” and vowed to appeal.
//	…+subject               The senator endorsed Clinton, saying …
//	…+none                  “Vote early,” read the flyer … with no source
type frame struct {
	s doc.Sentence
	// i and r are the cue's first and last tokens: a phrase cue ("made
	// it clear", "put it") runs past the verb.
	i, r int
	c    cue
	a    doc.Attribution
	// j is the token before the cue once auxiliaries and adverbs are
	// skipped: where a source before the cue ends.
	j                   int
	control, infinitive bool
	// purpose: the cue opens a purpose infinitive of the sentence's
	// subject ("took to Twitter to say").
	purpose bool
	// k is where what follows the cue's frame starts: the content, or
	// the clause's end when the cue is post-posed.
	k int
	// titleComma: the addressee's closing mark holds the clause's comma.
	titleComma bool
	postposed  bool
	inverted   bool
	direct     bool
	// left and right are the source phrases before and after the cue,
	// leftBy and rightBy the source steps that found them ("" for the
	// plain noun phrase before the cue); lb is the token before left.
	left, right     doc.Span
	leftBy, rightBy string
	lb              int
	// pattern names what the content step read; weak, a stricter test
	// passed only weakly.
	pattern string
	weak    string
}

// verdict is what a step decided.
type verdict uint8

const (
	next   verdict = iota // the following step reads on
	reject                // the pattern does not hold: no attribution
	accept                // the frame's attribution is complete
)

// cueSteps are the cue-verb rule's steps, in order; built once and only
// read afterwards.
var cueSteps = []struct {
	name string
	run  func(*ctx, *frame) verdict
}{
	{"left", (*ctx).leftOfCue},
	{"impression", (*ctx).impression},
	{"noun", (*ctx).nounOrAdjective},
	{"passive", (*ctx).passiveCue},
	{"addressee", (*ctx).addresseeStep},
	{"asked", (*ctx).askedAfterQuote},
	{"particle", (*ctx).particleStep},
	{"adverbials", (*ctx).adverbialStep},
	{"closes", (*ctx).closesStep},
	{"source", (*ctx).sourceStep},
	{"object-relative", (*ctx).objectRelativeStep},
	{"postposed", (*ctx).postposedStep},
	{"subject", (*ctx).subjectStep},
	{"strict", (*ctx).strictStep},
	{"class", (*ctx).classStep},
	{"content", (*ctx).contentStep},
	{"opener", (*ctx).openerContentStep},
	{"finish", (*ctx).finishStep},
}

// cueVerb is the cue-verb rule: the cue that token i starts, read by the
// steps.
func (x *ctx) cueVerb(s doc.Sentence, i int) (cand, bool) {
	c, weak, ok := x.cueAt(s, i)
	if !ok {
		return cand{}, false
	}
	// The frame lives in ctx: the steps, called through the list, would
	// make a local one escape to the heap at every cue.
	f := &x.frame
	*f = frame{s: s, i: i, r: i + c.extra, c: c, weak: weak}
	f.k = f.r + 1
	f.a = doc.Attribution{SpeakerEntity: -1, Lemma: c.lemma, Cue: doc.Span{Start: x.tok(i).Start, End: x.tok(f.r).End}}
	for _, st := range cueSteps {
		switch st.run(x, f) {
		case reject:
			return cand{}, false
		case accept:
			f.a.Rule = f.ruleName()
			f.a.Act = x.actOf(f.c.acts, f.a)
			return cand{Attribution: f.a, weak: f.weak}, true
		}
	}
	return cand{}, false
}

// cueAt returns the cue that token i starts: a phrase cue, a form of the
// lexicon, or "reports" after a name ("CBS News reports that …", a weak
// "named" candidate: "reports" is mostly a noun, but after a name it is
// the verb, 12 of 18 on train). A cue verb is lower-case unless it opens
// the sentence or the sentence is a title-case headline.
func (x *ctx) cueAt(s doc.Sentence, i int) (cue, string, bool) {
	c, ok := x.phraseCue(s, i)
	if !ok {
		c, ok = x.cueFormAt(i)
	}
	weak := ""
	if !ok && x.lower[i] == "reports" && i > s.First && x.tok(i-1).Kind == doc.Word && capitalized(x.tok(i-1).Text) && !x.title {
		c, ok, weak = reportsCue, true, "named"
	}
	if !ok || !startsLowerOrFirst(x.tok(i).Text, i == s.First || x.title) {
		return cue{}, "", false
	}
	return c, weak, true
}

// ruleName is the content pattern, with the source step after a "+"
// when it was not the plain noun phrase before the cue.
func (f *frame) ruleName() string {
	if f.pattern == "passive" || f.pattern == "impression" {
		return f.pattern
	}
	by := f.leftBy
	switch {
	case f.a.Speaker.Empty():
		by = "none"
	case !f.right.Empty():
		by = f.rightBy
	}
	if by == "" {
		return f.pattern
	}
	return f.pattern + "+" + by
}
