package attrib_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/claimgraph/claimgraph/loaders/attrib"
)

// "Asked by X whether …": the asker is the source; an adjunct of place
// or time before what was asked stays out of the content.
func TestAskedBy(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"asked by, opening the sentence", "Asked by Ana Lowe whether the ferry was safe, the mayor said, “Of course.”",
			[]phrased{{"Ana Lowe", "Asked", "whether the ferry was safe"}, {"the mayor", "said", "Of course"}}},
		{"asked at a place, about", "Asked at a briefing on Monday about the rota, the mayor said, “It is fair.”",
			[]phrased{{"", "Asked", "about the rota"}, {"the mayor", "said", "It is fair"}}},
		{"when asked by, with a date", "When asked by a reporter on Thursday about raising fares, the mayor said nothing.",
			[]phrased{{"a reporter", "asked", "about raising fares"}, {"the mayor", "said", "nothing"}}},
	})
}

// "…, she said when asked about X": the question is an attribution with
// no named source, and PolNeAR's cue takes "about" in.
func TestWhenAsked(t *testing.T) {
	tests := []struct {
		name, text, phrase, content string
	}{
		{"about", "“We have no plans to sell,” the owner said when asked about the offer from the developer.", "asked about", "the offer from the developer"},
		{"whether", "The director smiled when asked whether the sequel was finished.", "asked", "whether the sequel was finished"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := run(tt.text, 0)
			var n int
			for _, a := range d.Attributions {
				if d.Slice(a.Cue) != "asked" {
					continue
				}
				n++
				assert.True(t, a.Speaker.Empty())
				assert.Equal(t, tt.phrase, d.Slice(attrib.CuePhrase(d, a)))
				assert.Equal(t, tt.content, d.Slice(a.Content))
			}
			assert.Equal(t, 1, n)
		})
	}
}
