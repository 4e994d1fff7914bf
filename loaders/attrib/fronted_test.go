package attrib

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A content inside a fronted adverbial clause ends at the comma that
// closes the clause, not at a list's or a place's comma, and a clause
// that does not open the sentence is left to the other endings.
// (The learned ending, which runs after, may still end a content sooner.)
func TestEndInFrontedClause(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"when clause", "When the mayor said the pier was unsafe, the ferry pilots stayed in port.", "the pier was unsafe"},
		{"years after", "Years after the mayor claimed the era of ferries was over, the pilots won a new contract.", "the era of ferries was over"},
		{"after a comma", "In June, after the harbor master asked the pilots to wait, the ferries stayed in port.", "the pilots to wait"},
		{"list comma", "When the mayor praised Dover, Deal and Ramsgate, the pilots cheered loudly.", "Dover, Deal and Ramsgate"},
		{"place comma", "When the mayor praised Dover, Delaware, the pilots cheered loudly.", "Dover, Delaware"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extracted(tt.text, false) // the rule's own ends, before the learned ending
			require.NotEmpty(t, d.Attributions)
			assert.Equal(t, tt.want, d.Slice(d.Attributions[0].Content))
		})
	}
}

// A cue between commas after the content's subject takes the subject
// into the content; an adjunct or a connective before it stays out.
func TestStartAtInterruptedSubject(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"subject before the cue", "A longer rota, the mayor said, “would tire the pilots.”", "A longer rota, the mayor said, “would tire the pilots"},
		{"adjunct before the cue", "On Monday, the mayor said, “the pilots were tired.”", "the pilots were tired"},
		{"connective before the cue", "Still, the mayor said, “the pilots were tired.”", "the pilots were tired"},
		{"capitalized content", "The rota, the mayor said, “Is too long.”", "Is too long"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extracted(tt.text, false)
			require.NotEmpty(t, d.Attributions)
			assert.Equal(t, tt.want, d.Slice(d.Attributions[0].Content))
		})
	}
}
