package noncomment

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTable checks the embedded table: every family has heads and frames,
// and the words the frames are read with have their roles.
func TestTable(t *testing.T) {
	l, err := parseLexicon(tableData)
	require.NoError(t, err)
	families := map[string]bool{}
	for _, hs := range l.heads {
		for _, h := range hs {
			families[h.fam.name] = true
			assert.NotZero(t, h.fam.frames, "family %s admits no frame", h.fam.name)
		}
	}
	for _, f := range []string{"comment", "respond", "return", "elaborate", "discuss", "answer", "confirm", "available", "reach", "drawn"} {
		assert.True(t, families[f], "family %s is missing", f)
	}
	for w, r := range map[string]role{"declined": rRefuse, "couldn't": rCan | rNeg, "yet": rYet | rAdv, "unable": rUnable, "spokeswoman": rContact} {
		assert.Equal(t, r, l.roles[w]&r, "role of %q", w)
	}
	assert.Equal(t, 3, l.at([]string{"is", "not", "in", "a", "position"}, 0, 4, rAble))
}

// TestTableErrors: a broken table names the line and the reason.
func TestTableErrors(t *testing.T) {
	tests := []struct{ table, msg string }{
		{"nonsense: a b", `line 1: "nonsense: a b" is neither a family nor a known role`},
		{"# c\nfamily x: comment | sometimes | ", `line 2: family x: unknown frame "sometimes"`},
		{"family x: comment | refuse | maybe", `line 1: family x: unknown complement "maybe"`},
		{"family x: comment", `line 1: family "x: comment" needs heads | frames | complement`},
	}
	for _, tt := range tests {
		_, err := parseLexicon(tt.table)
		assert.EqualError(t, err, tt.msg)
	}
}
