package attrib

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/vocab"
)

// A pair whose words hold '_' is found by whichever split the words
// read make; a value no weight holds has no id and adds nothing.
func TestEndIDs(t *testing.T) {
	ix := newEndIDs(map[string]float64{
		"w12=a_b_c": 1.5, "w1=which": 0.25, "idx=2": -1, "last=true": 2, "bogus=x": 9, "noequals": 9,
	})
	get := func(tm endTmpl, a, b string) float64 {
		vb := int32(0)
		if b != "" {
			vb = ix.id(b)
		}
		return ix.get(tm, ix.id(a), vb)
	}
	assert.Equal(t, 1.5, get(eW12, "a_b", "c"))
	assert.Equal(t, 1.5, get(eW12, "a", "b_c"))
	assert.Equal(t, 0.0, get(eW12, "a", "c"))
	assert.Equal(t, 0.25, get(eW1, "which", ""))
	assert.Equal(t, 0.0, get(eB1, "which", ""), "another template")
	assert.Equal(t, -1.0, ix.get(eIdx, ix.num[2], 0))
	assert.Equal(t, 2.0, ix.get(eLast, ix.boolean[1], 0))
	assert.Equal(t, int32(-1), ix.id("x"), "a key of no template is left out")
	assert.Equal(t, 0.0, ix.get(eW1, ix.id("nowhere"), 0))
}

// Scoring by ids sums the same weights in the same order as the named
// features do, to the last bit.
func TestEndScoreMatchesNamedFeatures(t *testing.T) {
	text := "The mayor said the pier would reopen on Monday, which pleased the ferry pilots. " +
		"The council said the repairs, which cost a fortune, were finished — and the ferries would sail, as planned. " +
		"The pilots said they would sail again in a week, though the union disagreed; the mayor said nothing, because the talks, which resume in May, were secret. " +
		"Officials believe the vote, expected on Friday and delayed twice, will pass; critics said, amid protests, that it would not."
	d := extracted(text, false)
	x := newCtx(d)
	m := contentEnd
	places := 0
	for _, a := range d.Attributions {
		c := x.newEndContent(a)
		if len(c.places) == 0 {
			continue
		}
		named := m.bias
		constEndFeatures(&c, func(key []byte) { named += m.w[string(key)] })
		byID := m.bias + m.ids.get(eLemma, m.ids.id(c.a.Lemma), 0)
		byID += m.ids.get(eRule, m.ids.id(c.pattern), 0)
		require.Equal(t, named, byID, "the content's features")
		for i := range c.places {
			z := named
			x.eachEndFeature(&c, i, func(key []byte) { z += m.w[string(key)] })
			got := x.endScore(m.ids, &c, i, x.endWordID(m.ids, c.first), m.ids.id(c.a.Lemma), byID)
			assert.Equal(t, z, got, "place %d of %q", i, d.Slice(a.Content))
			places++
		}
	}
	assert.Greater(t, places, 5)
}

// The lexicon by vocabulary id gives what the map gives, for each form
// and for a word that is none.
func TestCueFormWords(t *testing.T) {
	for w, c := range cueForms {
		e := cueFormWords.Get(vocab.ID(w), w)
		require.True(t, e.ok, w)
		require.Equal(t, c, e.c, w)
	}
	for _, w := range []string{"pier", "the", "zyzzyva"} {
		_, inMap := cueForms[w]
		assert.Equal(t, inMap, cueFormWords.Get(vocab.ID(w), w).ok, w)
	}
	x := newCtx(extracted("Officials said the pier was safe.", false))
	c, ok := x.cueFormAt(1)
	assert.True(t, ok)
	assert.Equal(t, cueForms["said"], c)
	_, ok = x.cueFormAt(3)
	assert.False(t, ok, "pier")
}

// lowerAt reads the token view when segment filled it, and lower-cases
// the token itself when it did not.
func TestLowerAt(t *testing.T) {
	d := extracted("The Mayor SAID so.", false)
	for k, want := range []string{"the", "mayor", "said", "so", "."} {
		assert.Equal(t, want, lowerAt(d, k))
	}
	bare := &doc.Document{Tokens: []doc.Token{
		{Span: doc.Span{Start: 0, End: 5}, Kind: doc.Word, Text: "ÉTÉ"},
		{Span: doc.Span{Start: 6, End: 10}, Kind: doc.Word, Text: "Said"},
	}}
	assert.Equal(t, "été", lowerAt(bare, 0))
	assert.Equal(t, "said", lowerAt(bare, 1))
}

// A source's first and last fields are read from their tokens when
// they are whole tokens, and lower-cased from the text when not.
func TestFieldTokens(t *testing.T) {
	d := extracted("Prime Minister Ann Lowe said the pier was safe.", false)
	x := newCtx(d)
	span := doc.Span{Start: 0, End: len("Prime Minister Ann Lo")}
	sp := fieldsOf(d.Slice(span))
	x.fieldTokens(span, &sp)
	assert.Equal(t, 0, sp.firstTok)
	assert.Equal(t, -1, sp.lastTok, "Lo is part of a token")
	assert.Equal(t, "prime", x.fieldLower(sp.first, sp.firstTok))
	assert.Equal(t, "lo", x.fieldLower(sp.last, sp.lastTok))
	span = doc.Span{Start: len("Prime "), End: len("Prime Minister Ann Lowe")}
	sp = fieldsOf(d.Slice(span))
	x.fieldTokens(span, &sp)
	assert.Equal(t, []int{1, 3}, []int{sp.firstTok, sp.lastTok})
	fs := &featureSet{m: &filter}
	assert.Equal(t, fs.lower("Lowe").id, x.fieldWord(fs, "Lowe", 3).id)
	assert.Equal(t, fs.lower("Minister").id, x.fieldWord(fs, "Minister", -1).id)
	names := &featureSet{}
	assert.Equal(t, "lowe", x.fieldWord(names, "Lowe", 3).s)
	var none fields
	x.fieldTokens(doc.Span{}, &none)
	assert.Equal(t, []int{-1, -1}, []int{none.firstTok, none.lastTok})
}
