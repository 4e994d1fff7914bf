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

// startAfterParenthetical starts a content read after its cue past an
// aside that a comma or a dash opens right after the cue and the same
// mark closes within eight words ("said, however, that …", "said — on
// Twitter — that …", "made the observation, from his point of view,
// that …"): PolNeAR leaves the aside out of the content. Like
// startAfterObject it runs after the filter.
func (x *ctx) startAfterParenthetical(a *doc.Attribution) {
	k := x.firstContentToken(*a)
	if k < 0 || k+2 >= len(x.d.Tokens) || firstTokenFrom(x.d, a.Cue.End) != k {
		return
	}
	open := x.tok(k).Text
	if open != "," && !isDash(open) && open != "-" {
		return
	}
	for e := k + 1; e < len(x.d.Tokens) && e-k <= 9 && x.tok(e).End < a.Content.End; e++ {
		t := x.tok(e)
		if x.inQuote[e] || t.Kind == doc.QuoteMark {
			return
		}
		if t.Text != open {
			continue
		}
		if e == k+1 || e+1 >= len(x.d.Tokens) || x.tok(e+1).Kind != doc.Word || x.tok(e+1).Start >= a.Content.End {
			return
		}
		if e++; x.is(e, "that") && x.tok(e+1).Start < a.Content.End {
			e++
		}
		a.Content.Start = x.tok(e).Start
		return
	}
}
