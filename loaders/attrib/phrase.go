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
			return cue{}, false
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
