package attrib_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A role before the name ("the economist Ana Lowe") may carry an
// appositive before its cue like a bare name does.
func TestRoleNameWithAppositive(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"after a quote", "“The fares will rise,” the economist Ana Lowe, a former adviser to the port, wrote on her blog.",
			[]phrased{{"the economist Ana Lowe, a former adviser to the port", "wrote", "The fares will rise"}}},
	})
}

// A role and then a name, between commas, before a post-posed cue: the
// source is both.
func TestRoleThenName(t *testing.T) {
	checkPhrases(t, []phraseCase{
		{"after a quote", "“The pier will reopen,” the harbor spokesman, Lena Voss, said.",
			[]phrased{{"the harbor spokesman, Lena Voss", "said", "The pier will reopen"}}},
		{"with initials", "“The pier will reopen,” the head of the port, Carl J. Dunmore, said.",
			[]phrased{{"the head of the port, Carl J. Dunmore", "said", "The pier will reopen"}}},
		{"a lower-case appositive is no name", "“The pier will reopen,” the spokesman, a former sailor, said.", nil},
	})
}

// A dash appositive may hold commas; the name before the opening dash is
// the source.
func TestDashAppositiveWithCommas(t *testing.T) {
	d := run("Several growers — from Fresno, Modesto and Merced — said the water allocation was too small.", 0)
	require.Len(t, d.Attributions, 1)
	assert.Equal(t, "Several growers", d.Slice(d.Attributions[0].Speaker))
	assert.Equal(t, "the water allocation was too small", d.Slice(d.Attributions[0].Content))
}

// A source set off from its cue by a relative clause, an appositive or
// dashes.
func TestRelativePatterns(t *testing.T) {
	checkPatterns(t, []patternCase{
		{"relative clause", "Dr. Lena Ruiz, who leads the clinic, said the vaccine supply was low.",
			[]got{{Speaker: "Dr. Lena Ruiz", Cue: "said", Content: "the vaccine supply was low", Kind: "indirect"}}},
		{"appositive role", "Mark Tully, a spokesman for the airline, said flights would resume.",
			[]got{{Speaker: "Mark Tully", Cue: "said", Content: "flights would resume", Kind: "indirect", Role: "spokesman for the airline"}}},
		{"a title, then the name as appositive", "The Shadow Minister for Harbours, Ann Rowe, said the pier would close.",
			[]got{{Speaker: "The Shadow Minister for Harbours", Cue: "said", Content: "the pier would close", Kind: "indirect", Role: "Shadow Minister for Harbours"}}},
		{"dash appositive", "Ana Silva — a nurse from Porto — says the ward is full.",
			[]got{{Speaker: "Ana Silva", Cue: "says", Content: "the ward is full", Kind: "indirect"}}},
	})
}
