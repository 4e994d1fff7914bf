package attrib

import (
	_ "embed"
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/vocab"
)

// The learned cue tagger proposes cues the lexicon lacks. A third of
// PolNeAR's gold attributions on train have no rule candidate, and most
// of those have a cue word outside cues.txt ("signed", "cast",
// "focused", "slammed"); no such word is a gold cue in more than a third
// of its occurrences, so none earns a place in the lexicon, but its
// neighbours tell the occurrences apart ("cast doubt on", "cast a
// vote"). An averaged perceptron over a token's word and its neighbours,
// trained on PolNeAR train by
//
//	go run ./loaders/attrib/internal/traincue -train ../shared/data/polnear/train.jsonl -out loaders/attrib/cuetag.tsv
//
// (deterministic), scores the tokens whose word is in its gate: words
// that open a gold cue on train often enough and that no rule of the
// registry takes. A token it tags is read by the cue-verb rule's steps
// like a lexicon verb of class S, so its source and content come from
// the same code, and the filter, which sees the mark "learned", decides
// whether the candidate stays. The file holds the gate words and
// feature weights, no article text.
//
//go:embed cuetag.tsv
var cueTagData string

// tagger is the cue tagger's weights; read-only after init.
type tagger struct {
	w         map[string]float64
	bias      float64
	threshold float64
	// gate holds the words the tagger scores, by vocabulary id.
	gate  vocab.Table[bool]
	words []string
}

var cueTagger = parseTagger(cueTagData)

// parseTagger reads cuetag.tsv: weights as parseWeights reads them, and
// the gate's words as "gate=WORD" lines.
func parseTagger(data string) tagger {
	t := tagger{}
	t.w, t.bias, t.threshold = parseWeights(data)
	gate := map[string]bool{}
	for k := range t.w {
		if w, ok := strings.CutPrefix(k, "gate="); ok {
			gate[w] = true
			t.words = append(t.words, w)
		}
	}
	t.gate = vocab.NewTable(gate)
	return t
}

// cueTagTemplates name the tagger's features; cueTagFeatures emits them
// in this order.
const (
	tagWord = "w="
	tagPrev = "p="
	tagNext = "n="
	tagPW   = "pw="
	tagWN   = "wn="
	tagP2   = "p2="
	tagN2   = "n2="
	tagPos  = "pos="
	tagThat = "that="
	tagCap  = "cap="
)

// cueTagFeatures calls emit with each feature of token i of sentence s,
// built in buf (returned for reuse): the word, its neighbours one and
// two away, the pairs with the word, where it stands in the sentence,
// whether a "that" or a colon follows within four words, and whether it
// is capitalized inside the sentence.
func cueTagFeatures(lower []string, toks []doc.Token, s doc.Sentence, i int, buf []byte, emit func([]byte)) []byte {
	at := func(j int) string {
		if j < s.First {
			return "<s>"
		}
		if j >= s.Last {
			return "</s>"
		}
		return lower[j]
	}
	w, p, n := lower[i], at(i-1), at(i+1)
	one := func(t, a string) {
		buf = append(append(append(buf[:0], t...), a...), '|')
		emit(buf)
	}
	two := func(t, a, b string) {
		buf = append(append(append(append(append(buf[:0], t...), a...), '|'), b...), '|')
		emit(buf)
	}
	one(tagWord, w)
	one(tagPrev, p)
	one(tagNext, n)
	two(tagPW, p, w)
	two(tagWN, w, n)
	one(tagP2, at(i-2))
	one(tagN2, at(i+2))
	two(tagPos, w, position(i-s.First))
	two(tagThat, w, thatAhead(lower, s, i))
	if i > s.First && toks[i].Text != "" && toks[i].Text[0] >= 'A' && toks[i].Text[0] <= 'Z' {
		one(tagCap, w)
	}
	return buf
}

// position buckets a token's index in its sentence.
func position(k int) string {
	switch {
	case k == 0:
		return "0"
	case k <= 3:
		return "1-3"
	case k <= 8:
		return "4-8"
	}
	return "9+"
}

// thatAhead says whether "that" or a colon follows token i within four
// tokens of its sentence.
func thatAhead(lower []string, s doc.Sentence, i int) string {
	for j := i + 1; j < s.Last && j <= i+4; j++ {
		if lower[j] == "that" || lower[j] == ":" {
			return "y"
		}
	}
	return "n"
}

// scoreAt is the tagger's score of token i (above threshold: a cue).
func (t *tagger) scoreAt(x *ctx, s doc.Sentence, i int) float64 {
	z := t.bias
	x.keyBuf = cueTagFeatures(x.lower, x.d.Tokens, s, i, x.keyBuf, func(b []byte) {
		z += t.w[string(b)]
	})
	return z
}

// learnedTrigger holds at a token of the tagger's gate that it tags as a
// cue: lower-case (unless the sentence opens with it or is a title),
// outside a quotation, scored over the threshold.
func learnedTrigger(x *ctx, s doc.Sentence, i int) bool {
	t := &cueTagger
	if !t.gate.Get(x.word[i], x.lower[i]) || !startsLowerOrFirst(x.tok(i).Text, i == s.First || x.title) {
		return false
	}
	return t.scoreAt(x, s, i) >= t.threshold
}

// learnedCue reads the attribution around a tagged cue with the
// cue-verb rule's steps, as a verb of class S, marked "learned" for the
// filter.
func (x *ctx) learnedCue(s doc.Sentence, i int) (cand, bool) {
	w := x.lower[i]
	c := cue{lemma: w, class: clauseClass, acts: acts{base: doc.Speech},
		ing: strings.HasSuffix(w, "ing"), past: strings.HasSuffix(w, "ed")}
	a, ok := x.readCue(s, i, c, "learned")
	if ok {
		a.Rule = "learned+" + a.Rule
	}
	return a, ok
}

// CueTagFeatures lists the tagger's features of token i of d (whose
// view is indexed), for training.
func CueTagFeatures(d *doc.Document, i int) []string {
	s := d.Sentences[d.View.Sentence[i]]
	var out []string
	cueTagFeatures(d.View.Lower, d.Tokens, s, i, nil, func(b []byte) { out = append(out, string(b)) })
	return out
}

// RuleWord reports whether a rule of the registry can take the word
// (lower-cased): the tagger leaves those words to the rules.
func RuleWord(w string) bool {
	for name, ws := range triggerWords {
		if name == learnedRule {
			continue
		}
		for _, v := range ws {
			if v == w {
				return true
			}
		}
	}
	return false
}
