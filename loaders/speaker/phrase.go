package speaker

import (
	"strings"

	"github.com/claimgraph/claimgraph/loaders/attrib"
	"github.com/claimgraph/claimgraph/loaders/doc"
)

// maxPhrase bounds a speaker phrase in tokens ("Peoplesoft's director of
// database markets Anil Aggarwal" is nine).
const maxPhrase = 10

// low returns token i lower-cased, or "" outside the text.
func (x *ctx) low(i int) string {
	if i < 0 || i >= len(x.d.Tokens) {
		return ""
	}
	if x.d.View.Indexed(len(x.d.Tokens)) {
		return x.d.View.Lower[i]
	}
	return doc.Lower(x.d.Tokens[i].Text)
}

// cue returns the lemma of the reporting verb at token i.
func (x *ctx) cue(i int) (string, bool) {
	if i < 0 || i >= len(x.d.Tokens) || x.d.Tokens[i].Kind != doc.Word {
		return "", false
	}
	return attrib.CueLemma(x.low(i))
}

// phraseWord reports whether token i can sit inside a speaker phrase: a
// word or number that is not a reporting verb, a possessive, a hyphen or
// an abbreviation's stop.
func (x *ctx) phraseWord(i int) bool {
	if i < 0 || i >= len(x.d.Tokens) {
		return false
	}
	t := x.d.Tokens[i]
	switch t.Kind {
	case doc.Word:
		if _, isCue := x.cue(i); isCue {
			return false
		}
		if x.low(i) == "and" {
			// "Bear Stearns and Co analyst Monroe Greenstein".
			return i+1 < len(x.d.Tokens) && capital(x.d.Tokens[i+1].Text)
		}
		return !phraseStops[x.low(i)]
	case doc.Number:
		return true
	}
	return t.Text == "'s" || t.Text == "’s" || t.Text == "-" || t.Text == "&" ||
		t.Text == "." && i > 0 && x.d.Tokens[i-1].End == t.Start && honorifics[x.low(i-1)]
}

// honorifics are the abbreviated titles whose stop stays inside a name
// ("Gov. Ed Rendell", "Dr. Ruiz").
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "gov": true, "sen": true,
	"rep": true, "gen": true, "lt": true, "col": true, "sgt": true, "st": true, "prof": true, "rev": true,
	"capt": true, "maj": true, "adm": true, "supt": true, "det": true, "insp": true, "jr": true, "sr": true}

// phraseStops are the function words that end a speaker phrase read
// after a verb ("said Smith in a statement", "said Smith, who …").
var phraseStops = map[string]bool{
	"in": true, "on": true, "at": true, "during": true, "after": true, "before": true, "when": true,
	"while": true, "as": true, "who": true, "which": true, "that": true, "adding": true, "to": true,
	"yesterday": true, "today": true, "tonight": true, "but": true, "because": true, "if": true,
	"and": true, "or": true, "referring": true, "speaking": true, "writing": true, "than": true,
}

// phraseRight returns the end (exclusive) of the speaker phrase that
// starts at token k, reading at most maxPhrase tokens inside paragraph
// bounds.
func (x *ctx) phraseRight(k int) int {
	if k >= len(x.d.Tokens) {
		return k
	}
	p := x.paraOf(x.d.Tokens[k].Start)
	end := k
	for end < len(x.d.Tokens) && end-k < maxPhrase && x.phraseWord(end) && x.paraOf(x.d.Tokens[end].Start) == p {
		end++
	}
	return end
}

// phraseLeft returns the first token of the speaker phrase that ends at
// token j (inclusive), or j+1 when there is none.
func (x *ctx) phraseLeft(j int) int {
	if j < 0 {
		return 0
	}
	p := x.paraOf(x.d.Tokens[j].Start)
	start := j + 1
	for start-1 >= 0 && j-start+1 < maxPhrase && x.phraseWord(start-1) && x.paraOf(x.d.Tokens[start-1].Start) == p {
		start--
	}
	return start
}

// span returns the byte span of tokens [i, j).
func (x *ctx) span(i, j int) doc.Span {
	return doc.Span{Start: x.d.Tokens[i].Start, End: x.d.Tokens[j-1].End}
}

// auxiliary words stand between a speaker and a post-posed cue ("he
// later said", "Mr Fox has said").
var auxiliary = map[string]bool{
	"has": true, "have": true, "had": true, "also": true, "later": true, "then": true, "once": true,
	"would": true, "will": true, "previously": true, "earlier": true, "again": true,
	"is": true, "was": true, "were": true, "are": true, "further": true, "simply": true, "quickly": true,
}

// skipAux returns the first token before j that is no auxiliary or -ly
// adverb, looking back at most two tokens.
func (x *ctx) skipAux(j int) int {
	for n := 0; n < 2 && j >= 0 && x.d.Tokens[j].Kind == doc.Word; n++ {
		w := x.low(j)
		if !auxiliary[w] && !(len(w) > 4 && strings.HasSuffix(w, "ly")) {
			break
		}
		j--
	}
	return j
}

// pronounSubjects are the subject pronouns that can speak.
var pronounSubjects = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "it": true}

// copulas and auxiliaries mark a clause, not a noun phrase.
var copulas = map[string]bool{"be": true, "been": true, "being": true, "am": true, "do": true, "does": true,
	"did": true, "can": true, "could": true, "should": true, "may": true, "might": true, "must": true, "there": true}

func capital(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}
