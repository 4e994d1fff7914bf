package attrib

import "github.com/claimgraph/claimgraph/loaders/doc"

// complementOpeners open the complement that follows an object-taking
// cue's object: "urged voters to …", "accused Trump of …", "asked him
// whether …", "thanked the crowd for …".
var complementOpeners = set("what", "whether", "how", "why", "if")

// startAfterObject starts a content read right after an object-taking
// cue (classes O and T of the lexicon) at the word that opens its
// complement, past the cue's object: PolNeAR leaves the person urged,
// asked or accused out of the content. The object is at most four words
// with no subject pronoun, cue verb or punctuation among them. Like the
// endings in content.go it runs after the filter, whose features read
// the rules' spans.
func (x *ctx) startAfterObject(a *doc.Attribution) {
	k := x.firstContentToken(*a)
	if k < 0 || (cueForms[a.Lemma].class != objectClass && cueForms[a.Lemma].class != tellClass) {
		return
	}
	if firstTokenFrom(x.d, a.Cue.End) != k {
		return
	}
	for e := k; e < len(x.d.Tokens) && e-k <= 4 && x.tok(e).End < a.Content.End; e++ {
		t := x.tok(e)
		if t.Kind != doc.Word || x.inQuote[e] {
			return
		}
		if e > k && (complementOpeners[x.lower[e]] || a.Lemma == "ask" && x.is(e, "about")) {
			if x.is(e, "that") {
				e++
			}
			a.Content.Start = x.tok(e).Start
			return
		}
		if complementOpeners[x.lower[e]] || prepositions[x.lower[e]] || subjectPronouns[x.lower[e]] || cueForms[x.lower[e]].lemma != "" || x.is(e, "that", "which") {
			return
		}
	}
}
