// Package doc owns the one document type that every extraction stage reads
// and annotates, and the extraction contract that a document is written out
// as.
//
// Stages work in byte offsets into Document.Text, because slicing a Go string
// by bytes is free. The contract (Extraction) speaks Unicode code points, end
// exclusive, because that is what PolNeAR, the seed gold and browsers use;
// Document.Extraction converts once, at the end.
package doc

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/loaders/vocab"
)

// Article is one input article with its metadata, as a reader produced it.
type Article struct {
	ID        string `json:"id"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	Author    string `json:"author,omitempty"`
	Lang      string `json:"lang,omitempty"`
	// Source names where the article came from (a path, "path:line", or
	// "stdin"), so that an error can point at it.
	Source string `json:"-"`
	// Text is the full text that every offset indexes.
	Text string `json:"text"`
	// BodyStart is the byte offset where the body starts. When the text
	// begins with its headline (plain-text files), the headline is
	// Text[:BodyStart] and stands alone; zero means no headline in Text.
	BodyStart int `json:"-"`
}

// Span is a half-open byte range [Start, End) into Document.Text.
type Span struct {
	Start, End int
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Empty reports whether the span covers nothing.
func (s Span) Empty() bool { return s.End <= s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// TokenKind tells words from numbers and punctuation.
type TokenKind uint8

// Token kinds.
const (
	Word TokenKind = iota
	Number
	Punct
	QuoteMark
)

// Token is one word, number or punctuation mark.
type Token struct {
	Span
	Kind TokenKind
	// Text is Document.Text[Start:End], kept to avoid re-slicing in hot loops.
	Text string
}

// Sentence is a run of tokens; Tokens indexes Document.Tokens [First, Last).
type Sentence struct {
	Span
	Para        int
	First, Last int
}

// Quote is a quoted stretch: Span includes the marks, Inner does not.
type Quote struct {
	Span
	Inner Span
	// Closed is false when the quote ran to a paragraph end with no closing
	// mark (a quote continued in the next paragraph, or a stray mark).
	Closed bool
	// Nested is true for single quotes inside double quotes.
	Nested bool
}

// EntityType is the class of a named thing.
type EntityType string

// Entity types, named as in schema.org where it has one.
const (
	Person       EntityType = "Person"
	Organization EntityType = "Organization"
	Place        EntityType = "Place"
	Government   EntityType = "Government"
	NewsAgency   EntityType = "NewsAgency"
	Unknown      EntityType = ""
)

// MentionKind tells a name from the words that stand in for one.
type MentionKind uint8

// Mention kinds.
const (
	NameMention    MentionKind = iota // "Zabihullah Mujahid", "TTP"
	PronounMention                    // "he", "they"
	NominalMention                    // "the group", "the ministry"
	DemonymMention                    // "Pakistani officials"
)

// Mention is a stretch of text that refers to an entity.
type Mention struct {
	Span
	Kind MentionKind
	// Entity indexes Document.Entities, or is -1 when unresolved.
	Entity int
}

// Entity is one real-world thing named in the document.
type Entity struct {
	// ID is stable across articles: the same real-world entity gets the
	// same ID wherever it is named, so that the graph joins on it.
	ID      string
	Name    string
	Type    EntityType
	Aliases []string
	// Mentions indexes Document.Mentions.
	Mentions    []int
	Role        string
	Affiliation int // index into Document.Entities, or -1
}

// Kind of an attribution.
const (
	Direct   = "direct"
	Indirect = "indirect"
	Mixed    = "mixed"
)

// Act of an attribution: what the cue says the source did with the
// content. Only speech is a claim someone made; beliefs ("thinks",
// "fears") and intentions ("plans to", "wants") are reported states of
// mind, which stored queries leave out unless asked. Evidence is what
// data or footage shows ("the poll found", "footage shows") and Action a
// deed ("demonstrators blocked roads"): no one claims anything there,
// though PolNeAR annotates some of them.
const (
	Speech    = "speech"
	Belief    = "belief"
	Intention = "intention"
	Evidence  = "evidence"
	Action    = "action"
)

// Attribution is one claim: someone asserted something.
type Attribution struct {
	// Speaker is the source phrase; empty when the source is not in the text.
	Speaker Span
	// SpeakerEntity indexes Document.Entities, or is -1.
	SpeakerEntity int
	Cue           Span
	Content       Span
	Kind          string
	Role          string
	Channel       string
	Addressee     string
	Anonymous     bool
	// Lemma is the cue's lemma ("say", "deny", "according to").
	Lemma string
	// Rule names the rule that found the attribution ("post-cue",
	// "continuation", …), so that every result can be traced to the
	// pattern it matched.
	Rule string
	// Act is Speech, Belief, Intention, Evidence or Action; empty means
	// Speech.
	Act string
	// Negated is set when the cue is negated ("did not reveal", "the
	// agency didn't estimate"): the source did not make the claim, so
	// stored queries leave it out with the acts that are no speech.
	// PolNeAR annotates such attributions, so they are kept.
	Negated bool
	// Resolution names the mention-to-speaker rule that resolved the
	// speaker phrase to SpeakerEntity ("name", "pronoun", …).
	Resolution string
	// About indexes Document.Entities and Document.Events the content names.
	AboutEntities []int
	AboutEvents   []int
}

// ActOrSpeech is the attribution's act, Speech when no rule set one.
func (a Attribution) ActOrSpeech() string {
	if a.Act == "" {
		return Speech
	}
	return a.Act
}

// NonComment is someone asked who did not comment.
type NonComment struct {
	// Who is the subject of the refusal as written ("A spokeswoman for
	// Delta Mills", "he", "Neither the council" gives "the council").
	Who    Span
	Entity int // index into Document.Entities, or -1
	Cue    Span
	Topic  Span // empty when no topic is given
	// Subject is the part of Who, or the phrase Who stands for, that
	// names who did not comment: the organization a spokesperson speaks
	// for ("Delta Mills"), the reporting subject a pronoun is bound to
	// ("Acme said it had no comment"), the speaker of a quote for "I" or
	// "we". Empty when Who itself is the phrase to resolve.
	Subject Span
	// Spokesperson is the named person who spoke for the organization
	// ("White House spokesman Marlin Fitzwater"), or empty.
	Spokesperson Span
}

// Event is something that happened or will happen.
type Event struct {
	ID      string
	Name    string
	Type    string
	Trigger Span
	// Mentions are every stretch that refers to the event, Trigger
	// first ("peace talks", "the talks", "negotiations"), so that a claim
	// can be linked to an event it names by another word.
	Mentions     []Span
	Participants []int // Document.Entities
	Places       []int // Document.Entities
	Time         string
	TimeText     Span
	Quantity     string
}

// Document is an article being annotated by the pipeline's stages.
type Document struct {
	Article
	// BodyEnd is where boilerplate starts (len(Text) when there is none).
	BodyEnd      int
	Paragraphs   []Span
	Sentences    []Sentence
	Tokens       []Token
	Quotes       []Quote
	Mentions     []Mention
	Entities     []Entity
	Attributions []Attribution
	NonComments  []NonComment
	Events       []Event
	// View is the per-token view that segment and quotes fill once for
	// every later stage.
	View View
	// Scratch is the stages' working storage, kept by Reset.
	Scratch Scratch
}

// Scratch holds the stages' working storage from one article to the
// next when a document is Reset (pipeline.Runner reuses one document):
// a stage keeps its own under a key of an unexported type of its own
// and takes it back at the next article, so that it does not allocate
// it again. Nothing in it is an annotation, and nothing outlives the
// stage that reads it except the storage itself.
type Scratch struct {
	m map[any]any
}

// Get returns what was stored under key, or nil.
func (s *Scratch) Get(key any) any { return s.m[key] }

// Put stores v under key.
func (s *Scratch) Put(key, v any) {
	if s.m == nil {
		s.m = map[any]any{}
	}
	s.m[key] = v
}

// ScratchSlice returns the slice kept in s under key, emptied, for a
// stage to append to through the pointer: the next article's call gets
// the same storage back. What the slice holds is only good until the
// stage's next call on a document sharing s, so it must not outlive the
// stage (a copy goes into the document, never the slice).
func ScratchSlice[T any](s *Scratch, key any) *[]T {
	p, _ := s.Get(key).(*[]T)
	if p == nil {
		p = new([]T)
		s.Put(key, p)
	}
	*p = (*p)[:0]
	return p
}

// ScratchMap returns the map kept in s under key, emptied (clear keeps
// its room), with the same lifetime as ScratchSlice's slice.
func ScratchMap[K comparable, V any](s *Scratch, key any) map[K]V {
	m, _ := s.Get(key).(map[K]V)
	if m == nil {
		m = map[K]V{}
		s.Put(key, m)
	}
	clear(m)
	return m
}

// View holds, for each token of Document.Tokens, what several stages
// look up: segment fills Lower, Word, Sentence and Para (IndexTokens), and
// quotes fills InQuote right after (MaskQuotes), so that no stage
// lower-cases the text or masks quotations on its own.
type View struct {
	// Lower is each token's text lower-cased (the same string when it
	// has no upper case, so most tokens cost nothing).
	Lower []string
	// Word is the id of each Lower in the shared vocabulary (package
	// vocab), 0 when it has none: one lookup here replaces one in each
	// stage's per-word tables.
	Word []int32
	// Sentence and Para index Document.Sentences and Document.Paragraphs
	// (32 bits: the view holds one of each per token).
	Sentence []int32
	Para     []int32
	// InQuote is true for a token inside the marks of a quotation that
	// is not itself nested in one: a cue there reports speech within
	// speech.
	InQuote []bool
	// lowerBuf is lowerTokens' buffer, kept by Reset: the copies are
	// written there and then made one string.
	lowerBuf []byte
}

// Indexed reports whether the view covers the current tokens.
func (v *View) Indexed(n int) bool {
	return len(v.Lower) == n && len(v.Word) == n && len(v.Sentence) == n && len(v.Para) == n
}

// Masked reports whether the in-quote mask covers the current tokens.
func (v *View) Masked(n int) bool { return len(v.InQuote) == n }

// IndexTokens fills View.Lower, View.Word, View.Sentence and View.Para
// from Tokens and Sentences; segment calls it once they are made.
func (d *Document) IndexTokens() {
	n := len(d.Tokens)
	v := &d.View
	v.Lower = resize(v.Lower, n)
	v.Word = resize(v.Word, n)
	v.Sentence = resize(v.Sentence, n)
	v.Para = resize(v.Para, n)
	// Reused storage (Reset) holds the last article's numbers, and a
	// token outside every sentence must read 0 as in a new slice.
	clear(v.Sentence)
	clear(v.Para)
	d.lowerTokens()
	for si, s := range d.Sentences {
		for k := max(s.First, 0); k < s.Last && k < n; k++ {
			v.Sentence[k], v.Para[k] = int32(si), int32(s.Para)
		}
	}
}

// lowerTokens fills View.Lower and View.Word. The lower-cased copies are
// written into one buffer that becomes one string, which each copy
// slices: one allocation per document rather than one per capitalised
// token. Each token's bytes are read once: the scan that finds its first
// capital lower-cases from there, and a token with none is looked up in
// the vocabulary while it is at hand. Until the buffer is a string, a
// lower-cased token's Word holds -1 minus where its copy ends in the
// buffer (ids are never negative), so that no list of them is made.
func (d *Document) lowerTokens() {
	v := &d.View
	buf := v.lowerBuf[:0]
	for i := range d.Tokens {
		s := d.Tokens[i].Text
		v.Lower[i] = s
		k := firstToLower(s)
		if k < 0 {
			v.Word[i] = vocab.ID(s)
			continue
		}
		buf = appendLowerFrom(buf, s, k)
		v.Word[i] = -1 - int32(len(buf))
	}
	all := string(buf)
	v.lowerBuf = buf
	start := 0
	for i, w := range v.Word {
		if w >= 0 {
			continue
		}
		end := int(-1 - w)
		v.Lower[i] = all[start:end]
		v.Word[i] = vocab.ID(v.Lower[i])
		start = end
	}
}

// firstToLower is the index of the first upper-case ASCII letter or
// multi-byte character in s (what needsLower looks for), or -1.
func firstToLower(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return i
		}
	}
	return -1
}

// appendLowerFrom appends Lower(s) to b, given that s[:k] has no upper
// case and no multi-byte character: it is AppendLower without reading
// s[:k] again.
func appendLowerFrom(b []byte, s string, k int) []byte {
	start := len(b)
	b = append(b, s[:k]...)
	for i := k; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return append(b[:start], strings.ToLower(s)...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// AppendLower appends Lower(s) to b, so that a caller can look a
// lower-cased word up in a map from a scratch buffer without making a
// string.
func AppendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(b, strings.ToLower(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// AppendFields appends to dst the words of strings.Fields(s), so that a
// caller that only reads the words can split into an array on its stack:
// strings.Fields makes a slice on every call, and the entity and
// attribution stages split a short phrase per mention. It is a loop of
// its own rather than a range over strings.FieldsSeq, whose loop body
// is a closure that moves the caller's array to the heap.
func AppendFields(dst []string, s string) []string {
	start := -1 // where the current word starts, or -1 between words
	for i := 0; i < len(s); {
		c, size := rune(s[i]), 1
		space := asciiSpace[s[i]]
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(c)
		}
		if space {
			if start >= 0 {
				dst = append(dst, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// asciiSpace marks the bytes below utf8.RuneSelf that unicode.IsSpace
// holds for (as strings.Fields' own table does); read-only.
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// MaskQuotes fills View.InQuote from Quotes; the quotes stage calls it.
func (d *Document) MaskQuotes() {
	m := resize(d.View.InQuote, len(d.Tokens))
	clear(m)
	ti := 0
	for _, q := range d.Quotes {
		if q.Nested {
			continue
		}
		for ti < len(d.Tokens) && d.Tokens[ti].Start < q.Inner.Start {
			ti++
		}
		for k := ti; k < len(d.Tokens) && d.Tokens[k].End <= q.Inner.End; k++ {
			m[k] = true
		}
	}
	d.View.InQuote = m
}

func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// Lower lower-cases s, returning s itself when it holds no upper-case
// ASCII letter and no multi-byte character.
func Lower(s string) string {
	if needsLower(s) {
		return strings.ToLower(s)
	}
	return s
}

// needsLower reports an upper-case ASCII letter or a multi-byte
// character in s.
func needsLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// New starts a document over an article.
func New(a Article) *Document {
	return &Document{Article: a, BodyEnd: len(a.Text)}
}

// Reset makes d a new document over a, as New would, but keeps the
// storage of its tokens, sentences, quotes, view, mentions, entities,
// attributions, non-comments and events (emptied) and its Scratch for the stages to fill again:
// for a caller that runs one article after another they are over half
// of the bytes the pipeline allocates per article. What d held before
// is gone. The stages append whole values to these lists, and
// Extraction copies out of them, so an extraction made before Reset
// stays good.
func (d *Document) Reset(a Article) {
	v := d.View
	*d = Document{
		Article: a, BodyEnd: len(a.Text),
		Paragraphs: d.Paragraphs[:0], Tokens: d.Tokens[:0], Sentences: d.Sentences[:0], Quotes: d.Quotes[:0],
		Mentions: d.Mentions[:0], Entities: d.Entities[:0], Attributions: d.Attributions[:0],
		NonComments: d.NonComments[:0], Events: d.Events[:0],
		View:    View{Lower: v.Lower[:0], Word: v.Word[:0], Sentence: v.Sentence[:0], Para: v.Para[:0], InQuote: v.InQuote[:0], lowerBuf: v.lowerBuf},
		Scratch: d.Scratch,
	}
}

// Slice returns the text under s, clamped to the text.
func (d *Document) Slice(s Span) string {
	if s.Start < 0 {
		s.Start = 0
	}
	if s.End > len(d.Text) {
		s.End = len(d.Text)
	}
	if s.Empty() {
		return ""
	}
	return d.Text[s.Start:s.End]
}

// EntityAt returns the index of the entity mentioned exactly or most tightly
// around s, or -1.
func (d *Document) EntityAt(s Span) int {
	best, bestLen := -1, 0
	for _, m := range d.Mentions {
		if m.Entity < 0 || !m.Overlaps(s) {
			continue
		}
		if best < 0 || m.Len() > bestLen {
			best, bestLen = m.Entity, m.Len()
		}
	}
	return best
}
