package attrib

import "github.com/claimgraph/claimgraph/loaders/doc"

// objectControl reports whether the "to" at token j opens an infinitive
// whose source is the object of the verb before it: "the loss led her to
// declare that …", "the leak forced the chairwoman to resign", "it
// prompted voters to reconsider …". It returns the token that ends that
// object and the token before it (the verb); without it the passive step
// drops every infinitive cue that no subject controls.
func (x *ctx) objectControl(s doc.Sentence, j int) (doc.Span, int, bool) {
	if !x.is(j, "to") {
		return doc.Span{}, 0, false
	}
	// (The noun-phrase reader runs on through the verb: "The delay led
	// the mayor" reads as one phrase. The object is short and plain.)
	for k := j - 1; k >= s.First && j-k <= 6; k-- {
		t, w := x.tok(k), x.lower[k]
		if objectControlVerbs[w] && !x.inQuote[k] {
			if k == j-1 {
				return doc.Span{}, 0, false
			}
			return doc.Span{Start: x.tok(k + 1).Start, End: x.tok(j - 1).End}, k, true
		}
		if t.Kind != doc.Word && !possessive(w) || boundary[w] || prepositions[w] && w != "of" {
			return doc.Span{}, 0, false
		}
	}
	return doc.Span{}, 0, false
}

// objectControlVerbs take an object and an infinitive whose subject is
// that object ("led her to declare"); the cue verbs among them ("urged
// him to", "told them to") read their own frame.
var objectControlVerbs = set("led", "lead", "leads", "leading", "prompted", "prompt", "prompts", "prompting", "forced", "force", "forces",
	"forcing", "allowed", "allow", "allows", "allowing", "required", "require", "requires", "requiring", "leaving", "pushed",
	"pushing", "pressured", "pressuring", "encouraged", "encourage", "encourages", "encouraging", "inspired", "inspires",
	"caused", "causes", "spurred", "spur", "spurs", "drove", "driven", "compelled", "compel", "enabled", "enable", "enables",
	"helped", "help", "helps", "invited", "invite", "invites", "persuaded", "persuade", "convinced", "convince")
