package attrib

import (
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// adjunctThatReach bounds how many tokens an adjunct between a cue and
// its "that" may take.
const adjunctThatReach = 12

// adjunctOpeners open an adjunct or an addressee that may stand between a
// cue and the "that" of its complement ("said in Salem on Monday that",
// "told the Post last week that", "testified, for example, that");
// grammar words.
var adjunctOpeners = set("in", "on", "at", "to", "with", "after", "before", "during", "for", "since", "from", "outside",
	"following", "via", "per", "however", "without", "earlier", "later", "last", "yesterday", "today")

// startAtThatAfterAdjunct starts a content read right after its cue at
// the "that" of its complement when an adjunct opens the content: PolNeAR
// leaves the where, when and to whom between the cue and "that" out of
// the content (train: 33 contents made exact, 5 unmade). The adjunct
// holds no quotation and no clause mark, and "to" must name someone ("to
// reporters", "to the Post"), not open an infinitive ("to avoid any
// misstep that …"). Like startAfterObject it runs after the filter.
func (x *ctx) startAtThatAfterAdjunct(a *doc.Attribution) {
	k := x.adjunctStart(*a)
	if k < 0 || k+2 >= len(x.d.Tokens) {
		return
	}
	if x.tok(k).Kind != doc.Word || !x.opensAdjunct(k) || x.is(k, "to") && !x.namesSomeone(k+1) {
		return
	}
	for e := k + 1; e+1 < len(x.d.Tokens) && e-k <= adjunctThatReach && x.tok(e+1).End <= a.Content.End; e++ {
		t := x.tok(e)
		if x.inQuote[e] || t.Kind == doc.QuoteMark || t.Text == ";" || t.Text == ":" || t.Text == "." {
			return
		}
		if x.is(e, "that") {
			j := e + 1
			if x.is(j, ",") {
				// "told ABC that, in retrospect, …": the complementizer
				// is taken back by doc's widening past the comma.
				j++
			}
			if j < len(x.d.Tokens) && x.tok(j).End <= a.Content.End && (x.tok(j).Kind == doc.Word || x.isOpenQuote(j)) {
				a.Content.Start = x.tok(j).Start
			}
			return
		}
	}
}

// adjunctStart is the first token of a's content read after its cue
// that the cue phrase leaves to it ("said in an interview with …": the
// cue phrase takes "in an interview"; "called for …" takes "for"), past
// a comma right after the cue ("believes, for example, that …"); or -1
// when the content does not follow its cue.
func (x *ctx) adjunctStart(a doc.Attribution) int {
	k := x.firstContentToken(a)
	if k < 0 {
		return -1
	}
	e := firstTokenFrom(x.d, CuePhrase(x.d, a).End)
	for e < k && x.is(e, ",") {
		e++
	}
	if e != k {
		if e < k || x.tok(e).End > a.Content.End {
			return -1
		}
	}
	return e
}

// opensAdjunct reports whether word k opens an adjunct: a preposition or
// time word of adjunctOpeners, a weekday, or an adverb right before
// "that" ("said only that", "testified repeatedly that").
func (x *ctx) opensAdjunct(k int) bool {
	w := x.lower[k]
	if adjunctOpeners[w] || weekdays[w] {
		return true
	}
	// An adverb must stand right before "that": "virtually nothing
	// about …" opens a noun phrase.
	return x.is(k+1, "that") && len(w) > 3 && strings.HasSuffix(w, "ly") && !strings.Contains(w, "-") && !notAdverbs[w] && !capitalized(x.tok(k).Text)
}

// namesSomeone reports whether token k, after "to", opens a noun phrase
// (a name, a determiner, an object pronoun or a plural of people) rather
// than an infinitive's verb.
func (x *ctx) namesSomeone(k int) bool {
	if k >= len(x.d.Tokens) || x.tok(k).Kind != doc.Word {
		return false
	}
	return capitalized(x.tok(k).Text) || determiners[x.lower[k]] || possessive(x.lower[k]) || objectPronouns[x.lower[k]] || audiences[x.lower[k]]
}

// objectPronouns can be the person a cue addresses; audiences are the
// plural nouns most often addressed ("told reporters that"); grammar and
// common words.
var objectPronouns = set("me", "him", "her", "them", "us", "you")

var audiences = set("reporters", "supporters", "voters", "members", "donors", "lawmakers", "students", "journalists", "delegates", "senators", "officials")
