// Package speaker owns quote attribution: which mention in the text speaks
// each quotation that the cue rules of loaders/attrib left without a
// speaker.
//
// It is built the way Stanford CoreNLP's QuoteAttributionAnnotator is: an
// ordered list of small quote-to-mention sieves (sieves.go), each named
// for the pattern it handles, each tried on every quotation that no
// earlier sieve or cue rule attributed, and each recording its name in
// the attribution it makes (doc.Attribution.Rule). The sieves run from the
// most reliable (a reporting verb right next to the quote) to the last
// resort (the closest mention). Which entity the mention means is the
// mention-to-speaker step, done by loaders/entity's resolution.
//
// The stage runs after the attribution stage and before resolution.
// Besides adding attributions, it mends faults of the cue rules that hide
// a quotation's speaker: a source-less report whose content overran into
// the next report, and a colon after page furniture ("More: …"), are
// dropped (prune); a source-less report of a quotation takes the subject a
// cue sieve reads next to it (repair).
package speaker

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/entity"
)

// A sieve looks at one quotation and returns the attribution it makes
// for it, or false. It must not modify the document.
type sieve struct {
	name string
	run  func(x *ctx, q doc.Quote) (doc.Attribution, bool)
}

// Attribute adds an attribution for each quotation that the cue rules
// left unattributed and that some sieve can attribute. Quotations are
// taken in text order, so that a follow-on quote can continue the
// attribution a sieve made for the quote before it. It is linear in the
// text: each sieve looks at a bounded stretch around its quote.
func Attribute(d *doc.Document) {
	prune(d)
	x := newCtx(d)
	x.repair()
	for _, qi := range x.quotes {
		q := d.Quotes[qi]
		if x.covered(q) {
			continue
		}
		for _, s := range sieves {
			a, ok := s.run(x, q)
			if !ok {
				continue
			}
			a.Rule = s.name
			a.SpeakerEntity = -1
			if a.Kind == "" {
				a.Kind = doc.Direct
			}
			d.Attributions = append(d.Attributions, a)
			x.add(len(d.Attributions) - 1)
			break
		}
	}
}

// Sieve reports whether rule names one of this package's sieves.
func Sieve(rule string) bool {
	for _, s := range sieves {
		if s.name == rule {
			return true
		}
	}
	return false
}

// prune drops the attributions that the cue rules made without a source
// and whose content runs over another attribution's source and cue
// ("… was announced Bob Neill, leader of …, said: “…”"): the content
// overran into the next report, which holds the quotation.
func prune(d *doc.Document) {
	sources := make([]int, 0, len(d.Attributions))
	for _, a := range d.Attributions {
		if !a.Speaker.Empty() {
			sources = append(sources, a.Speaker.Start)
		}
	}
	sort.Ints(sources)
	out := d.Attributions[:0]
	for _, a := range d.Attributions {
		if a.Lemma == ":" && label(d, a.Speaker) {
			continue
		}
		if a.Speaker.Empty() {
			k := sort.SearchInts(sources, a.Content.Start)
			if k < len(sources) && sources[k] < a.Content.End && sources[k] > a.Cue.End {
				continue
			}
		}
		out = append(out, a)
	}
	d.Attributions = out
}

// label reports a one-word "speaker" before a colon that is a common
// word, not a name: page furniture and credits ("More: …", "SOURCE: News
// agencies", "Related: …") that a page's text keeps.
func label(d *doc.Document, s doc.Span) bool {
	w := strings.TrimSpace(d.Slice(s))
	return w != "" && !strings.ContainsAny(w, " \n") && entity.CommonWord(w)
}

// repair gives a speaker to an attribution that the cue rules made for a
// quotation without finding its source ("Speaking after the
// investigation was announced Bob Neill, leader of …, said: “…”";
// "Describing the meeting, he said: “…”", where the participle's subject
// is the verb's), when a cue sieve reads a subject next to the
// quotation. The attribution's rule then names that sieve too.
func (x *ctx) repair() {
	for i := range x.d.Attributions {
		a := &x.d.Attributions[i]
		if x.noSpeaker(a.Speaker) {
			// A participle, a lone determiner, a month or a
			// contraction never speaks ("Describing the night, he
			// said", "Dec."): no source is better than a wrong one.
			a.Speaker = doc.Span{}
		}
		if !a.Speaker.Empty() || a.Cue.Empty() {
			continue
		}
		k := sort.Search(len(x.quotes), func(j int) bool { return x.d.Quotes[x.quotes[j]].Inner.End > a.Content.Start })
		for _, qi := range x.quotes[k:] {
			q := x.d.Quotes[qi]
			if q.Inner.Start > a.Content.End {
				break
			}
			if !a.Content.Overlaps(q.Inner) {
				continue
			}
			if b, rule, ok := x.cueSieve(q); ok {
				a.Speaker = b.Speaker
				a.Rule = strings.TrimPrefix(a.Rule+"+"+rule, "+")
			}
			break
		}
	}
}

// noSpeaker reports a one-word speaker phrase that cannot name a speaker:
// a capitalised participle ("Arguing"), a lone determiner ("The"), a
// month's abbreviation ("Dec.") or a contraction ("We're").
func (x *ctx) noSpeaker(s doc.Span) bool {
	if s.Empty() {
		return false
	}
	w := x.d.Slice(s)
	if strings.ContainsAny(w, " \n") {
		return false
	}
	low := strings.ToLower(strings.TrimSuffix(w, "."))
	switch {
	case capital(w) && strings.HasSuffix(low, "ing") && len(low) > 5:
		return true
	case loneDeterminers[low] || months[low]:
		return true
	}
	for _, c := range []string{"'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"} {
		if strings.HasSuffix(low, c) {
			return true
		}
	}
	return false
}

var loneDeterminers = map[string]bool{"the": true, "a": true, "an": true, "this": true, "these": true, "those": true}

var months = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

// cueSieve runs the sieves that read a cue next to the quotation.
func (x *ctx) cueSieve(q doc.Quote) (doc.Attribution, string, bool) {
	if a, ok := cueBefore(x, q); ok {
		return a, "cue-before", true
	}
	if a, ok := cueAfter(x, q); ok {
		return a, "cue-after", true
	}
	return doc.Attribution{}, "", false
}

// ctx holds the per-document lookups the sieves share.
type ctx struct {
	d *doc.Document
	// quotes indexes d.Quotes: the outer quotations holding a word.
	quotes []int
	// byEnd lists attributions by the end of their extent (speaker, cue
	// and content together), for "the attribution just before"; byCue
	// lists them by their cue's start.
	byEnd, byCue []int
	// contents are the cue rules' contents by start, and reach[i] the
	// furthest end among contents[:i+1], so that "does a content overlap
	// this quotation" is one binary search. The sieves' own contents are
	// the quotations themselves, which never overlap a later one.
	contents []doc.Span
	reach    []int
	// personEnds maps where a person's name mention ends to it.
	personEnds map[int]doc.Mention
}

type personEndsKey struct{}

func newCtx(d *doc.Document) *ctx {
	// The lists are made at their size (the attributions', the
	// quotations') rather than grown.
	n := len(d.Attributions)
	order := make([]int, 2*n)
	x := &ctx{d: d, quotes: make([]int, 0, len(d.Quotes)), byEnd: order[:0:n], byCue: order[n:n], contents: make([]doc.Span, 0, n)}
	for i, q := range d.Quotes {
		if !q.Nested && x.hasWord(q.Inner) && inBody(d, q.Span) {
			x.quotes = append(x.quotes, i)
		}
	}
	for i, a := range d.Attributions {
		x.byEnd = append(x.byEnd, i)
		x.byCue = append(x.byCue, i)
		if !a.Content.Empty() {
			x.contents = append(x.contents, a.Content)
		}
	}
	slices.SortStableFunc(x.byEnd, func(i, j int) int {
		return cmp.Compare(extent(d.Attributions[i]).End, extent(d.Attributions[j]).End)
	})
	slices.SortStableFunc(x.byCue, func(i, j int) int {
		return cmp.Compare(d.Attributions[i].Cue.Start, d.Attributions[j].Cue.Start)
	})
	slices.SortFunc(x.contents, func(a, b doc.Span) int { return cmp.Compare(a.Start, b.Start) })
	person := func(m doc.Mention) bool {
		return m.Kind == doc.NameMention && m.Entity >= 0 && m.Entity < len(d.Entities) && d.Entities[m.Entity].Type == doc.Person
	}
	// The map goes from article to article (doc.Scratch), emptied.
	x.personEnds = doc.ScratchMap[int, doc.Mention](&d.Scratch, personEndsKey{})
	for _, m := range d.Mentions {
		if person(m) {
			x.personEnds[m.End] = m
		}
	}
	x.reach = make([]int, len(x.contents))
	for i, c := range x.contents {
		x.reach[i] = c.End
		if i > 0 && x.reach[i-1] > c.End {
			x.reach[i] = x.reach[i-1]
		}
	}
	return x
}

func inBody(d *doc.Document, s doc.Span) bool {
	return s.Start >= d.BodyStart && s.End <= d.BodyEnd
}

// add inserts attribution i into byEnd and byCue.
func (x *ctx) add(i int) {
	x.byEnd = insert(x.byEnd, i, func(j int) int { return extent(x.d.Attributions[j]).End })
	x.byCue = insert(x.byCue, i, func(j int) int { return x.d.Attributions[j].Cue.Start })
}

// insert puts i into list, kept sorted by key.
func insert(list []int, i int, key func(int) int) []int {
	k := key(i)
	at := sort.Search(len(list), func(j int) bool { return key(list[j]) > k })
	list = append(list, 0)
	copy(list[at+1:], list[at:])
	list[at] = i
	return list
}

// extent is the stretch an attribution's speaker, cue and content cover.
func extent(a doc.Attribution) doc.Span {
	s := a.Content
	for _, o := range []doc.Span{a.Speaker, a.Cue} {
		if o.Empty() {
			continue
		}
		if s.Empty() || o.Start < s.Start {
			s.Start = o.Start
		}
		if s.Empty() || o.End > s.End {
			s.End = o.End
		}
	}
	return s
}

// covered reports whether a cue rule's content already holds q.
func (x *ctx) covered(q doc.Quote) bool {
	k := sort.Search(len(x.contents), func(i int) bool { return x.contents[i].Start >= q.Inner.End })
	return k > 0 && x.reach[k-1] > q.Inner.Start
}

// before returns the attribution whose extent ends last at or before
// pos, or -1.
func (x *ctx) before(pos int) int {
	k := sort.Search(len(x.byEnd), func(j int) bool { return extent(x.d.Attributions[x.byEnd[j]]).End > pos })
	if k == 0 {
		return -1
	}
	return x.byEnd[k-1]
}

// tokenAt returns the index of the first token that ends after b.
func (x *ctx) tokenAt(b int) int {
	return sort.Search(len(x.d.Tokens), func(i int) bool { return x.d.Tokens[i].End > b })
}

// sentenceOf returns the index of the sentence holding byte b, or -1.
func (x *ctx) sentenceOf(b int) int {
	ss := x.d.Sentences
	k := sort.Search(len(ss), func(i int) bool { return ss[i].End > b })
	if k < len(ss) && ss[k].Start <= b {
		return k
	}
	return -1
}

// paraOf returns the index of the paragraph holding byte b.
func (x *ctx) paraOf(b int) int {
	ps := x.d.Paragraphs
	return sort.Search(len(ps), func(i int) bool { return ps[i].End > b })
}

func (x *ctx) hasWord(s doc.Span) bool {
	return x.words(s) > 0
}

// words counts the word tokens inside s.
func (x *ctx) words(s doc.Span) int {
	n := 0
	for i := x.tokenAt(s.Start); i < len(x.d.Tokens) && x.d.Tokens[i].End <= s.End; i++ {
		if x.d.Tokens[i].Kind == doc.Word {
			n++
		}
	}
	return n
}

// utterance reports whether a quotation reads as someone's words rather
// than a scare-quoted term or a title: not title-cased, and a sentence of
// its own (capital first, or punctuation closing it inside the marks) or
// at least six words.
func (x *ctx) utterance(q doc.Quote) bool {
	text := x.d.Slice(q.Inner)
	first, _ := utf8.DecodeRuneInString(text)
	last, _ := utf8.DecodeLastRuneInString(text)
	n := x.words(q.Inner)
	if x.titleCased(q.Inner) {
		return false
	}
	if n >= 6 {
		return true
	}
	return n >= 2 && (unicode.IsUpper(first) || last == ',' || last == '.' || last == '?' || last == '!')
}

// titleCased reports a short quotation whose longer words are nearly all
// capitalised: the title of a song, a book or a show ("What a Fool
// Believes", "Financial Freedom: A Proven Path to All the Money You Will
// Ever Need"), not someone's words.
func (x *ctx) titleCased(s doc.Span) bool {
	long, caps := 0, 0
	for i := x.tokenAt(s.Start); i < len(x.d.Tokens) && x.d.Tokens[i].End <= s.End; i++ {
		t := x.d.Tokens[i]
		if t.Kind != doc.Word || len(t.Text) <= 3 {
			continue
		}
		if long++; long > 16 {
			return false
		}
		if capital(t.Text) {
			caps++
		}
	}
	return long >= 2 && caps*4 >= long*3
}

// trimmed returns the quotation's inner span without the outer spaces.
func (x *ctx) trimmed(q doc.Quote) doc.Span {
	s := q.Inner
	for s.Start < s.End && unicode.IsSpace(rune(x.d.Text[s.Start])) {
		s.Start++
	}
	for s.End > s.Start && unicode.IsSpace(rune(x.d.Text[s.End-1])) {
		s.End--
	}
	return s
}
