package dates

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestISO(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"2026-03-04", "2026-03-04", true},
		{"2026-03-04T10:00:00+01:00", "2026-03-04T10:00:00+01:00", true},
		{"Wed, 04 Mar 2026 10:00:00 GMT", "2026-03-04T10:00:00Z", true},
		{"Wed, 04 Mar 2026 10:00:00 +0100", "2026-03-04T10:00:00+01:00", true},
		{"March 4, 2026", "2026-03-04", true},
		{"4 March 2026", "2026-03-04", true},
		{"2026-03-04 10:00", "2026-03-04", true}, // a time with no zone is no instant
		{"yesterday", "", false},
		{"3 days ago", "", false},
		{"4 March", "", false},
		{"March 2026", "", false}, // no day: not a publication date
		{"not a date 2026", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := ISO(tt.in)
		assert.Equal(t, tt.ok, ok, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
}
