package attrib_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// In a relative clause the relative pronoun is the cue's source, as
// PolNeAR marks it; the clause after the cue is the content.
func TestRelativePronounSources(t *testing.T) {
	tests := []struct {
		name, text            string
		speaker, cue, content string
	}{
		{"who", "The fund is run by trustees who believe the pension is safe.", "who", "believe", "the pension is safe"},
		{"which", "Officials pointed to a study which argued that fares should fall.", "which", "argued", "fares should fall"},
		{"non-restrictive who ends at its comma", "Councillor Ann Roe, who had opposed the first draft, said the budget was fair.", "who", "opposed", "the first draft"},
		{"a quoted comma does not end it", "Ann Roe, who had called the plan “late, but welcome,” said the budget was fair.", "who", "called", "the plan “late, but welcome,”"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := run(tt.text, 0)
			var found []got
			for _, g := range attributions(d) {
				if g.Cue == tt.cue {
					found = append(found, g)
				}
			}
			require.Len(t, found, 1)
			assert.Equal(t, tt.speaker, found[0].Speaker)
			assert.Equal(t, tt.content, found[0].Content)
		})
	}
}
