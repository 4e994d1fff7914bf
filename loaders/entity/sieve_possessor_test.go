package entity_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPossessorSieve(t *testing.T) {
	tests := []struct {
		name, text, content, want string
	}{
		{"a thing of someone's speaks for them",
			"Marion Jones sued Victor Conte. Her lawsuit said the claims were false and malicious.",
			"the claims were false and malicious", "possessor: Marion Jones"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakers(tt.text)
			assert.Equal(t, tt.want, got[tt.content], "%v", got)
		})
	}
}
