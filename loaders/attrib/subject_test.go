package attrib_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/attrib"
)

// A cue in a second verb phrase ("… and said …") takes the sentence's
// subject, past a leading prepositional phrase and before a verb that
// follows a common noun.
func TestCoordinatedVerbSubject(t *testing.T) {
	tests := []struct {
		name, text, cue, speaker string
	}{
		{"leading phrase", "At a packed hearing in the county hall, the sheriff defended his budget and said the jail was understaffed.", "said", "the sheriff"},
		{"verb after a common noun", "The chairman changed course and argued that the merger should wait.", "argued", "The chairman"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var found []got
			for _, g := range attributions(run(tt.text, 0)) {
				if g.Cue == tt.cue {
					found = append(found, g)
				}
			}
			require.Len(t, found, 1)
			assert.Equal(t, tt.speaker, found[0].Speaker)
		})
	}
}

// A dash appositive may hold commas; the name before the opening dash is
// the source.
func TestDashAppositiveWithCommas(t *testing.T) {
	d := run("Several growers — from Fresno, Modesto and Merced — said the water allocation was too small.", 0)
	require.Len(t, d.Attributions, 1)
	assert.Equal(t, "Several growers", d.Slice(d.Attributions[0].Speaker))
	assert.Equal(t, "the water allocation was too small", d.Slice(d.Attributions[0].Content))
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
