package doc

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRuneIndex(t *testing.T) {
	tests := []struct {
		text       string
		byteOffset int
		want       int
	}{
		{"plain ascii", 5, 5},
		{"Kabul’s rulers", 8, 6}, // ’ is three bytes
		{"“Q,” he said", 4, 2},
		{"“Q,” he said", 100, 12}, // clamped to the end
		{"", 0, 0},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, NewRuneIndex(tc.text).Rune(tc.byteOffset), "%q at %d", tc.text, tc.byteOffset)
	}
	ri := NewRuneIndex("“Talks,” he said")
	assert.Equal(t, TextSpan{Text: "Talks", Start: 1, End: 6}, ri.Span(Span{3, 8}))
	assert.Equal(t, 3, ByteOffset("“Talks", 1))
}

func TestExtractionOffsetsAreCodePoints(t *testing.T) {
	text := "Head\n\n“Yes,” said Ana Lí."
	d := New(Article{ID: "x", Text: text, BodyStart: 6})
	d.Entities = []Entity{{ID: "person/ana-li", Name: "Ana Lí", Type: Person, Affiliation: -1}}
	d.Attributions = []Attribution{{
		Speaker: at(text, "Ana Lí"), SpeakerEntity: 0, Cue: at(text, "said"), Content: at(text, "Yes"), Kind: Direct,
	}}
	x := d.Extraction()
	assert.Equal(t, &TextSpan{Text: "Head", Start: 0, End: 4}, x.Headline)
	a := x.Attributions[0]
	runes := []rune(text)
	assert.Equal(t, "Yes", string(runes[a.Content.Start:a.Content.End]))
	assert.Equal(t, "said", string(runes[a.Cue.Start:a.Cue.End]))
	assert.Equal(t, "Ana Lí", string(runes[a.Speaker.Start:a.Speaker.End]))
	assert.Equal(t, "Ana Lí", a.Speaker.Entity.Name)
}

func at(text, sub string) Span {
	i := strings.Index(text, sub)
	return Span{i, i + len(sub)}
}

// A non-comment names its spokesperson when there is one; the field is
// left out otherwise, so that the existing fields read as before.
func TestNonCommentSpokesperson(t *testing.T) {
	text := "Acme spokesman John Hale declined to comment. Borel declined to comment."
	d := New(Article{ID: "x", Text: text})
	d.NonComments = []NonComment{
		{Who: at(text, "Acme spokesman John Hale"), Subject: at(text, "Acme"), Spokesperson: at(text, "John Hale"), Entity: -1, Cue: at(text, "declined to comment")},
		{Who: at(text, "Borel"), Entity: -1, Cue: Span{strings.LastIndex(text, "declined"), len(text) - 1}},
	}
	x := d.Extraction()
	require.Len(t, x.NonComments, 2)
	require.NotNil(t, x.NonComments[0].Spokesperson)
	assert.Equal(t, TextSpan{Text: "John Hale", Start: 15, End: 24}, x.NonComments[0].Spokesperson.TextSpan)
	b, err := json.Marshal(x.NonComments[1])
	require.NoError(t, err)
	assert.NotContains(t, string(b), "spokesperson")
	assert.Contains(t, string(b), `"entity_mention":{"text":"Borel"`)
}
