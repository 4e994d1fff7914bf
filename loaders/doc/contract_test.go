package doc

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
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
