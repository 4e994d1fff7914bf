package graph

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBoundGraphQL: every object field gets first: n unless it asks for
// n or fewer, leaves stay values, strings read back the same, and the
// rest is left for Cayley to refuse.
func TestBoundGraphQL(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"top field", `{ nodes { id } }`, `{ nodes(first: 11) { id } }`},
		{"first past n lowered", `{ nodes(first: 1000000) { id } }`, `{ nodes(first: 11) { id } }`},
		{"first -1 (all) lowered", `{ nodes(first: -1) { id } }`, `{ nodes(first: 11) { id } }`},
		{"first under n kept", `{ nodes(first: 3) { id } }`, `{ nodes(first: 3) { id } }`},
		{"nested objects, leaves untouched", `{ nodes(<p>: "x") { id <q> { id <r> } } }`, `{ nodes(<p>: "x", first: 11) { id <q>(first: 11) { id <r> } } }`},
		{"first in a directive lowered, none added", `{ nodes { ~<p> @rev(first: 99) { id } } }`, `{ nodes(first: 11) { ~<p> @rev(first: 11) { id } } }`},
		{"quotes in strings kept", `{ nodes(<p>: "say \"hi\"") { id } }`, `{ nodes(<p>: "say \"hi\"", first: 11) { id } }`},
		{"not GraphQL: left to Cayley", `{ nodes { id }`, `{ nodes { id }`},
		{"two operations: left to Cayley", `{ a { id } } { b { id } }`, `{ a { id } } { b { id } }`},
	}
	flat := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := boundGraphQL(tc.in, 11)
			require.NoError(t, err)
			assert.Equal(t, flat(tc.want), flat(got))
		})
	}
}
