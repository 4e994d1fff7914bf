package entity

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/vocab"
)

// pending is a mention found by the scan, before entities are built: the
// scan decides what each name is, then later passes join surnames to full
// names and ruling groups to their governments, and only then do the
// entities get their indexes.
type pending struct {
	span   doc.Span
	kind   doc.MentionKind
	key    string // the entity ID
	typ    doc.EntityType
	name   string // the canonical name
	alias  string // the surface form
	gender byte
	role   string
	// affTok is the token where the affiliation's name starts, or -1;
	// affKey is the affiliation's ID when it is known at once.
	affTok  int
	affKey  string
	country string // the country a place or government belongs to
	titled  bool   // preceded by an honorific or a title
	// single is set for a one-word name whose meaning waits until the
	// whole article is read ("Blair" after "Tony Blair").
	single   bool
	fallback doc.EntityType
	tok      int // first token
	drop     bool
	// peer marks a name that keeps its title ("Lord Carrick").
	peer bool
}

type recognizer struct {
	d       *doc.Document
	toks    []doc.Token
	lw      []string // lower-cased token texts
	wid     []int32  // their vocabulary ids (doc.View.Word)
	inQuote []bool
	start   []bool // the token starts a sentence, a headline or a quote
	nl      []bool // nameLike of the token's text
	head    []bool // the token is in the headline
	midCaps map[string]bool
	ms      []pending
	flagBuf []bool         // start, head and nl, one array
	acr     map[string]int // acronym or alias defined in text → pending index
	// affil carries "Afghan" or "Labour" forward to the titled name after it.
	affil string
	// peers maps a peer's or royal's last name word to the name it
	// was first given with its title.
	peers map[string]string
	// ruling maps a government's key to the group that rules it here.
	ruling map[string]string
	// first is the first token of the sentence being read.
	first int
	// buf, gbuf and jbuf are titleAt's, gazMatch's and joinScratch's
	// scratch space for joined words.
	buf, gbuf, jbuf []byte
	// kept is the storage lent by the article before (scratch).
	kept *scratch
}

const homeGov = "@home"

// Recognize fills d.Mentions and d.Entities with named mentions.
// It reads tokens once, left to right, with a few tokens of look-around,
// so it runs in time linear in the text.
func Recognize(d *doc.Document) {
	d.Mentions = d.Mentions[:0]
	d.Entities = d.Entities[:0]
	if len(d.Tokens) == 0 {
		return
	}
	r := &recognizer{d: d, toks: d.Tokens, acr: map[string]int{}}
	// The pending mentions and the flags are the stage's largest
	// allocations: a reused document (pipeline.Runner) lends them from
	// the article before.
	kept, _ := d.Scratch.Get(scratchKey{}).(*scratch)
	if kept == nil {
		kept = &scratch{}
		d.Scratch.Put(scratchKey{}, kept)
	}
	r.ms, r.flagBuf, r.kept = kept.ms[:0], kept.flags, kept
	defer func() { kept.ms, kept.flags = r.ms, r.flagBuf }()
	r.flags()
	for si := range d.Sentences {
		s := d.Sentences[si]
		if s.First < 0 || s.Last > len(d.Tokens) || s.First >= s.Last {
			continue
		}
		if shouting(d.Tokens[s.First:s.Last]) {
			continue
		}
		r.sentence(s.First, s.Last)
	}
	r.resolveSingles()
	r.oneReading()
	r.rulingGroups()
	r.build()
}

// scratch is Recognize's storage kept in doc.Document.Scratch: the
// per-token and per-mention tables are made once and emptied for each
// article rather than made again (the maps are cleared, which keeps
// their room).
type scratch struct {
	ms      []pending
	flags   []bool
	inQuote []bool
	midCaps map[string]bool
	index   map[string]int // addMentions' entity by key
	byTok   map[int]int    // addMentions' entity by first token
	// nameParts' tables, and the storage of its lists.
	parts     map[string][]int
	alias     map[string]int
	partPairs []namePart
	partFlat  []int
}

type scratchKey struct{}

// shouting reports an all-capitals stretch (a wire headline), where case
// tells nothing about names.
func shouting(toks []doc.Token) bool {
	up, words := 0, 0
	for _, t := range toks {
		if t.Kind != doc.Word {
			continue
		}
		words++
		if isUpperWord(t.Text) {
			up++
		}
	}
	return words >= 3 && up*10 >= words*7
}

func isUpperWord(s string) bool {
	// ASCII bytes first, without decoding: shouting asks this of every
	// word, and most are lower-case words that the first byte settles.
	letters := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return isUpperRunes(s[i:], letters)
		case 'a' <= c && c <= 'z':
			return false
		case 'A' <= c && c <= 'Z':
			letters++
		}
	}
	return letters > 0
}

// isUpperRunes is isUpperWord for the rest s of a word, from its first
// multi-byte character, after letters upper-case ASCII letters.
func isUpperRunes(s string, letters int) bool {
	for _, c := range s {
		if unicode.IsLetter(c) {
			if !unicode.IsUpper(c) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

func (r *recognizer) flags() {
	d := r.d
	n := len(r.toks)
	r.kept.inQuote = quoteMaskInto(r.kept.inQuote, d)
	r.inQuote = r.kept.inQuote
	// One allocation for the three per-token tables.
	if cap(r.flagBuf) < 3*n {
		r.flagBuf = make([]bool, 3*n)
	}
	b := r.flagBuf[:3*n]
	clear(b)
	r.start, r.head, r.nl = b[:n:n], b[n:2*n:2*n], b[2*n:]
	if d.View.Indexed(n) {
		// Lower-cased once, by segment, for every stage.
		r.lw, r.wid = d.View.Lower, d.View.Word
	} else {
		r.lw = make([]string, n)
		for i, t := range r.toks {
			r.lw[i] = doc.Lower(t.Text)
		}
		r.wid = vocab.IDs(r.lw)
	}
	for _, s := range d.Sentences {
		if s.First >= 0 && s.First < n {
			r.start[s.First] = true
		}
		if d.BodyStart > 0 && s.Para == 0 {
			for i := max(s.First, 0); i < s.Last && i < n; i++ {
				r.head[i] = true
			}
		}
	}
	// One pass: token i marks the start after it before the pass reads
	// that token's flags.
	runs, mid := 0, 0
	for i := range r.toks {
		t := &r.toks[i]
		if i+1 < n && opensPhrase(t) {
			r.start[i+1] = true
		}
		// nameLike runs once on each token; the scan asks it of most
		// tokens several times.
		r.nl[i] = nameLike(t.Text)
		if !r.nl[i] {
			continue
		}
		if i == 0 || !r.nl[i-1] {
			runs++
		}
		if t.Kind == doc.Word && !r.start[i] && !r.head[i] {
			mid++
		}
	}
	r.fillMidCaps(mid)
	// About one mention per run of capitalised words: one allocation
	// instead of a doubling series of large structs.
	if cap(r.ms) < runs+4 {
		r.ms = make([]pending, 0, runs+4)
	}
}

// fillMidCaps fills midCaps with the capitalised words that flags
// counted inside sentences (mid of them, repeats included): the map is
// made at that size rather than grown and rehashed word by word.
func (r *recognizer) fillMidCaps(mid int) {
	if r.kept.midCaps == nil {
		r.kept.midCaps = make(map[string]bool, mid)
	}
	r.midCaps = r.kept.midCaps
	clear(r.midCaps)
	for i := range r.toks {
		if t := &r.toks[i]; r.nl[i] && t.Kind == doc.Word && !r.start[i] && !r.head[i] {
			w, _ := bare(t.Text)
			r.midCaps[w] = true
		}
	}
}

// opensPhrase reports a quote mark, a bracket, a colon or a dash, after
// which a capital says nothing about a name.
func opensPhrase(t *doc.Token) bool {
	return t.Kind == doc.QuoteMark || t.Text == "(" || t.Text == ":" || t.Text == "-" || t.Text == "\u2014"
}

// quoteMask marks tokens inside quotation marks, from d.Quotes when the
// quotes stage has run and from the marks themselves when it has not.
func quoteMask(d *doc.Document) []bool { return quoteMaskInto(nil, d) }

// quoteMaskInto is quoteMask written into m's storage when it has room.
func quoteMaskInto(m []bool, d *doc.Document) []bool {
	if cap(m) < len(d.Tokens) {
		m = make([]bool, len(d.Tokens))
	}
	m = m[:len(d.Tokens)]
	clear(m)
	if len(d.Quotes) > 0 {
		qi := 0
		for i, t := range d.Tokens {
			for qi < len(d.Quotes) && d.Quotes[qi].End <= t.Start {
				qi++
			}
			if qi < len(d.Quotes) && d.Quotes[qi].Inner.Start <= t.Start && t.End <= d.Quotes[qi].Inner.End {
				m[i] = true
			}
		}
		return m
	}
	in := false
	para := -1
	for _, s := range d.Sentences {
		if s.Para != para {
			in, para = false, s.Para
		}
		for i := max(s.First, 0); i < s.Last && i < len(d.Tokens); i++ {
			t := d.Tokens[i]
			if t.Kind == doc.QuoteMark {
				switch t.Text {
				case "\u201c", "\u00ab":
					in = true
				case "\u201d", "\u00bb":
					in = false
				case "\"":
					in = !in
				}
				continue
			}
			m[i] = in
		}
	}
	return m
}

// bare strips a possessive: "Kabul’s" → "Kabul", "Jones’" → "Jones".
func bare(s string) (string, bool) {
	if n := len(s); n < 2 || s[n-1] != 's' && s[n-1] != 'S' && s[n-1] != '\'' && s[n-1] != 0x99 {
		// (0x99 ends a right single quotation mark in UTF-8.) Most
		// words take this way out: bare runs on every token.
		return s, false
	}
	for _, suf := range []string{"\u2019s", "'s", "\u2019S", "'S"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			return s[:len(s)-len(suf)], true
		}
	}
	if (strings.HasSuffix(s, "s\u2019") || strings.HasSuffix(s, "s'")) && len(s) > 2 {
		return strings.TrimRight(s, "'\u2019"), true
	}
	return s, false
}

// nameLike reports a word that can be part of a name: capitalised, and if
// hyphenated, not ending in a lower-case word ("Taliban-inspired" is not).
func nameLike(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf && (s[0] < 'A' || s[0] > 'Z') && !hasHyphen(s) {
		// Most tokens: a lower-case word, a number or a mark, which the
		// steps below would turn down after trimming a possessive.
		return false
	}
	s, _ = bare(s)
	if s == "" || s == "I" {
		return false
	}
	c, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(c) {
		// "al-Qaeda", "bin-Laden"
		if h := strings.IndexByte(s, '-'); h > 0 && hyphenParts[s[:h]] && h+1 < len(s) {
			c2, _ := utf8.DecodeRuneInString(s[h+1:])
			return unicode.IsUpper(c2)
		}
		return false
	}
	if h := lastHyphen(s); h > 0 {
		tail := s[h+1:]
		if strings.HasPrefix(s[h:], "\u2011") {
			tail = s[h+len("\u2011"):]
		}
		c2, _ := utf8.DecodeRuneInString(tail)
		if tail != "" && !unicode.IsUpper(c2) && !unicode.IsDigit(c2) && !hyphenParts[tail] && !syllableName(s[:h], tail) {
			return false
		}
	}
	return true
}

// hasHyphen is strings.IndexByte(s, '-') >= 0 as a loop the compiler
// inlines: nameLike asks it of almost every token, most of them a few
// bytes long, where the call costs more than the search.
func hasHyphen(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '-' {
			return true
		}
	}
	return false
}

// lastHyphen is strings.LastIndexAny(s, "-\u2011") without its slow
// path for a multi-byte set: neither mark's bytes can occur inside
// another character, so the last of either byte string is the last mark.
func lastHyphen(s string) int {
	// One backward pass over the bytes: strings.LastIndex hashes the
	// whole word for the three-byte U+2011, and nameLike asks this of
	// every capitalised word.
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case '-':
			return i
		case 0x91: // the last byte of U+2011, E2 80 91
			if i >= 2 && s[i-2] == 0xe2 && s[i-1] == 0x80 {
				return i - 2
			}
		}
	}
	return -1
}

// syllableName reports a hyphenated East Asian given name ("Ji-chang",
// "Myung-bak", "Jae-in"): two short syllables, the first capitalised,
// unlike a compound modifier ("Canada-based", "Labour-led", "UK-born").
func syllableName(head, tail string) bool {
	if len(head) < 2 || len(head) > 5 || len(tail) < 2 || len(tail) > 5 || isAcronym(head) {
		return false
	}
	if strings.HasSuffix(tail, "ed") || compoundTails[tail] {
		return false
	}
	for _, c := range head[1:] + tail {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

var compoundTails = set(`run born made wide style like free bound proof owned backed based led`)

func isAcronym(s string) bool {
	n, letters := 0, 0
	for _, c := range s {
		n++
		switch {
		case unicode.IsUpper(c):
			letters++
		case unicode.IsDigit(c) || c == '.' || c == '&':
		default:
			return false
		}
	}
	return letters >= 2 && n <= 8
}

func (r *recognizer) word(i int) string {
	if i < 0 || i >= len(r.toks) {
		return ""
	}
	return r.toks[i].Text
}

// nameAt is nameLike(r.word(i)), read from the table flags fills.
func (r *recognizer) nameAt(i int) bool {
	return i >= 0 && i < len(r.nl) && r.nl[i]
}

func (r *recognizer) lower(i int) string {
	if i < 0 || i >= len(r.lw) {
		return ""
	}
	return r.lw[i]
}

// verbAfter returns the first word after token j that is not an
// auxiliary or an adverb, within four tokens, lower-cased.
func (r *recognizer) verbAfter(j, last int) string {
	for k := j; k < last && k < j+5; k++ {
		w := r.lower(k)
		if r.toks[k].Kind != doc.Word {
			return ""
		}
		if auxAdverbs[w] || strings.HasSuffix(w, "ly") && k < j+3 {
			continue
		}
		return w
	}
	return ""
}

// govContext reports whether a country or a capital at [i, j) stands for
// its government: the subject of a speech or policy verb, the addressee of
// "urged", or the owner of "new rulers".
func (r *recognizer) govContext(i, j, last int, possessive bool) bool {
	if possessive {
		k := j
		if k < last && (r.lower(k) == "new" || r.lower(k) == "own" || r.lower(k) == "former") {
			k++
		}
		return k < last && rulerNouns[r.lower(k)]
	}
	if i > 0 && govBefore[r.lower(i-1)] {
		return true
	}
	v := r.verbAfter(j, last)
	return v != "" && (speechVerbs[v] || govVerbs[v])
}

func (r *recognizer) add(p pending) int {
	if p.affTok == 0 && p.affKey == "" {
		p.affTok = -1
	}
	r.ms = append(r.ms, p)
	return len(r.ms) - 1
}

// gazMatch finds the longest gazetteer name starting at token i, within
// the sentence. It returns the end token and the matched text.
func (r *recognizer) gazMatch(i, last int) (int, string, bool) {
	w0, _ := bare(r.toks[i].Text)
	if !gaz.mayStart(w0) {
		return 0, "", false
	}
	maxW := gaz.starts[w0]
	if maxW == 0 {
		return 0, "", false
	}
	for n := min(maxW, last-i); n >= 1; n-- {
		b := r.gbuf[:0]
		ok := true
		for k := i; k < i+n; k++ {
			t := r.toks[k]
			if t.Kind != doc.Word && t.Kind != doc.Number {
				ok = false
				break
			}
			w := t.Text
			if k < i+n-1 {
				if _, poss := bare(w); poss {
					ok = false
					break
				}
			} else {
				w, _ = bare(w)
			}
			if k > i {
				b = append(b, ' ')
			}
			b = append(b, w...)
		}
		r.gbuf = b
		if !ok || !mayHold(&gaz.nameSet, b) {
			continue
		}
		// The lookups read the buffer in place; a string is made only
		// for a name found.
		if _, found := gaz.orgs[string(b)]; found {
			return i + n, r.inText(b, i), true
		}
		if pr, found := gaz.places[string(b)]; found {
			// (Made before placeOK, which may reuse the buffer.)
			if s := r.inText(b, i); !pr.Gen || r.placeOK(i, i+n, last, pr) {
				return i + n, s, true
			}
		}
	}
	return 0, "", false
}

// inText is string(b), sliced from the text when the text at token i
// reads b, as it does for a name written with single spaces: then no
// string is made.
func (r *recognizer) inText(b []byte, i int) string {
	s := r.toks[i].Start
	if s >= 0 && s+len(b) <= len(r.d.Text) && r.d.Text[s:s+len(b)] == string(b) {
		return r.d.Text[s : s+len(b)]
	}
	return string(b)
}

// placeOK decides whether a generated city or subdivision at [i, end) is
// a place here. Many such names are also words, people or teams
// ("Reading", "Mobile", "Jackson", "Houston said"), so only a place
// preposition or a direction before it ("in Reading", "eastern Ohio"), a
// place after a comma ("Mobile, Alabama") or "the city of" lets one
// through anywhere; without them a name needs to be well known, no common
// word, no given name, not starting a sentence or a headline, and not
// the subject of a speech verb.
func (r *recognizer) placeOK(i, end, last int, pr placeRef) bool {
	prev := r.lower(i - 1)
	if i > 0 && (placePreps[prev] && !(pr.Word && prev == "to") || directions[prev]) {
		// "to" is too weak for a word: "need to Buy".
		return true
	}
	if i > 1 && prev == "of" && placeNouns[r.lower(i-2)] {
		return true
	}
	if end+1 < last && r.word(end) == "," && gaz.fixedPlace(r.word(end+1)) {
		return true
	}
	if end+1 < last && r.word(end) == "," {
		if q, ok := gaz.places[r.word(end+1)]; ok && q.Known && !q.Word {
			return true
		}
	}
	if pr.Word || !pr.Known || end == i+1 && !pr.Sub && pr.Pop < hugeCity && gaz.anyGiven(r.word(i)) {
		return false
	}
	if r.head[i] && pr.Pop < hugeCity {
		return false
	}
	return !speechVerbs[r.verbAfter(end, last)]
}

// spanOf covers tokens [i, j) and drops a possessive from the last one.
func (r *recognizer) spanOf(i, j int) doc.Span {
	sp := doc.Span{Start: r.toks[i].Start, End: r.toks[j-1].End}
	last := r.toks[j-1].Text
	if b, poss := bare(last); poss {
		sp.End = r.toks[j-1].Start + len(b)
	}
	return sp
}

func (r *recognizer) possessive(j int) bool {
	_, p := bare(r.word(j - 1))
	return p
}

func govKey(c *country) string {
	if c == nil {
		return ""
	}
	return prefixed(prefixGov, c.Name)
}

// sentence scans tokens [first, last). Each reader tries one construct
// at token i and says where the scan goes on; the first that takes the
// token wins.
func (r *recognizer) sentence(first, last int) {
	r.affil = ""
	r.first = first
	for i := first; i < last; {
		if r.untaken(i) {
			i++
			continue
		}
		if next, ok := r.initialsMention(i, last); ok {
			i = next
			continue
		}
		if next, ok := r.directionPlace(i, last); ok {
			i = next
			continue
		}
		i = r.wordMention(i, last)
	}
}

// untaken reports a token that none of sentence's readers takes, found
// by the tests that open them (initials, directionPlace and wordMention)
// without calling them: most tokens are lower-case words or marks.
func (r *recognizer) untaken(i int) bool {
	t := &r.toks[i]
	if len(t.Text) == 2 && t.Text[1] == '.' {
		return false // may open initials
	}
	return t.Kind != doc.Word || !r.nl[i] && !directionWords.Get(r.wid[i], r.lw[i])
}

// initialsMention reads "U.S." that the tokenizer split into initials
// "U." "S.": a demonym before government nouns, a place or an
// organization of the gazetteer.
func (r *recognizer) initialsMention(i, last int) (int, bool) {
	end := r.initials(i, last)
	if end <= i+1 {
		return i, false
	}
	g := r.d.Text[r.toks[i].Start:r.toks[end-1].End]
	if c, ok := gaz.demonyms[g]; ok {
		if ge := r.govNounsAfter(end, last); ge > end && !personGovNouns[r.lower(ge-1)] {
			r.add(r.govPhrase(i, ge, c))
			return ge, true
		}
	}
	_, place := gaz.places[g]
	_, org := gaz.orgs[g]
	if place || org {
		r.gazetteerMention(i, end, last, g)
		return end, true
	}
	return i, false
}

// directionPlace reads a direction before a place: "eastern Afghanistan".
func (r *recognizer) directionPlace(i, last int) (int, bool) {
	lw := r.lw[i]
	if r.toks[i].Kind != doc.Word || !directionWords.Get(r.wid[i], lw) || i+1 >= last {
		return i, false
	}
	end, s, ok := r.gazMatch(i+1, last)
	if !ok {
		return i, false
	}
	pr, ok := gaz.places[s]
	if !ok {
		return i, false
	}
	name := lw + " " + s
	cn := pr.c.Name
	if pr.Region {
		cn = ""
	}
	r.add(pending{span: r.spanOf(i, end), key: prefixed(prefixPlace, name), typ: doc.Place,
		name: name, alias: name, country: cn, tok: i, affTok: -1})
	return end, true
}

// wordMention reads a capitalised word: skipped as a function or time
// word, a demonym phrase ("Pakistani officials"), a gazetteer name, a
// demonym affiliation, or the start of a run of name words. It returns
// where the scan goes on, always past i.
func (r *recognizer) wordMention(i, last int) int {
	if r.toks[i].Kind != doc.Word || !r.nl[i] {
		return i + 1
	}
	w, poss := bare(r.toks[i].Text)
	if r.start[i] && functionWords[w] && !poss {
		return i + 1
	}
	if timeWords[w] && !(w == "May" && i+1 < last && r.nameAt(i+1)) {
		return i + 1
	}
	// A capital "The" before a demonym phrase is no name of its own,
	// even where a run-in heading leaves it mid-sentence ("Hostage swap
	// The Afghan government has …").
	if w == "The" && i+2 < last && gaz.demonyms[r.word(i+1)] != nil && r.govNounsAfter(i+2, last) > i+2 {
		return i + 1
	}
	c, demonym := gaz.demonyms[w]
	demonym = demonym && !poss
	if demonym {
		if end := r.govNounsAfter(i+1, last); end > i+1 && !personGovNouns[r.lower(end-1)] {
			r.add(r.govPhrase(i, end, c))
			return end
		}
	}
	if end, s, ok := r.gazMatch(i, last); ok && !r.longerName(end, last, s) {
		r.gazetteerMention(i, end, last, s)
		return end
	}
	if demonym && (r.titleAt(i+1, last) > i+1 || gaz.isGiven(r.word(i+1)) || !r.nameAt(i+1)) {
		// "Afghan President Hamid Karzai": the demonym is his
		// affiliation; "US Airways" is a name.
		if r.nameAt(i + 1) {
			r.affil = govKey(c)
		}
		return i + 1
	}
	return r.run(i, last)
}

// longerName reports that a place name matched at [.., end) only starts a
// longer name: "Manchester United", "Washington Post".
func (r *recognizer) longerName(end, last int, s string) bool {
	if _, isPlace := gaz.places[s]; !isPlace || end >= last || r.possessive(end) {
		return false
	}
	w := r.word(end)
	if !r.nameAt(end) || r.titleAt(end, last) > end || functionWords[w] || timeWords[w] || gaz.demonyms[w] != nil {
		return false
	}
	if gaz.fixedPlace(w) {
		return false
	}
	if _, ok := gaz.orgs[w]; ok {
		return false
	}
	return true
}

// initials returns the end of a run of touching one-letter initials
// starting at i ("U." "S."), or i.
func (r *recognizer) initials(i, last int) int {
	end := i
	for end < last && len(r.toks[end].Text) == 2 && r.toks[end].Text[1] == '.' && (end == i || r.toks[end].Start == r.toks[end-1].End) {
		end++
	}
	return end
}

// govPhrase is the mention of a country's government that tokens i to
// end make ("Pakistani officials", "the US government"), except that its
// armed forces ("the US military", "Afghan forces") are an institution
// of the country that speaks for itself, as the White House does.
func (r *recognizer) govPhrase(i, end int, c *country) pending {
	alias := r.d.Text[r.toks[i].Start:r.toks[end-1].End]
	p := pending{span: r.spanOf(i, end), kind: doc.DemonymMention, key: govKey(c), typ: doc.Government,
		name: c.Name, alias: alias, country: c.Name, tok: i, affTok: -1}
	if n := r.lower(end - 1); militaryNouns[n] && end-i == 2 {
		p.key, p.typ, p.name = prefixed(prefixOrg, c.Name+" "+n), doc.Organization, alias
	}
	return p
}

// govNounsAfter returns the end of a run of government nouns starting at
// k ("government officials"), or k when there is none.
func (r *recognizer) govNounsAfter(k, last int) int {
	end := k
	for end < last && end < k+3 && govNouns[r.lower(end)] {
		end++
	}
	return end
}

func (r *recognizer) gazetteerMention(i, end, last int, s string) int {
	poss := r.possessive(end)
	sp := r.spanOf(i, end)
	p := pending{span: sp, alias: s, tok: i, affTok: -1}
	if o, ok := gaz.orgs[s]; ok {
		// A seat of government ("the White House", "the Kremlin") speaks
		// for an office, not for the country: it keeps its own name, with
		// the country as its affiliation.
		p.key, p.typ, p.name, p.country = idFor(o.Type, o.Name), o.Type, o.Name, o.Country
		if p.typ == doc.NewsAgency && strings.HasPrefix(p.key, prefixOrg) {
			p.key = prefixed(prefixOrg, o.Name)
		}
	} else {
		pr := gaz.places[s]
		if !pr.Region {
			p.country = pr.c.Name
		}
		if pr.Gen && end == i+1 {
			// "Richardson" may yet be Sheldon Richardson's surname:
			// resolveSingles decides once the article is read.
			p.single, p.fallback, p.typ, p.name = true, doc.Place, doc.Place, s
			idx := r.add(p)
			r.acronymAfter(end, last, idx)
			return idx
		}
		if !pr.City && r.govContext(i, end, last, poss) {
			p.key, p.typ, p.name = govKey(pr.c), doc.Government, pr.c.Name
		} else {
			name := s
			if !pr.City && !pr.Capital {
				name = pr.c.Name
			}
			p.key, p.typ, p.name = prefixed(prefixPlace, name), doc.Place, name
		}
	}
	idx := r.add(p)
	r.acronymAfter(end, last, idx)
	// "Labour MP John Smith", "US President George Bush"
	if end < last && r.titleAt(end, last) > end {
		k := p.key
		if p.typ == doc.Place && p.country != "" {
			k = govKey(gaz.byName[p.country])
		}
		r.affil = k
	}
	return idx
}

// acronymAfter reads a definition "(TTP)" after a name and records the
// acronym as the name's alias.
func (r *recognizer) acronymAfter(end, last, idx int) {
	if end+2 < last && r.word(end) == "(" && r.word(end+2) == ")" && isAcronym(r.word(end+1)) {
		a := r.word(end + 1)
		r.acr[a] = idx
		p := r.ms[idx]
		r.add(pending{span: r.toks[end+1].Span, key: p.key, typ: p.typ, name: p.name, alias: a,
			country: p.country, tok: end + 1, affTok: -1})
	}
}

// titleAt returns the end of the longest title at token k, or k.
// Tokens hold no spaces, so only a title whose first word is token k's
// text can match, with at most titleWords of that word words; the joined
// words are built in one reused buffer, which the lookup does not keep.
func (r *recognizer) titleAt(k, last int) int {
	if k < 0 || k >= last {
		return k
	}
	for n := min(4, last-k, gaz.titleWords[r.toks[k].Text]); n >= 1; n-- {
		b := r.buf[:0]
		for x := k; x < k+n; x++ {
			if x > k {
				b = append(b, ' ')
			}
			b = append(b, r.toks[x].Text...)
		}
		r.buf = b
		if t, ok := gaz.titles[string(b)]; ok && (!t.NeedsName || k+n < last && gaz.anyGiven(r.word(k+n))) {
			return k + n
		}
	}
	return k
}

var titlePrefixes = set(`Former Acting Deputy Late Then Ex-`)

// nameTitles are the titles of peers and royals, which stay in the name
// they precede ("Lord Carrick", "Baroness Wynn", "Crown Prince Frederik").
var nameTitles = set(`Lord Lady Baroness Baron Viscount Earl Countess Duke Duchess Marquess Prince Princess King Queen Crown`)

// run reads a run of capitalised words starting at i, strips titles,
// decides what it names and returns the token after it.
func (r *recognizer) run(i, last int) int {
	j := i
	for j < last {
		t := r.toks[j]
		if t.Kind == doc.Word && r.nl[j] {
			j++
			// "Moody's Investors Service", "Standard and Poor's Corp"
			// keep their possessive inside the name.
			if _, poss := bare(t.Text); poss && !(j < last && orgHeads[r.word(j)]) && !(j+1 < last && orgHeads[r.word(j+1)] && r.nameAt(j)) {
				break
			}
			if j-i >= 10 || r.endsCompany(j-1, last) {
				break
			}
			continue
		}
		// "Islamic Emirate of Afghanistan", "Osama bin Laden",
		// "Chancellor of the Exchequer"
		if t.Kind == doc.Word && (connectors[t.Text] || t.Text == "for") && j > i && j+1 < last {
			ofHead := orgHeads[r.word(j-1)] || gaz.titles[r.word(j-1)].Role != ""
			if r.nameAt(j+1) && (t.Text != "of" || ofHead) {
				j++
				continue
			}
			// "Institute for Fiscal Studies", "Department for Education"
			if t.Text == "for" && orgHeads[r.word(j-1)] && r.nameAt(j+1) {
				j++
				continue
			}
			if t.Text == "of" && ofHead && r.word(j+1) == "the" && j+2 < last && r.nameAt(j+2) {
				j += 2
				continue
			}
		}
		// "S and P", "A and W Brands": letters joined by "and" are one
		// name, as "S&P" is.
		if (t.Text == "and" || t.Text == "&") && j > i && j+1 < last && oneCapital(r.word(j-1)) && oneCapital(r.word(j+1)) {
			j++
			continue
		}
		if (t.Text == "&" || t.Text == "and" && j+2 < last && (orgHeads[r.word(j+2)] || j+3 < last && orgHeads[r.word(j+3)])) &&
			j > i && j+1 < last && r.nameAt(j+1) && !gaz.fixedPlace(r.word(j-1)) && !(t.Text == "and" && closingForms[r.word(j-1)]) {
			j++
			continue
		}
		break
	}
	if j == i {
		return i + 1
	}
	// Words that only a sentence start or a role capitalises come off
	// the front when a title or a given name follows: "Leader Michael
	// Howard", "Sacked MP Howard Flight".
	for i+1 < j && (r.start[i] && !r.midCaps[r.word(i)] || roleNouns[r.lower(i)] || roleMods[r.lower(i)]) &&
		!gaz.isGiven(r.word(i)) && r.titleAt(i, j) == i && (r.titleAt(i+1, j) > i+1 || gaz.commonNames[r.word(i+1)]) &&
		!r.positionAt(i+1, j) && !r.placeStarts(i, j) {
		i++
	}
	// "Former Labour minister Tom Elridge": the prefix belongs to the
	// role after the run, not to the name.
	for i+1 < j && titlePrefixes[r.word(i)] && r.titleAt(i+1, j) == i+1 {
		i++
	}
	// A legal form alone names nothing: "Arthur Andersen and Co." at a
	// sentence end leaves "Co." a run of its own.
	if r.furniture(r.first, i, j, last) || j == i+1 && legalForms[r.word(i)] {
		return j
	}
	r.classify(r.splitAtTitle(i, j, last), j, last, "")
	return j
}

// legalForms close a company's name; with their full stop they also end
// a sentence the segmenter could not split ("…with Cosmo Corp. Bastian
// Technologies said…"), since an abbreviation before a capital is
// ambiguous.
var legalForms = set(`Corp. Inc. Ltd. Co. PLC. plc.`)

// closingForms close a company's name before "and": "Harlow Oil Inc and
// Harlow Energy Partners LP" are two companies, where "Harlow Oil and
// Gas Inc" is one.
var closingForms = set(`Corp Corp. Inc Inc. Ltd Ltd. PLC plc LP L.P. LLC GmbH AG SA NV`)

// endsCompany reports whether token k closes a company's name although
// a capitalised word follows: only another legal form ("Co. Ltd.") or a
// title ("Corp. Chairman John Smith", where the company is the
// chairman's affiliation) goes on with the run.
func (r *recognizer) endsCompany(k, last int) bool {
	n := k + 1
	if !legalForms[r.toks[k].Text] || n >= last || !r.nameAt(n) {
		return false
	}
	return !orgHeads[r.word(n)] && !legalForms[r.word(n)] && r.titleAt(n, last) == n
}

// splitAtTitle splits a run [i, j) at a title inside it: "Metropolitan
// Police Commissioner Sir Ian Blair", "Tanzania Mr Brown", "Browns DL
// Sheldon Richardson". The words before the title are recorded as the
// affiliation of the name after it, which starts at the returned token.
func (r *recognizer) splitAtTitle(i, j, last int) int {
	for p := i + 1; p < j-1 && r.titleAt(i, j) == i && !nameTitles[r.word(i)]; p++ {
		e := r.titleAt(p, j)
		if e <= p || e >= j || !r.nameAt(e) {
			continue
		}
		return r.splitAt(i, p, j, last)
	}
	return r.splitBeforeGiven(i, j, last)
}

// splitBeforeGiven splits a run that ends in a person's name at the given
// name when its front holds a preposition ("Undersecretary of State for
// Economic Affairs Allen Wallis", "Institute for Fiscal Studies Paul
// Kell"), ends in a role ("Trade Representative Clayton Kell") or is an
// organization of the gazetteer ("Credit Suisse Paul Kell"): a
// preposition joins a body's or a title's words, never a person's, and
// neither a role nor a known body begins a person's name.
func (r *recognizer) splitBeforeGiven(i, j, last int) int {
	conn := -1
	for q := i + 1; q < j; q++ {
		if w := r.word(q); w == "of" || w == "for" {
			conn = q
		}
	}
	for p := j - 2; p > i && p >= j-3; p-- {
		if !gaz.isGiven(r.word(p)) || !r.nameAt(p+1) || orgHeads[r.word(j-1)] || companyHeads[r.word(j-1)] {
			continue
		}
		if conn > 0 && p > conn+1 || gaz.orgs[r.d.Text[r.toks[i].Start:r.toks[p-1].End]] != nil {
			return r.splitAt(i, p, j, last)
		}
		if roleNouns[r.lower(p-1)] && !r.titleEndsAt(i, p, j) {
			// The role's words name no body of their own.
			return p
		}
	}
	return i
}

// titleEndsAt reports whether a title of the gazetteer, read in the run
// [i, j), ends right before token p ("Foreign Minister" before "Ali
// Demir"), which the titles reader takes as the person's role.
func (r *recognizer) titleEndsAt(i, p, j int) bool {
	for k := max(i, p-4); k < p; k++ {
		if r.titleAt(k, j) == p {
			return true
		}
	}
	return false
}

// splitAt reads the words [i, p) before a name that starts at p as the
// affiliation of its bearer and returns p.
func (r *recognizer) splitAt(i, p, j, last int) int {
	x := r.classify(i, p, last, "")
	if x < 0 && p == i+1 && r.positionAt(p, j) {
		// "Browns DL Sheldon Richardson" at a sentence start.
		w, _ := bare(r.word(i))
		x = r.add(pending{span: r.spanOf(i, p), alias: w, name: w, single: true, tok: i, affTok: -1})
	}
	switch {
	case x >= 0 && r.ms[x].key != "":
		r.affil = r.ms[x].key
		if r.ms[x].typ == doc.Place && r.ms[x].country != "" {
			r.affil = govKey(gaz.byName[r.ms[x].country])
		}
	case x >= 0 && r.ms[x].single && (r.positionAt(p, j) || r.midCaps[r.ms[x].alias] || !r.start[r.ms[x].tok]):
		// A one-word name before a title is the bearer's side,
		// read once the whole article is.
		if r.ms[x].fallback == "" {
			r.ms[x].fallback = doc.Organization
		}
		r.affil = "@tok:" + strconv.Itoa(r.ms[x].tok)
	case x >= 0:
		r.ms[x].drop = true
	}
	return p
}

// titleRead is what the titles at the front of a run say about the name
// after them.
type titleRead struct {
	k      int // the name's first token, after the titles
	role   string
	gender byte
	titled bool
	peer   int    // where a title that stays in the name starts, or -1
	prefix string // "deputy ", "former ": what the title's holder is
}

// titles reads the titles at the front of the run [i, j): "Prime Minister
// Tony Blair", "Mr Blair", "Gen. Musharraf", "Labour MP", "Crown Prince
// Frederik"; an organization or a demonym before a title is the bearer's
// affiliation (r.affil).
func (r *recognizer) titles(i, j int) titleRead {
	t := titleRead{k: i, peer: -1}
	for t.k < j {
		k := t.k
		if nameTitles[r.word(k)] && t.peer < 0 {
			t.peer = k
		}
		if titlePrefixes[r.word(k)] && k+1 < j && r.titleAt(k+1, j) > k+1 {
			t.prefix = strings.ToLower(r.word(k)) + " "
			t.k++
			continue
		}
		// "Labour MP", "Pakistani President"
		if e := r.titleAt(k, j); e > k && e < j {
			tt := gaz.titles[r.d.Text[r.toks[k].Start:r.toks[e-1].End]]
			if tt.Role == "" {
				tt = gaz.titles[string(r.joinScratch(k, e))]
			}
			if tt.Role != "" {
				// "Deputy Mayor Nicky Gavron" is no mayor.
				t.role = t.prefix + tt.Role
			}
			t.prefix = ""
			if tt.Gender != 0 {
				t.gender = tt.Gender
			}
			t.titled, t.k = true, e
			continue
		}
		if k+1 < j && r.titleAt(k+1, j) > k+1 && r.beforeTitle(r.word(k)) {
			t.k++
			continue
		}
		break
	}
	return t
}

// beforeTitle reads a word before a title that is no name: a title's
// first word ("Crown Prince"), or the bearer's organization or country
// ("Labour MP", "Pakistani President"), which becomes r.affil.
func (r *recognizer) beforeTitle(w string) bool {
	if nameTitles[w] {
		return true
	}
	if o, ok := gaz.orgs[w]; ok {
		r.affil = idFor(o.Type, o.Name)
		return true
	}
	if c, ok := gaz.demonyms[w]; ok {
		r.affil = govKey(c)
		return true
	}
	return false
}

// withoutTrailingTitle returns where a run [k, j) ends once a trailing
// title is cut off ("the Ealing North MP": the title is a role, and the
// words before it its constituency or employer).
func (r *recognizer) withoutTrailingTitle(k, j int) int {
	for x := k + 1; x < j; x++ {
		if r.titleAt(x, j) == j && !nameTitles[r.word(x)] {
			return x
		}
	}
	return j
}

// classify decides what the capitalised run [i, j) names and records it.
// It returns the new pending mention's index, or -1.
func (r *recognizer) classify(i, j, last int, _ string) int {
	t := r.titles(i, j)
	k := t.k
	affil := r.affil
	r.affil = ""
	j = r.withoutTrailingTitle(k, j)
	if k >= j || r.titleAt(k, j) == j || k > i && (connectors[r.word(k)] || r.word(k) == "for") {
		// A title alone names nobody: "The Chancellor said", "the Mayor
		// of London would say sorry".
		return -1
	}
	if t.role != "" && t.prefix == "" && i > 0 && lesserRoles[r.lower(i-1)] {
		// "Deputy Mayor Nicky Gavron", with "Deputy" read off the run.
		t.role = r.lower(i-1) + " " + t.role
	}
	words := r.toks[k:j]
	name, _ := bare(r.join(k, j))
	p := pending{span: r.spanOf(k, j), alias: name, name: name, tok: k, titled: t.titled, gender: t.gender,
		role: t.role, affKey: affil, affTok: -1}
	if t.peer >= 0 && t.peer < k {
		// "Lord Carrick", "Prince Frederik": peers and royals are known
		// by their title, which stays in the name.
		p.name, _ = bare(r.join(t.peer, j))
		p.peer = true
	}
	if r.ordinaryWords(k, j, last, name, t.titled) {
		return -1
	}
	if x, ok := r.acr[name]; ok && j-k == 1 {
		q := r.ms[x]
		p.key, p.typ, p.name, p.country = q.key, q.typ, q.name, q.country
		return r.add(p)
	}
	if end, s, ok := r.gazMatch(k, j); ok && end == j {
		return r.gazetteerMention(k, j, last, s)
	}
	preRole, postRole := r.roleAndAffiliation(&p, i, j, last)
	r.typeOf(&p, k, j, last, preRole, postRole)
	if p.typ == doc.Organization && k > i && !p.peer && t.gender == 0 && r.titleAt(i, j) == k {
		// A rank or office before an organization's name is part of
		// it ("General Motors", "Justice Department"): nobody holds a
		// rank in a company. Honorifics ("Mr Lula's Workers' Party")
		// stay outside.
		p.span, p.tok, p.role, p.titled = r.spanOf(i, j), i, "", false
		p.name, _ = bare(r.join(i, j))
		p.alias = p.name
	}
	if p.peer {
		p.single, p.typ = false, doc.Person
		r.samePeer(&p)
	}
	if !p.single {
		p.key = idFor(p.typ, p.name)
		if p.typ != doc.Person {
			p.role = ""
		}
	}
	idx := r.add(p)
	r.acronymAfter(j, last, idx)
	r.initialsOf(words, idx)
	return idx
}

// ordinaryWords reports a run that names nothing: a sentence-initial or
// headline word the article never capitalises elsewhere, a run in
// headline case the body never repeats, a word that is never a name.
func (r *recognizer) ordinaryWords(k, j, last int, name string, titled bool) bool {
	n := j - k
	if n == 1 && !titled && (r.start[k] || r.head[k]) && !r.midCaps[name] && !isAcronym(name) {
		if !speechVerbs[r.verbAfter(j, last)] || r.head[k] {
			return true
		}
	}
	if n > 1 && r.head[k] && !titled && !r.midCaps[r.toks[k].Text] {
		// Headline case says little; keep only names the body repeats.
		return true
	}
	return n == 1 && (notNames[name] || timeWords[name])
}

// roleAndAffiliation fills p's role and affiliation from the words
// around the run [i, j) ("Harbor Foods chief executive …", "…, a
// spokesman for X") and returns the roles read before and after it.
func (r *recognizer) roleAndAffiliation(p *pending, i, j, last int) (preRole, postRole string) {
	preRole, preAff := r.roleBefore(i)
	postRole, postAffTok := r.roleAfter(j, last)
	if p.role == "" {
		p.role = preRole
		if p.role == "" {
			p.role = postRole
		}
	}
	p.affTok = postAffTok
	if strings.HasPrefix(preAff, "@tok:") {
		if x, err := strconv.Atoi(preAff[len("@tok:"):]); err == nil && p.affTok < 0 {
			p.affTok = x
		}
		preAff = ""
	}
	if p.affKey == "" {
		p.affKey = preAff
	}
	if strings.HasPrefix(p.affKey, "@tok:") {
		if x, err := strconv.Atoi(p.affKey[len("@tok:"):]); err == nil && p.affTok < 0 {
			p.affTok = x
		}
		p.affKey = ""
	}
	if p.affTok < 0 && j+1 < last && r.word(j) == "of" && r.nameAt(j+1) {
		p.affTok = j + 1
	}
	return preRole, postRole
}

// typeOf decides whether the name [k, j) is a person, an organization or
// a place, from its titles, roles, words and the verb after it.
func (r *recognizer) typeOf(p *pending, k, j, last int, preRole, postRole string) {
	words := r.toks[k:j]
	n := j - k
	first := words[0].Text
	verb := r.verbAfter(j, last)
	last1, _ := bare(words[n-1].Text)
	isPerson := p.titled || preRole != "" || postRole != "" || gaz.startsPersonName(words) && !r.placeStarts(k, j)
	switch {
	case n == 1 && !p.titled && preRole == "" && postRole == "":
		p.single = true
		p.fallback = r.singleFallback(k, p.alias, verb, r.possessive(j))
	case !p.titled && preRole == "" && !gaz.isGiven(first) && r.roleFollows(j, last):
		// "Harbor Foods chief executive Anna Reyes": a name before a
		// role and a person is the person's employer.
		p.typ = doc.Organization
	case k > 0 && orgDescriptors[r.word(k-1)] && !p.titled && preRole == "" && postRole == "" && !gaz.commonNames[first]:
		// "the grid operator Coastline Power", "the airline Jetstar
		// Asia": the noun before the name says what it is.
		p.typ = doc.Organization
	case isPerson && !orgHeads[last1] && !companyHeads[last1] && !orgHeads[first]:
		p.typ = doc.Person
		if p.gender == 0 {
			p.gender = gaz.given[first]
		}
		if n == 1 {
			p.single, p.fallback = true, doc.Person
		}
	case orgHeads[last1] || companyHeads[last1] || orgHeads[first]:
		p.typ = doc.Organization
	case placeHeads[last1]:
		p.typ = doc.Place
	case k > 0 && placePreps[r.lower(k-1)] && !speechVerbs[verb]:
		p.typ = doc.Place
	case n <= 3 && speechVerbs[verb] && !isAcronym(first):
		p.typ = doc.Person
	case n <= 3 && r.lower(k-1) != "the" && plainName(words) && !r.placeStarts(k, j):
		// Two or three plain capitalised words with no organization or
		// place word are, in news, nearly always a person whose given
		// name the list lacks ("Daniela Hantuchova").
		p.typ = doc.Person
	default:
		p.typ = doc.Organization
	}
}

// initialsOf records an organization's initials as an acronym the
// article may use without defining it ("the Department for
// Constitutional Affairs" … "the DCA"): three or more capitalised words,
// the connectors left out.
func (r *recognizer) initialsOf(words []doc.Token, idx int) {
	if r.ms[idx].typ != doc.Organization && r.ms[idx].typ != doc.Government {
		return
	}
	var b strings.Builder
	for _, w := range words {
		if c := w.Text[0]; c >= 'A' && c <= 'Z' {
			b.WriteByte(c)
		}
	}
	if a := b.String(); len(a) >= 3 {
		if _, defined := r.acr[a]; !defined {
			r.acr[a] = idx
		}
	}
}

// samePeer gives a peer or royal named again with a shorter title
// ("Prince Frederik" after "Crown Prince Frederik") the first naming.
func (r *recognizer) samePeer(p *pending) {
	w := strings.Fields(p.name)
	last := w[len(w)-1]
	if r.peers == nil {
		r.peers = map[string]string{}
	}
	if full, ok := r.peers[last]; ok && strings.HasSuffix(full, " "+p.name) {
		p.name = full
		return
	}
	if _, ok := r.peers[last]; !ok {
		r.peers[last] = p.name
	}
}

// singleFallback is what a one-word name at k means when the article
// never says otherwise (see resolveSingles): nothing for a common word
// with no evidence ("Let", "Related"), which is how site furniture and
// imperatives capitalised by a line start come out.
func (r *recognizer) singleFallback(k int, name, verb string, poss bool) doc.EntityType {
	var buf [32]byte // lower-cased name, read in place by the lookup
	switch {
	case isAcronym(name):
		return doc.Organization
	case gaz.common[string(doc.AppendLower(buf[:0], name))] && !speechVerbs[verb] && !poss:
		return ""
	case k > 0 && placePreps[r.lower(k-1)]:
		return doc.Place
	case k > 1 && r.lower(k-1) == "of" && placeNouns[r.lower(k-2)]:
		// "residents of the village of Eastmoor said": the place,
		// even before a speech verb.
		return doc.Place
	case speechVerbs[verb] || poss:
		return doc.Organization
	case r.midCaps[name] && !r.start[k]:
		return doc.Organization
	}
	return ""
}

// positionAt reports a title at k that only stands before a given name
// ("DL", "CEO"): the capitalised word before it is a team or a company
// ("Browns DL Sheldon Richardson"), even at a sentence start.
func (r *recognizer) positionAt(k, last int) bool {
	e := r.titleAt(k, last)
	return e > k && gaz.titles[string(r.joinScratch(k, e))].NeedsName
}

// roleFollows reports a lower-case role phrase at j followed by a name:
// "chief executive Anna Reyes", "DL Sheldon Richardson".
func (r *recognizer) roleFollows(j, last int) bool {
	if e := r.titleAt(j, last); e > j {
		return e < last && r.nameAt(e)
	}
	k := j
	for k < last && k < j+4 && (roleMods[r.lw[k]] || roleNouns[r.lw[k]]) && r.lw[k] == r.word(k) && r.lw[k] != "new" && r.lw[k] != "then" {
		k++
	}
	return k > j && roleNouns[r.lw[k-1]] && k < last && r.nameAt(k)
}

// placeStarts reports a run [k, j) that starts with a multiword place
// name and goes on: "San Diego Union-Tribune", "New York Times".
func (r *recognizer) placeStarts(k, j int) bool {
	w0, _ := bare(r.word(k))
	for n := min(gaz.first[w0], j-k-1); n >= 2; n-- {
		if p, ok := gaz.places[string(r.joinScratch(k, k+n))]; ok && (!p.Gen || p.Known) {
			return true
		}
	}
	return false
}

// furniture reports a sentence [first, last) that is nothing but the
// run [i, j) of common words, each capitalised: a site's "Continue
// Reading Below" or "Read More" line.
func (r *recognizer) furniture(first, i, j, last int) bool {
	if i != first {
		return false
	}
	for x := j; x < last; x++ {
		if r.toks[x].Kind == doc.Word || r.toks[x].Kind == doc.Number {
			return false
		}
	}
	for x := i; x < j; x++ {
		if r.toks[x].Kind == doc.Word && !gaz.common[r.lw[x]] {
			return false
		}
	}
	return true
}

// plainName reports words that look like a personal name: each
// capitalised then lower-case, no all-capitals, no digits, no name words
// that the gazetteers know as places, organizations or demonyms.
func plainName(ts []doc.Token) bool {
	for _, t := range ts {
		w, _ := bare(t.Text)
		if isUpperWord(w) || strings.ContainsAny(w, "0123456789&.") || functionWords[w] || timeWords[w] || notNames[w] {
			return false
		}
		if gaz.demonyms[w] != nil || gaz.orgs[w] != nil || gaz.fixedPlace(w) || gaz.places[w].Known && !gaz.places[w].Word && !gaz.places[w].Gen {
			return false
		}
		if connectors[w] {
			continue
		}
		c, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(c) {
			return false
		}
	}
	return true
}

func joinWords(ts []doc.Token) string {
	var b strings.Builder
	// Sized once: growing the builder word by word reallocated it.
	n := len(ts)
	for _, t := range ts {
		n += len(t.Text)
	}
	b.Grow(n)
	for x, t := range ts {
		if x > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

// join is joinWords(r.toks[k:j]), sliced from the text when the text
// holds just that there (each word as its token reads, one space between
// them), as it does for nearly every name: then no string is made.
func (r *recognizer) join(k, j int) string {
	ts := r.toks[k:j]
	text := r.d.Text
	for x, t := range ts {
		if t.Start < 0 || t.Start > t.End || t.End > len(text) || text[t.Start:t.End] != t.Text ||
			x > 0 && (t.Start != ts[x-1].End+1 || text[t.Start-1] != ' ') {
			return joinWords(ts)
		}
	}
	if len(ts) == 0 {
		return ""
	}
	return text[ts[0].Start:ts[len(ts)-1].End]
}

// joinScratch is joinWords(r.toks[k:e]) written into r.jbuf, for a
// map lookup that reads it in place (no string is made); the next call
// overwrites it.
func (r *recognizer) joinScratch(k, e int) []byte {
	b := r.jbuf[:0]
	for x := k; x < e; x++ {
		if x > k {
			b = append(b, ' ')
		}
		b = append(b, r.toks[x].Text...)
	}
	r.jbuf = b
	return b
}

// roleBefore reads a role phrase that ends right before token i:
// "government spokesman", "Tory leader", "Pakistan's foreign minister".
// It returns the role and the affiliation's key.
func (r *recognizer) roleBefore(i int) (string, string) {
	k := i - 1
	if k < 0 || !isRoleNoun(r.lower(k)) || r.toks[k].Kind != doc.Word {
		return "", ""
	}
	end := r.toks[k].End
	start := r.toks[k].Start
	aff := ""
	for x := k - 1; x >= 0 && x >= k-3; x-- {
		t := r.toks[x]
		if t.Kind != doc.Word {
			break
		}
		lw := strings.ToLower(t.Text)
		if w, poss := bare(t.Text); poss {
			aff = r.keyAtTok(x, w)
			break
		}
		if roleMods[lw] || roleNouns[lw] && x == k-1 {
			if lw == "government" && aff == "" {
				aff = homeGov
			}
			start = t.Start
			continue
		}
		// A name before the role is the affiliation, not part of the
		// role: "Tory leader" is a leader of the Conservative Party.
		if c, ok := gaz.demonyms[t.Text]; ok {
			aff = govKey(c)
			break
		}
		if nameLike(t.Text) {
			if key := r.keyAtTok(x, t.Text); key != "" {
				aff = key
			} else {
				// "BT chief executive": BT is read later; point at it.
				aff = "@tok:" + strconv.Itoa(x)
			}
			break
		}
		break
	}
	return r.d.Text[start:end], aff
}

// isRoleNoun reports a role noun, also behind a prefix of rank
// ("vice-director", "co-chairman", "ex-minister"), which names a role as
// the bare noun does; other compounds ("world-leader") are no role.
func isRoleNoun(lw string) bool {
	if roleNouns[lw] {
		return true
	}
	h := strings.IndexByte(lw, '-')
	return h > 0 && rankPrefixes[lw[:h]] && roleNouns[lw[h+1:]]
}

// rankPrefixes join a role noun with a hyphen to name a rank of it.
var rankPrefixes = set(`vice co ex deputy acting former under assistant`)

// keyAtTok returns the key of a mention already found that covers token x.
func (r *recognizer) keyAtTok(x int, w string) string {
	for m := len(r.ms) - 1; m >= 0 && m >= len(r.ms)-4; m-- {
		p := r.ms[m]
		if p.span.Start <= r.toks[x].Start && r.toks[x].Start < p.span.End && p.key != "" {
			if p.typ == doc.Place && p.country != "" {
				if c := gaz.byName[p.country]; c != nil && !strings.Contains(p.name, " ") || p.name == p.country {
					return govKey(c)
				}
			}
			return p.key
		}
	}
	if c, ok := gaz.countryOfPlace(w); ok && c != nil {
		return govKey(c)
	}
	return ""
}

// roleAfter reads an appositive after a name: ", a spokesman for Y",
// ", the party's leader". It returns the role and the token where Y starts.
func (r *recognizer) roleAfter(j, last int) (string, int) {
	if j+1 >= last || r.word(j) != "," {
		return "", -1
	}
	k := j + 1
	switch r.lower(k) {
	case "a", "an", "the":
		k++
	}
	start := k
	affTok := -1
	if k < last && r.nameAt(k) {
		if _, poss := bare(r.word(k)); poss {
			affTok = k
			k++
			start = k
		}
	}
	for k < last && k < start+3 && roleMods[r.lower(k)] {
		k++
	}
	if k >= last || !roleNouns[r.lower(k)] {
		return "", -1
	}
	role := r.d.Text[r.toks[start].Start:r.toks[k].End]
	k++
	if k+1 < last && (r.lower(k) == "for" || r.lower(k) == "of" || r.lower(k) == "at" || r.lower(k) == "with") {
		k++
		if r.lower(k) == "the" {
			k++
		}
		if k < last && r.nameAt(k) {
			affTok = k
		}
	}
	return role, affTok
}

// placeNouns name a kind of place before "of" and a name ("the town of
// Eastmoor").
var placeNouns = set(`village town city county district province region state island port`)

// orgDescriptors are lower-case nouns that, right before a name, say it
// names a company or a body.
var orgDescriptors = set(`operator company firm utility carrier airline retailer insurer lender bank broadcaster publisher maker manufacturer producer supplier provider developer conglomerate group charity network chain`)

// oneCapital reports a word that is one capital letter.
func oneCapital(w string) bool { return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' }
