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

// TestLocalISOAgreesWithGeneral holds the fast path to what
// go-dateparser gives for the same strings: it is a shortcut, not a
// second reading.
func TestLocalISOAgreesWithGeneral(t *testing.T) {
	for _, in := range []string{
		"2026-03-04",
		"1987-02-26T15:01:01",
		"1987-02-26T15:01:01.79",
		"2026-03-04 10:00:00",
		"2026-03-04 10:00",
		"2026-03-04T23:59",
		"2024-02-29T00:00:00",
	} {
		_, ok := parseLocalISO(in)
		assert.True(t, ok, in)
		fast, ok := ISO(in)
		assert.True(t, ok, in)
		general, ok := parseGeneral(in)
		assert.True(t, ok, in)
		assert.Equal(t, general, fast, in)
	}
	for _, in := range []string{"2026-02-30T10:00:00", "2026-03-04T10:00:00Z", "04/03/2026 10:00"} {
		_, ok := parseLocalISO(in)
		assert.False(t, ok, in)
	}
}

func BenchmarkISOLocalDateTime(b *testing.B) {
	for i := 0; i < b.N; i++ {
		ISO("1987-02-26T15:01:01")
	}
}
