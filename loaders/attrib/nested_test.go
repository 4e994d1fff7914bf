package attrib_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A content does not hold another attribution: it ends before the
// nested one's source (or its cue) and the connective that joins them.
func TestContentEndsBeforeNested(t *testing.T) {
	tests := []struct {
		name, text string
		want       []got
	}{
		{"while and a new source", "The mayor said the pier was safe, while the union warned that the ferries would stop.",
			[]got{{Speaker: "The mayor", Cue: "said", Content: "the pier was safe", Kind: "indirect"},
				{Speaker: "the union", Cue: "warned", Content: "the ferries would stop", Kind: "indirect"}}},
		{"the nested one opens the content", "The mayor said inspectors believe the pier is safe.",
			[]got{{Speaker: "The mayor", Cue: "said", Content: "inspectors believe the pier is safe", Kind: "indirect"}}},
		{"a nested cue after to leaves the outer cue no content", "Lowe tweeted on Friday to say he had never backed the plan.",
			[]got{{Speaker: "Lowe", Cue: "say", Content: "he had never backed the plan", Kind: "indirect"}}},
		{"only the opener would be left", "The pilots asked the mayor why he has criticized the new rota.",
			[]got{{Speaker: "The pilots", Cue: "asked", Content: "why he has criticized the new rota", Kind: "indirect"}}},
		{"by before a nested participle", "The mayor attacked the union by accusing it of sinking the ferries.",
			[]got{{Speaker: "The mayor", Cue: "attacked", Content: "the union", Kind: "indirect"},
				{Speaker: "The mayor", Cue: "accusing", Content: "it of sinking the ferries", Kind: "indirect"}}},
		{"nothing nested", "The mayor said the pier was safe and the ferries would run.",
			[]got{{Speaker: "The mayor", Cue: "said", Content: "the pier was safe and the ferries would run", Kind: "indirect"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, attributions(run(tt.text, 0)))
		})
	}
}
