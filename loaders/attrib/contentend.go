package attrib

import (
	_ "embed"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// A content read after its cue runs to its sentence's end ("said the
// pier was safe, which pleased the pilots"), and PolNeAR's annotators
// often end it sooner: at a comma, a dash or a semicolon, or before a
// conjunction or a preposition that opens the writer's next clause or
// adjunct. No single such word is a rule (", which" ends a gold content
// about as often as it does not), but together with the words around it
// it is a fair guess, so a second small logistic regression, trained on
// PolNeAR train like the filter, reads each such place in a kept
// content and ends the content at the first it scores above its
// threshold:
//
//	go run ./loaders/attrib/internal/trainend -train ../shared/data/polnear/train.jsonl -out loaders/attrib/contentend.tsv
//
// deterministically. It runs after the filter and after the rule-written
// endings (content.go), and looks at most endLookahead tokens into the
// content, so it stays linear in the text. The weights hold single
// lower-cased words and lemmas as feature names, no article text.
//
//go:embed contentend.tsv
var endData string

// endLookahead bounds how far into a content the ending looks.
const endLookahead = 80

// endModel holds the weights of the learned ending; read-only after init.
type endModel struct {
	w               map[string]float64
	bias, threshold float64
	ids             *endIDs // w by value ids, for Extract (contentendid.go)
}

var contentEnd = parseEndModel(endData)

func parseEndModel(data string) endModel {
	var m endModel
	m.w, m.bias, m.threshold = parseWeights(data)
	ids := newEndIDs(m.w)
	m.ids = &ids
	return m
}

// EndProb is the learned ending's probability that a content ends at a
// place with these features.
func (m endModel) EndProb(features []string) float64 {
	z := m.bias
	for _, f := range features {
		z += m.w[f]
	}
	return 1 / (1 + math.Exp(-z))
}

// endWords open a clause or an adjunct that may lie outside the content
// ("…, which …", "… in a speech", "… and the council …"); grammar words.
var endWords = set("and", "but", "in", "on", "at", "during", "after", "as", "when", "while", "because", "with", "by",
	"before", "since", "though", "although", "amid", "despite", "including", "who", "which", "where")

// endPlace is one place where a content may end: the content would end
// at byte End, before token Tok.
type endPlace struct {
	Tok, End int
}

// endPlaces lists the places where a's content may end, in order: the
// content must follow its cue, or hold it (endFrom).
func (x *ctx) endPlaces(a doc.Attribution) []endPlace {
	k := x.endFrom(a)
	if k < 0 {
		return nil
	}
	// An ending leaves no quotation out of the content: the quote sieves
	// would read it as an attribution of its own.
	from := k + 1
	for e := k; e < len(x.d.Tokens) && e-k <= endLookahead && x.tok(e).End <= a.Content.End; e++ {
		if x.inQuote[e] || x.tok(e).Kind == doc.QuoteMark {
			from = e + 1
		}
	}
	from = x.pastFrontedAdjunct(k, from, a.Content.End)
	var out []endPlace
	inner := -1 // the comma that closes a parenthetical ("the pier, which was old, would …")
	for e := from; e < len(x.d.Tokens) && e-k <= endLookahead && x.tok(e).End <= a.Content.End; e++ {
		t := x.tok(e)
		if e < inner {
			continue
		}
		if t.Text == "," {
			inner = x.parentheticalEnd(e, a.Content.End)
		}
		if e < inner {
			continue
		}
		w := e
		if t.Kind != doc.Word {
			w = e + 1
		}
		if x.is(w, "and", "but", "or") && x.is(w+1, "that") {
			// "told him that … but that …": both clauses are the content.
			continue
		}
		if t.Text == "," || t.Text == ";" || dashes[t.Text] || t.Kind == doc.Word && endWords[x.lower[e]] {
			if end := x.trimEnd(doc.Span{Start: a.Content.Start, End: x.tok(e - 1).End}); !end.Empty() {
				out = append(out, endPlace{Tok: e, End: end.End})
			}
		}
	}
	return out
}

// pastFrontedAdjunct returns where the ending may start reading a
// content that opens after "that," at k ("said that, unless the talks
// resume, the pilots …"): past the comma that closes the fronted
// adjunct, whose clause is the content's own; else from.
func (x *ctx) pastFrontedAdjunct(k, from, end int) int {
	if k < 2 || !x.is(k-1, ",") || !x.is(k-2, "that") {
		return from
	}
	for e := k; e < len(x.d.Tokens) && e-k <= endLookahead && x.tok(e).End <= end; e++ {
		if x.tok(e).Text == "," {
			return max(from, e+1)
		}
	}
	return from
}

// auxiliaries open a verb phrase: after a comma they close a
// parenthetical inside the subject ("the pier, which was old, would
// reopen"); grammar words.
var auxiliaries = set("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
	"may", "might", "must", "did", "does", "do")

// parentheticalEnd returns the index of the comma that closes a
// parenthetical opened by the comma at e, when an auxiliary follows it
// inside the content, else -1.
func (x *ctx) parentheticalEnd(e, end int) int {
	for j := e + 1; j+1 < len(x.d.Tokens) && j-e <= endLookahead && x.tok(j+1).End <= end; j++ {
		if x.tok(j).Text == "," {
			if auxiliaries[x.lower[j+1]] {
				return j
			}
			return -1
		}
	}
	return -1
}

// endFrom is the first token of the part of a's content that the
// learned ending reads: the content when it follows its cue, or what
// follows the cue when the content holds it ("The talks are expected to
// resume on Monday, as the pilots asked"); else -1.
func (x *ctx) endFrom(a doc.Attribution) int {
	if k := x.firstContentToken(a); k >= 0 {
		return k
	}
	if a.Content.Start < a.Cue.Start && a.Cue.End < a.Content.End {
		if k := firstTokenFrom(x.d, a.Cue.End); k < len(x.d.Tokens) {
			return k
		}
	}
	return -1
}

// endContent is one content the learned ending reads, with what its
// places' features share.
type endContent struct {
	a       doc.Attribution
	places  []endPlace
	first   int    // the content's first token
	last    int    // the first token after the content
	pattern string // the rule's name up to its "+"
	// words[j] counts the word tokens in [first, first+j).
	words []int
	// verb is the content's first token that reads as a verb (verbLike),
	// names the first word after a leading "that" that is not
	// capitalized; each is last when there is none.
	verb, names int
}

func (x *ctx) newEndContent(a doc.Attribution) endContent {
	c := endContent{a: a, places: x.endPlaces(a), first: firstTokenFrom(x.d, a.Content.Start), last: firstTokenFrom(x.d, a.Content.End)}
	if len(c.places) == 0 {
		return c
	}
	c.pattern, _, _ = strings.Cut(a.Rule, "+")
	// The counts' storage goes from content to content: a content's
	// are read before the next one's are made.
	c.words = slices.Grow(x.endWords[:0], c.last-c.first+1)[:c.last-c.first+1]
	x.endWords = c.words
	c.words[0] = 0
	c.verb, c.names = x.verbAndNames(c.first, c.last)
	for j := c.first; j < c.last; j++ {
		c.words[j-c.first+1] = c.words[j-c.first]
		if x.tok(j).Kind == doc.Word {
			c.words[j-c.first+1]++
		}
	}
	return c
}

// verbAndNames returns the first token in [first, last) that reads as a
// verb and the first word, after a leading "that", that is not
// capitalized (last for none): a comma before either opens an apposition
// or a parenthetical inside the content's subject ("said Omar Mateen, the
// gunman, held two licenses") more often than it ends the content.
func (x *ctx) verbAndNames(first, last int) (int, int) {
	verb, names := last, last
	start := first
	if x.is(start, "that") {
		start++
	}
	// Places lie within endLookahead tokens of the content's start, so
	// nothing past them is read.
	for j := first; j < last && j-first <= endLookahead && (verb == last || names == last); j++ {
		t := x.tok(j)
		if t.Kind != doc.Word {
			continue
		}
		if verb == last && verbLike(x.lower[j]) {
			verb = j
		}
		if names == last && j >= start && !capitalized(t.Text) {
			names = j
		}
	}
	return verb, names
}

// listAhead reports whether a comma, "and" or "or" follows within three
// tokens after the place at e, before token last: the place is then
// more likely a list's comma ("its record, its policies and its
// finances") than the content's end.
func (x *ctx) listAhead(e, last int) bool {
	for j := e + 2; j <= e+4 && j < last; j++ {
		if x.is(j, ",", "and", "or") {
			return true
		}
	}
	return false
}

// verbAheadReach bounds how many tokens after a place verbAhead reads.
const verbAheadReach = 6

// verbAhead reports whether a verb-like word (verbLike) comes within
// verbAheadReach tokens from w, before token last or a mark: what
// follows the place is then a clause of its own, not a phrase.
func (x *ctx) verbAhead(w, last int) bool {
	for j := w; j < w+verbAheadReach && j < last; j++ {
		if x.tok(j).Kind == doc.Punct || x.tok(j).Kind == doc.QuoteMark {
			return false
		}
		if verbLike(x.lower[j]) {
			return true
		}
	}
	return false
}

// verbLike reports whether a lower-cased word reads as a finite verb
// without a tagger: an auxiliary, a negated one ("won't"), a past form
// ("-ed") or a verb of report.
func verbLike(w string) bool {
	return auxiliaries[w] || strings.Contains(w, "n't") || strings.Contains(w, "n’t") ||
		len(w) > 4 && strings.HasSuffix(w, "ed") || cueForms[w].lemma != ""
}

// endFeatures names the features of place i of c, for training: the
// content's (constEndFeatures), the place's (eachEndFeature) and the
// bias.
func (x *ctx) endFeatures(c *endContent, i int) []string {
	out := make([]string, 0, 16)
	add := func(key []byte) { out = append(out, string(key)) }
	constEndFeatures(c, add)
	x.eachEndFeature(c, i, add)
	return append(out, "bias")
}

// constEndFeatures calls fn with the features every place of c shares:
// the cue's lemma and the rule's pattern.
func constEndFeatures(c *endContent, fn func(key []byte)) {
	var buf [64]byte
	fn(append(append(buf[:0], "lemma="...), c.a.Lemma...))
	fn(append(append(buf[:0], "rule="...), c.pattern...))
}

// eachEndFeature calls fn with each feature of place i of c: the mark
// or word there and the words around it, and how far it lies into the
// content and before its end. The key is built in one buffer, so that
// scoring makes no string.
func (x *ctx) eachEndFeature(c *endContent, i int, fn func(key []byte)) {
	e := c.places[i].Tok
	t := x.tok(e)
	ch, w1 := "_", e
	if t.Kind != doc.Word {
		ch, w1 = t.Text, e+1
	}
	word := func(j int) string {
		if j < 0 || j >= len(x.lower) {
			return "<e>"
		}
		return x.lower[j]
	}
	cap1 := "0"
	if w1 < len(x.d.Tokens) && capitalized(x.tok(w1).Text) {
		cap1 = "1"
	}
	before, after := c.words[e-c.first], c.words[len(c.words)-1]-c.words[e-c.first]
	// The key is built in x.keyBuf: a buffer on the stack escaped to
	// the heap at every call, since fn may keep what it is given.
	emit := func(parts ...string) {
		b := x.keyBuf[:0]
		for _, p := range parts {
			b = append(b, p...)
		}
		x.keyBuf = b
		fn(b)
	}
	emit("ch=", ch)
	emit("w1=", word(w1))
	emit("w12=", word(w1), "_", word(w1+1))
	emit("b1=", word(e-1))
	emit("cap1=", cap1)
	emit("idx=", strconv.Itoa(min(i, 3)))
	emit("before=", strconv.Itoa(min(before/5, 6)))
	emit("after=", strconv.Itoa(min(after/5, 6)))
	emit("w1lemma=", word(w1), "_", c.a.Lemma)
	emit("last=", strconv.FormatBool(i == len(c.places)-1))
	emit("chw1=", ch, "_", word(w1))
	emit("first=", word(c.first), "_", strconv.Itoa(min(i, 1)))
	emit("w1suf=", suffix(word(w1)))
	emit("w2suf=", suffix(word(w1+1)))
	emit("vb=", ch, "_", bit(e > c.verb))
	emit("np=", ch, "_", bit(e <= c.names))
	emit("list=", ch, "_", bit(x.listAhead(e, c.last)))
	emit("tv=", ch, "_", bit(x.verbAhead(w1, c.last)))
}

// bit is "1" for true and "0" for false, a feature's value.
func bit(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// suffix is a word's last three letters, which tell a participle or an
// adverb from other words the weights have not seen.
func suffix(w string) string {
	n := 0
	for i := len(w); i > 0; {
		_, size := utf8.DecodeLastRuneInString(w[:i])
		i -= size
		if n++; n == 3 {
			return w[i:]
		}
	}
	return w
}

// endLearned ends a's content at the first place the learned ending
// scores at or above its threshold.
func (x *ctx) endLearned(m endModel, a *doc.Attribution) {
	if m.threshold < 0 {
		return
	}
	c := x.newEndContent(*a)
	if len(c.places) == 0 {
		return
	}
	ix := m.ids
	z0 := m.bias
	lemma := ix.id(c.a.Lemma)
	z0 += ix.get(eLemma, lemma, 0)
	z0 += ix.get(eRule, ix.id(c.pattern), 0)
	first := x.endWordID(ix, c.first)
	for i, p := range c.places {
		if z := x.endScore(ix, &c, i, first, lemma, z0); 1/(1+math.Exp(-z)) >= m.threshold {
			a.Content.End = p.End
			return
		}
	}
}

// EndCase is a kept attribution's content as Extract reads it before the
// learned ending, with the places where it may end (byte offsets) and
// their features: what trainend labels.
type EndCase struct {
	Attribution doc.Attribution
	Ends        []int
	Features    [][]string
}

// ContentEnds runs Extract's steps but the learned ending on d and
// returns its kept attributions' contents with their possible ends.
func ContentEnds(d *doc.Document) []EndCase {
	x := extract(d)
	var out []EndCase
	for _, a := range d.Attributions {
		c := x.newEndContent(a)
		ec := EndCase{Attribution: a}
		for i, p := range c.places {
			ec.Ends = append(ec.Ends, p.End)
			ec.Features = append(ec.Features, x.endFeatures(&c, i))
		}
		out = append(out, ec)
	}
	return out
}

// dashes are the tokens that set off an aside: the dashes, and the
// hyphens that stand for one between spaces ("the pier - a relic -").
var dashes = set("—", "–", "-", "--", "―")
