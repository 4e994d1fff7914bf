package attrib

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// ctx carries per-document lookups shared by the sentence rules. The
// lower-cased tokens and the in-quote mask are the document's view
// (doc.View), which segment and quotes fill once for every stage.
type ctx struct {
	d     *doc.Document
	lower []string // d.View.Lower
	word  []int32  // d.View.Word
	// inQuote[i] is true when token i lies inside a quotation, where a
	// cue reports nested speech that PolNeAR and we do not annotate
	// (d.View.InQuote).
	inQuote []bool
	// quoteAt maps a closing or opening mark's byte offset to its quote.
	quoteEnd   map[int]int
	quoteStart map[int]int
	// weak[k] names the stricter rule that would have dropped candidate
	// k of d.Attributions, for the filter to weigh; empty for most.
	weak []string
	// first is the index in d.Attributions of the current sentence's
	// first candidate, and title tells a title-case headline, in which
	// cue verbs are capitalized too; sentence sets both.
	first int
	title bool
	// frame is the cue-verb rule's frame for the cue it reads.
	frame frame
	// ingComma[i] is the first comma (or closing mark after a comma) at
	// or after token i that a participle cue follows ("…, saying"), or
	// -1; computed once so that cutting contents at it stays linear on a
	// 10 MB sentence.
	ingComma []int32 // (32 bits: one per token)
	// lowerBuf is the filter's lower-casing buffer (featureSet.buf),
	// keyBuf eachEndFeature's.
	lowerBuf, keyBuf []byte
	// endWords is newEndContent's storage for its word counts.
	endWords []int
	// filterIDs[i] is 2 plus the filter's id of token i's word once
	// filterWord has looked it up, 1 when the filter has none, 0 before.
	filterIDs []int32
}

func newCtx(d *doc.Document) *ctx {
	// A caller that ran segment and quotes has the view; one that built
	// the tokens by hand gets it here.
	if !d.View.Indexed(len(d.Tokens)) {
		d.IndexTokens()
	}
	if !d.View.Masked(len(d.Tokens)) {
		d.MaskQuotes()
	}
	st := storeOf(d)
	x := &ctx{d: d, lower: d.View.Lower, word: d.View.Word, inQuote: d.View.InQuote,
		quoteEnd: st.quoteEnd, quoteStart: st.quoteStart}
	for qi, q := range d.Quotes {
		x.quoteStart[q.Start] = qi
		if q.Closed {
			x.quoteEnd[q.End] = qi
		}
	}
	if cap(st.ingComma) < len(d.Tokens) {
		st.ingComma = make([]int32, len(d.Tokens))
	}
	x.ingComma = st.ingComma[:len(d.Tokens)]
	if cap(st.filterIDs) < len(d.Tokens) {
		st.filterIDs = make([]int32, len(d.Tokens))
	}
	x.filterIDs = st.filterIDs[:len(d.Tokens)]
	clear(x.filterIDs)
	next := int32(-1)
	for i := len(d.Tokens) - 1; i >= 0; i-- {
		// The commas first: they rule out most tokens without a lookup.
		if i+1 < len(d.Tokens) && (d.Tokens[i].Text == "," && !x.inQuote[i] || i > 0 && d.Tokens[i-1].Text == "," && x.isCloseQuote(i)) && cueFormWords.Get(x.word[i+1], x.lower[i+1]).c.ing {
			// (“… a chance,” adding …: the comma inside the marks.)
			next = int32(i)
		}
		x.ingComma[i] = next
	}
	return x
}

// store is newCtx's storage kept in doc.Document.Scratch, so that a
// reused document (pipeline.Runner) lends the quote maps and the
// per-token ingComma of the article before instead of making them
// again. Two ctx of one document share it: both fill it from the same
// tokens and quotes.
type store struct {
	quoteEnd, quoteStart map[int]int
	ingComma, filterIDs  []int32
}

type storeKey struct{}

// storeOf returns d's store with its maps emptied.
func storeOf(d *doc.Document) *store {
	st, _ := d.Scratch.Get(storeKey{}).(*store)
	if st == nil {
		st = &store{quoteEnd: map[int]int{}, quoteStart: map[int]int{}}
		d.Scratch.Put(storeKey{}, st)
	}
	clear(st.quoteEnd)
	clear(st.quoteStart)
	return st
}

func lower(s string) string { return doc.Lower(s) }

// lowerAt is lower(d.Tokens[k].Text), read from the token view when
// segment filled it: no string is lower-cased again.
func lowerAt(d *doc.Document, k int) string {
	if d.View.Indexed(len(d.Tokens)) {
		return d.View.Lower[k]
	}
	return lower(d.Tokens[k].Text)
}

func (x *ctx) tok(i int) doc.Token { return x.d.Tokens[i] }

func (x *ctx) is(i int, words ...string) bool {
	if i < 0 || i >= len(x.lower) {
		return false
	}
	for _, w := range words {
		if x.lower[i] == w {
			return true
		}
	}
	return false
}

func (x *ctx) isOpenQuote(i int) bool {
	if i < 0 || i >= len(x.d.Tokens) || x.d.Tokens[i].Kind != doc.QuoteMark {
		return false
	}
	_, ok := x.quoteStart[x.d.Tokens[i].Start]
	return ok
}

func (x *ctx) isCloseQuote(i int) bool {
	if i < 0 || i >= len(x.d.Tokens) || x.d.Tokens[i].Kind != doc.QuoteMark {
		return false
	}
	_, ok := x.quoteEnd[x.d.Tokens[i].End]
	return ok
}

// afterQuote reports whether token k closes a quote, or is the comma
// right after one (“…,” X said / “…”, X said).
func (x *ctx) afterQuote(k int) bool {
	return x.isCloseQuote(k) || x.is(k, ",") && x.isCloseQuote(k-1)
}

// openerOf returns the token that opens the quote whose closing mark is
// token j, or -1.
func (x *ctx) openerOf(j int) int {
	if !x.isCloseQuote(j) {
		return -1
	}
	return tokenAt(x.d, x.d.Quotes[x.quoteEnd[x.tok(j).End]].Start)
}

func capitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// titleCase reports whether s is a title-case headline ("Former Clinton
// Pollster Says Clinton Is In Trouble"), where a cue verb is capitalized
// too: at least five words, nearly all capitalized.
func (x *ctx) titleCase(s doc.Sentence) bool {
	if s.Para != 0 {
		return false
	}
	words, caps := 0, 0
	for k := s.First; k < s.Last; k++ {
		if x.tok(k).Kind != doc.Word {
			continue
		}
		words++
		if capitalized(x.tok(k).Text) {
			caps++
		}
	}
	return words >= 5 && caps*10 >= words*8
}

func startsLowerOrFirst(w string, first bool) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) || first
}

func isDash(t string) bool { return t == "\u2014" || t == "\u2013" || t == "--" }

func (x *ctx) onlyPunctBetween(from int, at int) bool {
	for k := from; k < len(x.d.Tokens) && x.tok(k).Start < at; k++ {
		if x.tok(k).Kind == doc.Word || x.tok(k).Kind == doc.Number || k-from > 4 {
			return false
		}
	}
	return true
}

func (x *ctx) paraOf(b int) int {
	lo, hi := 0, len(x.d.Paragraphs)
	for lo < hi {
		m := (lo + hi) / 2
		if x.d.Paragraphs[m].End < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// tokenAt returns the index of the token that starts at byte b, or -1.
func tokenAt(d *doc.Document, b int) int {
	k := firstTokenFrom(d, b)
	if k < len(d.Tokens) && d.Tokens[k].Start == b {
		return k
	}
	return -1
}

// firstTokenFrom is the index of the first token starting at or after
// byte b (len(d.Tokens) when none does): tokens are in text order.
func firstTokenFrom(d *doc.Document, b int) int {
	return sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= b })
}

func (x *ctx) isIng(k int) bool {
	if k < 0 || k >= len(x.lower) {
		return false
	}
	c, ok := x.cueFormAt(k)
	return ok && c.ing
}

func possessive(w string) bool {
	return strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") || w == "his" || w == "her" || w == "their" || w == "its" || w == "our" || w == "my" || w == "your"
}

// sentenceBefore returns the index of the sentence before s in the same
// paragraph, or -1.
func (x *ctx) sentenceBefore(s doc.Sentence) int {
	if s.First <= 0 || s.First >= len(x.d.View.Sentence) {
		return -1
	}
	si := int(x.d.View.Sentence[s.First])
	if si == 0 || x.d.Sentences[si-1].Para != s.Para {
		return -1
	}
	return si - 1
}

// adverb reports whether token k is a lower-case -ly adverb.
func (x *ctx) adverb(k int) bool {
	w := x.lower[k]
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !notAdverbs[w] && !capitalized(x.tok(k).Text)
}

func relativePronoun(s string) bool {
	switch strings.ToLower(s) {
	case "who", "which", "that", "whom":
		return true
	}
	return false
}

// touching reports whether token k has no space on either side, like the
// hyphen in "R-Texas" and unlike the dash in "Emanuel - who".
func (x *ctx) touching(k int) bool {
	return k > 0 && k+1 < len(x.d.Tokens) && x.d.Tokens[k-1].End == x.d.Tokens[k].Start && x.d.Tokens[k].End == x.d.Tokens[k+1].Start
}

// dotInWord reports whether token k is a full stop between two words with
// no space ("Harbor.com"): part of a name, not a sentence's end.
func (x *ctx) dotInWord(k int) bool {
	return x.tok(k).Text == "." && x.touching(k) && x.tok(k-1).Kind == doc.Word && x.tok(k+1).Kind == doc.Word
}

// contractionLen returns the byte length of an auxiliary contracted onto a
// pronoun ("’s" in "He’s"), or 0.
func contractionLen(w string) int {
	if !subjectPronouns[lower(w)] {
		return 0
	}
	for _, c := range []string{"’s", "'s", "’ve", "'ve", "’d", "'d", "’re", "'re", "’ll", "'ll", "’m", "'m"} {
		if strings.HasSuffix(w, c) {
			return len(c)
		}
	}
	return 0
}
