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

// After "expressed" or "voiced" the content is the "that" clause, not
// the feeling named before it.
func TestStartAtFeelingThat(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"concern that", "The pilots expressed concern that the rota was unfair.", "that the rota was unfair"},
		{"deep doubt that", "The mayor voiced deep doubt that the pier would reopen.", "that the pier would reopen"},
		{"no that", "The pilots expressed concern about the rota.", "the rota"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extracted(tt.text, false)
			require.NotEmpty(t, d.Attributions)
			assert.Equal(t, tt.want, d.Slice(d.Attributions[0].Content))
		})
	}
}
