package doc

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLower(t *testing.T) {
	tests := map[string]string{"said": "said", "Said": "said", "U.S.": "u.s.", "Ümit": "ümit", "": ""}
	for in, want := range tests {
		assert.Equal(t, want, Lower(in), in)
	}
}

// A document whose tokens and sentences were made by hand (no segment
// stage) gets the same view from IndexTokens and MaskQuotes.
func TestViewByHand(t *testing.T) {
	text := "“Yes,” he said. ‘No.’\n\nThen “he ‘left’ early.”"
	d := New(Article{Text: text})
	// Tokens found in order, so that the offsets follow the text.
	at := 0
	tok := func(w string, kind TokenKind) Token {
		i := at + strings.Index(text[at:], w)
		at = i + len(w)
		return Token{Span: Span{i, at}, Kind: kind, Text: w}
	}
	d.Tokens = []Token{
		tok("“", QuoteMark), tok("Yes", Word), tok(",", Punct), tok("”", QuoteMark),
		tok("he", Word), tok("said", Word), tok(".", Punct),
		tok("Then", Word), tok("“", QuoteMark), tok("he", Word),
	}
	para2 := strings.Index(text, "Then")
	open2 := strings.Index(text, "“he")
	inner3 := strings.Index(text, "left")
	d.Paragraphs = []Span{{0, para2 - 2}, {para2, len(text)}}
	d.Sentences = []Sentence{{Span: Span{0, d.Tokens[6].End}, Para: 0, First: 0, Last: 7}, {Span: Span{para2, len(text)}, Para: 1, First: 7, Last: 10}}
	d.Quotes = []Quote{
		{Span: Span{0, d.Tokens[3].End}, Inner: Span{d.Tokens[1].Start, d.Tokens[3].Start}, Closed: true},
		{Span: Span{open2, len(text)}, Inner: Span{open2 + len("“"), len(text)}},
		{Span: Span{inner3 - len("‘"), inner3 + len("left’")}, Inner: Span{inner3, inner3 + 4}, Nested: true},
	}
	d.Paragraphs = []Span{{0, 27}, {29, len(text)}}
	d.Sentences = []Sentence{{Span: Span{0, 19}, Para: 0, First: 0, Last: 7}, {Span: Span{29, len(text)}, Para: 1, First: 7, Last: 10}}
	d.Quotes = []Quote{
		{Span: Span{0, 10}, Inner: Span{3, 7}, Closed: true},
		{Span: Span{34, len(text)}, Inner: Span{37, len(text)}},
		{Span: Span{40, 47}, Inner: Span{43, 44}, Nested: true},
	}
	assert.False(t, d.View.Indexed(len(d.Tokens)))
	d.IndexTokens()
	d.MaskQuotes()
	assert.True(t, d.View.Indexed(len(d.Tokens)))
	assert.True(t, d.View.Masked(len(d.Tokens)))
	assert.Equal(t, []string{"“", "yes", ",", "”", "he", "said", ".", "then", "“", "he"}, d.View.Lower)
	assert.Equal(t, []int32{0, 0, 0, 0, 0, 0, 0, 1, 1, 1}, d.View.Sentence)
	assert.Equal(t, []int32{0, 0, 0, 0, 0, 0, 0, 1, 1, 1}, d.View.Para)
	assert.Equal(t, []bool{false, true, true, false, false, false, false, false, false, true}, d.View.InQuote)

	// A second run over fewer tokens reuses the slices and forgets the old mask.
	d.Tokens, d.Sentences, d.Quotes = d.Tokens[:3], d.Sentences[:1], nil
	d.Sentences[0].Last = 3
	d.IndexTokens()
	d.MaskQuotes()
	assert.Equal(t, []bool{false, false, false}, d.View.InQuote)
	assert.Equal(t, []string{"“", "yes", ","}, d.View.Lower)
}

// The lower-cased view shares one buffer across tokens; each entry must
// still equal Lower of its own token, whatever mix of case and script.
func TestViewLowerMatchesLower(t *testing.T) {
	words := []string{"Said", "the", "U.S.", "Ümit", "ÇA", "said", "", "İstanbul", "ΣΟΦΊΑ", "x", "McDONALD", "“", "NATO"}
	d := New(Article{Text: strings.Join(words, " ")})
	at := 0
	for _, w := range words {
		d.Tokens = append(d.Tokens, Token{Span: Span{at, at + len(w)}, Kind: Word, Text: w})
		at += len(w) + 1
	}
	d.IndexTokens()
	for i, w := range words {
		assert.Equal(t, Lower(w), d.View.Lower[i], w)
	}
}

func TestAppendFieldsMatchesFields(t *testing.T) {
	tests := []string{"", "  ", "the Prime Minister", " two\tspaced\n words ", "non\u00a0breaking\u2003space", "bad \xff byte", "one",
		"\xff", " \xe2\x80", "next\u0085line", "v\vf\fr\r", "end ", "\u3000ideographic\u3000", "\xc2\xa0", "a\xc2"}
	for _, s := range tests {
		var buf [2]string
		got := AppendFields(buf[:0], s)
		want := strings.Fields(s)
		if len(want) == 0 {
			assert.Empty(t, got, "%q", s)
			continue
		}
		assert.Equal(t, want, got, "%q", s)
	}
	assert.Equal(t, []string{"x", "a", "b"}, AppendFields([]string{"x"}, "a b"))
}

// Reset empties the annotations and keeps the storage: the tokens'
// capacity and what the stages left in Scratch.
func TestResetKeepsStorage(t *testing.T) {
	type key struct{}
	d := New(Article{Text: "One two."})
	d.Tokens = append(d.Tokens, Token{Span: Span{0, 3}, Text: "One"}, Token{Span: Span{4, 7}, Text: "two"})
	d.Entities = append(d.Entities, Entity{Name: "One"})
	d.Quotes = append(d.Quotes, Quote{Span: Span{0, 8}})
	d.NonComments = append(d.NonComments, NonComment{Entity: -1})
	d.Events = append(d.Events, Event{Name: "talks"})
	d.IndexTokens()
	d.Scratch.Put(key{}, 7)
	d.Reset(Article{Text: "Three."})
	assert.Empty(t, d.Tokens)
	assert.GreaterOrEqual(t, cap(d.Tokens), 2)
	assert.Empty(t, d.Entities)
	assert.Empty(t, d.Quotes)
	assert.Equal(t, 1, cap(d.Quotes))
	assert.Empty(t, d.NonComments)
	assert.Equal(t, 1, cap(d.NonComments))
	assert.Empty(t, d.Events)
	assert.Equal(t, 1, cap(d.Events))
	assert.False(t, d.View.Indexed(1), "the view is emptied")
	d.Tokens = append(d.Tokens, Token{Span: Span{0, 5}, Text: "Three"})
	d.IndexTokens()
	assert.Equal(t, []string{"three"}, d.View.Lower, "the kept lower-casing buffer is written afresh")
	assert.Equal(t, "Three.", d.Text)
	assert.Equal(t, len("Three."), d.BodyEnd)
	assert.Equal(t, 7, d.Scratch.Get(key{}))
	assert.Nil(t, New(Article{}).Scratch.Get(key{}))
}

func TestScratchSliceAndMapAreReusedEmpty(t *testing.T) {
	type key struct{}
	type mkey struct{}
	var s Scratch
	p := ScratchSlice[int](&s, key{})
	assert.Empty(t, *p)
	*p = append(*p, 1, 2, 3)
	again := ScratchSlice[int](&s, key{})
	assert.Same(t, p, again)
	assert.Empty(t, *again)
	assert.GreaterOrEqual(t, cap(*again), 3, "the storage comes back")
	m := ScratchMap[string, int](&s, mkey{})
	m["said"] = 1
	m2 := ScratchMap[string, int](&s, mkey{})
	assert.Empty(t, m2)
	m2["told"] = 2
	assert.Equal(t, 2, m["told"], "the same map")
	var other Scratch
	assert.Empty(t, *ScratchSlice[int](&other, key{}), "each Scratch has its own")
}

// AppendFields must split any bytes as strings.Fields does, broken UTF-8
// and every kind of space included.
func TestAppendFieldsMatchesFieldsOnRandomBytes(t *testing.T) {
	alphabet := []string{"a", "B", " ", "\t", "\n", "\u00a0", "\u2003", "\u0085", "\xff", "\xe2", "\x80", "é", "’"}
	state := uint32(1)
	for range 5000 {
		var b strings.Builder
		for range int(state % 9) {
			state = state*1664525 + 1013904223
			b.WriteString(alphabet[state>>16%uint32(len(alphabet))])
		}
		state = state*1664525 + 1013904223
		s := b.String()
		want := strings.Fields(s)
		got := AppendFields(nil, s)
		if len(want) == 0 {
			assert.Empty(t, got, "%q", s)
			continue
		}
		assert.Equal(t, want, got, "%q", s)
	}
}
