package attrib

import (
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/vocab"
)

// The learned ending scores a place fourteen times, once per feature; as
// string keys ("w12=which_was") each score built and hashed a key of its
// own. Scoring by ids instead, as the filter does (filterid.go), looks
// each word a place reads up once, by its bare text, and every feature
// is then one probe of a flat table: the same weights, added in the same
// order, so the same sums to the last bit.

// endTmpl is a template of the learned ending's features: the name
// before the first '=' of a feature ("w12" in "w12=which_was").
type endTmpl uint8

// The templates, in the order eachEndFeature emits them, the content's
// two after.
const (
	eCh endTmpl = iota
	eW1
	eW12
	eB1
	eCap1
	eIdx
	eBefore
	eAfter
	eW1Lemma
	eLast
	eChW1
	eFirst
	eW1Suf
	eW2Suf
	eVerb
	eNames
	eList
	eVerbAhead
	eLemma
	eRule
	nEndTemplates
)

// endTemplates names each template and says whether it joins two values
// with '_' (the pair's values are free words, which may hold '_'
// themselves: index splits a stored pair at each '_').
var endTemplates = [nEndTemplates]struct {
	name string
	pair bool
}{
	eCh: {"ch", false}, eW1: {"w1", false}, eW12: {"w12", true}, eB1: {"b1", false},
	eCap1: {"cap1", false}, eIdx: {"idx", false}, eBefore: {"before", false}, eAfter: {"after", false},
	eW1Lemma: {"w1lemma", true}, eLast: {"last", false}, eChW1: {"chw1", true}, eFirst: {"first", true},
	eW1Suf: {"w1suf", false}, eW2Suf: {"w2suf", false}, eVerb: {"vb", true}, eNames: {"np", true}, eList: {"list", true}, eVerbAhead: {"tv", true}, eLemma: {"lemma", false}, eRule: {"rule", false},
}

// endIDs is the learned ending's weights by value ids; read-only once
// built.
type endIDs struct {
	vals map[string]int32 // each value text of the weights
	// byWord is vals by vocabulary id, plus one (0: none), for the
	// words of tokens, whose ids segment found.
	byWord vocab.Table[int32]
	wid    weightTable // the weights by packed template and value ids
	// The ids of the values the features take from a closed set
	// (-1 when no weight has one): the numbers 0 to 6, false and true,
	// "<e>" (no word) and "_" (no mark).
	num            [7]int32
	boolean        [2]int32
	noWord, noMark int32
}

// newEndIDs indexes the weights w: each key is split into its template
// and values, which get ids in the order first seen (a key that no
// template makes is never scored, and is left out).
func newEndIDs(w map[string]float64) endIDs {
	ix := endIDs{vals: map[string]int32{}}
	byName := make(map[string]endTmpl, nEndTemplates)
	for t, tp := range endTemplates {
		byName[tp.name] = endTmpl(t)
	}
	intern := func(s string) int32 { return internID(ix.vals, s) }
	wid := make(map[uint64]float64, len(w))
	for key, v := range w {
		name, rest, ok := strings.Cut(key, "=")
		t, known := byName[name]
		if !ok || !known {
			continue
		}
		if !endTemplates[t].pair {
			wid[packFeature(tmpl(t), intern(rest), 0)] = v
			continue
		}
		// "w12=a_b_c" is a_b then c, or a then b_c: both are kept, and
		// only the one that the words read make is ever probed.
		for i := 0; i < len(rest); i++ {
			if rest[i] == '_' {
				wid[packFeature(tmpl(t), intern(rest[:i]), intern(rest[i+1:]))] = v
			}
		}
	}
	ix.wid = newWeightTable(wid)
	plusOne := make(map[string]int32, len(ix.vals))
	for s, id := range ix.vals {
		plusOne[s] = id + 1
	}
	ix.byWord = vocab.NewTable(plusOne)
	for n := range ix.num {
		ix.num[n] = ix.id(string(rune('0' + n)))
	}
	ix.boolean = [2]int32{ix.id("false"), ix.id("true")}
	ix.noWord, ix.noMark = ix.id("<e>"), ix.id("_")
	return ix
}

// id is the id of the value s, or -1 when no weight holds it.
func (ix *endIDs) id(s string) int32 {
	if id, ok := ix.vals[s]; ok {
		return id
	}
	return -1
}

// get is the weight of the feature of template t with values a and b
// (b is 0 for a template of one value); zero when a value has no id, as
// a key without a weight gives.
func (ix *endIDs) get(t endTmpl, a, b int32) float64 {
	if a < 0 || b < 0 {
		return 0
	}
	return ix.wid.get(packFeature(tmpl(t), a, b))
}

// endWordID is the id of the value word(j) of eachEndFeature.
func (x *ctx) endWordID(ix *endIDs, j int) int32 {
	if j < 0 || j >= len(x.lower) {
		return ix.noWord
	}
	return ix.byWord.Get(x.word[j], x.lower[j]) - 1
}

// endScore adds to z the weights of place i's features, those that
// eachEndFeature names, in its order. first is the id of the content's
// first word and lemma that of its cue's lemma.
func (x *ctx) endScore(ix *endIDs, c *endContent, i int, first, lemma int32, z float64) float64 {
	e := c.places[i].Tok
	t := x.tok(e)
	ch, w1 := ix.noMark, e
	if t.Kind != doc.Word {
		ch, w1 = ix.id(t.Text), e+1
	}
	cap1 := ix.num[0]
	if w1 < len(x.d.Tokens) && capitalized(x.tok(w1).Text) {
		cap1 = ix.num[1]
	}
	before, after := c.words[e-c.first], c.words[len(c.words)-1]-c.words[e-c.first]
	last := ix.boolean[0]
	if i == len(c.places)-1 {
		last = ix.boolean[1]
	}
	v1, v2 := x.endWordID(ix, w1), x.endWordID(ix, w1+1)
	z += ix.get(eCh, ch, 0)
	z += ix.get(eW1, v1, 0)
	z += ix.get(eW12, v1, v2)
	z += ix.get(eB1, x.endWordID(ix, e-1), 0)
	z += ix.get(eCap1, cap1, 0)
	z += ix.get(eIdx, ix.num[min(i, 3)], 0)
	z += ix.get(eBefore, ix.num[min(before/5, 6)], 0)
	z += ix.get(eAfter, ix.num[min(after/5, 6)], 0)
	z += ix.get(eW1Lemma, v1, lemma)
	z += ix.get(eLast, last, 0)
	z += ix.get(eChW1, ch, v1)
	z += ix.get(eFirst, first, ix.num[min(i, 1)])
	z += ix.get(eW1Suf, ix.id(suffix(x.endWord(w1))), 0)
	z += ix.get(eW2Suf, ix.id(suffix(x.endWord(w1+1))), 0)
	z += ix.get(eVerb, ch, ix.num[b2i(e > c.verb)])
	z += ix.get(eNames, ch, ix.num[b2i(e <= c.names)])
	z += ix.get(eList, ch, ix.num[b2i(x.listAhead(e, c.last))])
	z += ix.get(eVerbAhead, ch, ix.num[b2i(x.verbAhead(w1, c.last))])
	return z
}

// endWord is word(j) of eachEndFeature: the lower-cased token, or "<e>"
// past either end.
func (x *ctx) endWord(j int) string {
	if j < 0 || j >= len(x.lower) {
		return "<e>"
	}
	return x.lower[j]
}

// b2i is 1 for true and 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
