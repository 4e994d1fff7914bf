package attrib_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/attrib"
)

// Particles that a cue verb selects: the content follows the particle,
// and PolNeAR's cue phrase takes the particle in.
func TestCueParticles(t *testing.T) {
	tests := []struct {
		name, text               string
		speaker, phrase, content string
	}{
		{"called on", "The mayor called on the council to reopen the library.", "The mayor", "called on", "the council to reopen the library"},
		{"called upon", "Two bishops called upon the rebels to lay down their arms.", "Two bishops", "called upon", "the rebels to lay down their arms"},
		{"spoke about", "The coach spoke about the injuries that ended his season.", "The coach", "spoke about", "the injuries that ended his season"},
		{"agreed with", "Most economists agreed with the bank's decision to hold rates.", "Most economists", "agreed with", "the bank's decision to hold rates"},
		{"voted against", "The council voted against the new parking fees.", "The council", "voted against", "the new parking fees"},
		{"points out after a quote", "“The lake is shrinking every year,” she points out.", "she", "points out", "The lake is shrinking every year"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := run(tt.text, 0)
			require.Len(t, d.Attributions, 1)
			a := d.Attributions[0]
			assert.Equal(t, tt.speaker, d.Slice(a.Speaker))
			assert.Equal(t, tt.phrase, d.Slice(attrib.CuePhrase(d, a)))
			assert.Equal(t, tt.content, d.Slice(a.Content))
		})
	}
}

// Under "declined to"/"refused to", PolNeAR's cue phrase is the refusal
// alone; what was refused is the content.
func TestRefusalCuePhrase(t *testing.T) {
	d := run("The minister declined to say whether the tax would rise.", 0)
	require.NotEmpty(t, d.Attributions)
	var phrases []string
	for _, a := range d.Attributions {
		phrases = append(phrases, d.Slice(attrib.CuePhrase(d, a)))
	}
	assert.Contains(t, phrases, "declined")
	assert.NotContains(t, phrases, "declined to say")
}
