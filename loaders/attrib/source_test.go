package attrib_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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
		{"a participle after a subordinate clause", "They were close to a deal when the mayor scrapped the talks in May, citing rising costs.", "citing", "the mayor"},
		{"a noun phrase after a preposition is no clause", "European leaders met on Friday after Britain's decision to leave the union, offering new plans for defence.", "offering", "European leaders"},
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
