package attrib

import (
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// reportsCue is the third-person "reports", which the lexicon drops as a
// noun; sentence takes it after a name.
var reportsCue = cue{lemma: "report", class: clauseClass, nouny: true}

// particleVerbs and particleCues are reporting phrasal verbs, whose
// particles PolNeAR's cue takes in ("shot back", "weighed in on",
// "lashed out at"); the verbs alone report nothing. Longer patterns come
// first; "a|b" is either word.
var particleVerbs = map[string]struct {
	lemma     string
	past, ing bool
}{
	"shot": {"shoot", true, false}, "shoots": {"shoot", false, false}, "shooting": {"shoot", false, true},
	"fired": {"fire", true, false}, "fires": {"fire", false, false}, "firing": {"fire", false, true},
	"hit": {"hit", true, false}, "hits": {"hit", false, false}, "hitting": {"hit", false, true},
	"weighed": {"weigh", true, false}, "weighs": {"weigh", false, false}, "weighing": {"weigh", false, true},
	"lashed": {"lash", true, false}, "lashes": {"lash", false, false}, "lashing": {"lash", false, true},
	"spoke": {"speak", true, false}, "speaks": {"speak", false, false}, "speaking": {"speak", false, true},
	"doubled": {"double", true, false}, "doubles": {"double", false, false}, "doubling": {"double", false, true},
	"rail": {"rail", false, false}, "railed": {"rail", true, false}, "rails": {"rail", false, false}, "railing": {"rail", false, true},
}

var particleCues = map[string][]struct {
	parts []string
	class class
}{
	"shoot":  {{[]string{"back"}, clauseClass}},
	"fire":   {{[]string{"back", "at"}, objectClass}, {[]string{"back"}, clauseClass}},
	"hit":    {{[]string{"back", "at"}, objectClass}, {[]string{"back"}, clauseClass}},
	"weigh":  {{[]string{"in", "on"}, objectClass}},
	"lash":   {{[]string{"out", "at|against"}, objectClass}},
	"speak":  {{[]string{"out", "against|about|on"}, objectClass}},
	"double": {{[]string{"down", "on"}, objectClass}},
	// Every "rail" cue on train has its particle; "the national rail
	// operator" is a noun.
	"rail": {{[]string{"against|at|about"}, objectClass}},
}

// makeForms are the forms of "make", which heads the light-verb cues
// "made it clear" and "make the case"; "make" alone reports nothing.
var makeForms = map[string]cue{"make": {}, "makes": {}, "made": {past: true}, "making": {ing: true}}

// phraseHeads are the words a phrase cue starts with.
var phraseHeads = func() map[string]bool {
	m := set("took", "take", "takes", "taking", "put", "puts")
	for w := range makeForms {
		m[w] = true
	}
	for w := range particleVerbs {
		m[w] = true
	}
	return m
}()

// phraseCue reads a cue of several words that starts at token i: a light
// verb whose object carries the reporting ("he made it clear that …",
// "she made the case for …", "took issue with …") or "put it" after its
// content ("…, as one voter put it."). PolNeAR's cue is the whole phrase;
// the lexicon, which knows single words, would miss it.
func (x *ctx) phraseCue(s doc.Sentence, i int) (cue, bool) {
	if i+2 >= s.Last {
		return cue{}, false
	}
	w := x.lower[i]
	if f, ok := makeForms[w]; ok {
		switch {
		case x.is(i+1, "it") && x.is(i+2, "clear"):
			f.extra = 2
		case x.is(i+1, "clear") && x.is(i+2, "that", "how", "what", "why", "whether"):
			// (Without "it", only a clause makes it a report: "the signs
			// make clear the way" is not one.)
			f.extra = 1
		case x.is(i+1, "the", "a") && x.is(i+2, "case") && (x.is(i+3, "for", "that", "against") || x.tok(i+3).Kind == doc.Word && i+3 < s.Last && x.is(i+3, "to")):
			f.extra = 2
			f.lemma, f.class = "make the case", clauseClass
			return f, true
		default:
			return x.speechNounCue(s, i, f)
		}
		f.lemma, f.class = "make clear", clauseClass
		return f, true
	}
	if v, ok := particleVerbs[w]; ok {
		for _, pc := range particleCues[v.lemma] {
			n := len(pc.parts)
			if i+n >= s.Last {
				continue
			}
			match := true
			for p, part := range pc.parts {
				if !x.is(i+1+p, strings.Split(part, "|")...) {
					match = false
					break
				}
			}
			if match {
				return cue{lemma: v.lemma + " " + pc.parts[0], class: pc.class, past: v.past, ing: v.ing, extra: n}, true
			}
		}
	}
	if (w == "took" || w == "take" || w == "takes" || w == "taking") && x.is(i+1, "issue") && x.is(i+2, "with") && i+3 < s.Last {
		return cue{lemma: "take issue", class: objectClass, past: w == "took", ing: w == "taking", extra: 2}, true
	}
	if c, ok := x.takeAimCue(s, i); ok {
		return c, true
	}
	if (w == "put" || w == "puts") && x.is(i+1, "it") && i > s.First && !x.is(i-1, "to") {
		// Only where it closes its clause or opens a quote with a
		// colon ("as Smith put it: “…”"): "put it on the table" is no
		// report.
		if k := x.skipPutManner(s, i+2); x.endsClause(s, k) || x.is(k, ":") {
			return cue{lemma: "put it", class: postClass, extra: 1}, true
		}
	}
	return cue{}, false
}

// speechNouns are the nouns of a said thing that a light verb makes
// into a report ("made the point that", "made no mention of", "has made
// several statements about").
var speechNouns = set("point", "observation", "argument", "claim", "claims", "comment", "comments", "remark", "remarks",
	"statement", "statements", "allegation", "allegations", "accusation", "accusations", "mention", "suggestion",
	"prediction", "predictions", "assertion", "assertions", "plea", "pitch", "appeal", "vow", "pledge", "promise", "promises")

// speechNounCue reads a form of "make" before a speech noun, with at
// most three modifiers between ("made these same allegations against",
// "makes no mention of"), when a clause or an object follows: "that" or
// a colon makes a clause cue ending at the noun; a preposition ends an
// object cue, which PolNeAR takes in (on train 19 of 25 such phrases
// are gold cues). "made a point of saying" is the participle's.
func (x *ctx) speechNounCue(s doc.Sentence, i int, f cue) (cue, bool) {
	k := i + 1
	for ; k < s.Last && k-i <= 4 && !speechNouns[x.lower[k]]; k++ {
		if t := x.tok(k); t.Kind != doc.Word || capitalized(t.Text) || prepositions[x.lower[k]] || x.is(k, "it", "clear", "sure") {
			return cue{}, false
		}
	}
	if k+1 >= s.Last || !speechNouns[x.lower[k]] || k+2 < s.Last && strings.HasSuffix(x.lower[k+2], "ing") {
		return cue{}, false
	}
	f.lemma = "make " + x.lower[k]
	switch {
	case x.is(k+1, "that", ":"):
		f.extra, f.class = k-i, clauseClass
	case x.is(k+1, "about", "of", "on", "against", "for"):
		f.extra, f.class = k+1-i, objectClass
	default:
		return cue{}, false
	}
	return f, true
}

// takeAimCue reads "took aim at", "took a shot at", "taking swipes
// at": an attack in words, whose target is the content (10 of 16 such
// phrases on train are gold cues).
func (x *ctx) takeAimCue(s doc.Sentence, i int) (cue, bool) {
	w := x.lower[i]
	if w != "took" && w != "take" && w != "takes" && w != "taking" {
		return cue{}, false
	}
	k := i + 1
	for ; k < s.Last && k-i <= 3 && !x.is(k, "aim", "shot", "shots", "swipe", "swipes", "jab", "jabs", "potshots"); k++ {
		if !x.is(k, "a", "another", "multiple", "several", "repeated", "more", "some", "new", "fresh", "direct", "veiled", "parting") {
			return cue{}, false
		}
	}
	if k+2 >= s.Last || !x.is(k+1, "at") || !x.is(k, "aim", "shot", "shots", "swipe", "swipes", "jab", "jabs", "potshots") {
		return cue{}, false
	}
	return cue{lemma: "take aim", class: objectClass, past: w == "took", ing: w == "taking", extra: k + 1 - i}, true
}

// skipPutManner skips the manner words after "put it" ("put it
// bluntly", "put it this way") that still belong to the clause.
func (x *ctx) skipPutManner(s doc.Sentence, k int) int {
	if x.is(k, "this", "that") && x.is(k+1, "way") {
		return k + 2
	}
	if k < s.Last && strings.HasSuffix(x.lower[k], "ly") && len(x.lower[k]) > 4 {
		return k + 1
	}
	return k
}
