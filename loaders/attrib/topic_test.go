package attrib

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A content read after its cue starts at the topic that "about", or
// "of"/"on" after an adverb, introduces; "that about half" and "much of"
// read a quantity and stay, as does "all about".
func TestStartAfterTopic(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"adverb of", "The mayor spoke warmly of the new ferry rota.", "the new ferry rota"},
		{"noun about", "The pilots expressed concern about the new ferry rota.", "the new ferry rota"},
		{"amount about", "The mayor has said little about the new ferry rota.", "the new ferry rota"},
		{"quantifier", "The mayor knew all about the new ferry rota.", "all about the new ferry rota"},
		{"approximation", "The pilots said they were about half of the crew.", "they were about half of the crew"},
		{"much of", "The mayor agreed with much of the new ferry rota.", "much of the new ferry rota"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extracted(tt.text, false)
			require.NotEmpty(t, d.Attributions)
			assert.Equal(t, tt.want, d.Slice(d.Attributions[0].Content))
		})
	}
}
