package attrib

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A content that opens with a wire dateline starts after it.
func TestStartAfterDateline(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"place and dash", "DOVER - The ferry pilots will strike on Monday, the union said.", "The ferry pilots will strike on Monday"},
		{"place, date and agency", "NEW DOVER, Feb. 2 (UPI) — The ferry pilots will strike on Monday, the union said.", "The ferry pilots will strike on Monday"},
		{"no dateline", "The ferry pilots will strike on Monday, the union said.", "The ferry pilots will strike on Monday"},
		{"capitals in the sentence", "NATO members - and the union - will meet on Monday, the mayor said.", "NATO members - and the union - will meet on Monday"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extracted(tt.text, false)
			require.NotEmpty(t, d.Attributions)
			assert.Equal(t, tt.want, d.Slice(d.Attributions[0].Content))
		})
	}
}
