package attrib_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A poll is the source of the finding it reports, with the bare "in" as
// the cue, as PolNeAR marks it, "the polls" too; respondents inside a
// poll are a source phrase of their own. These are the rules' candidates
// with a poll in the source: the learned filter scores a bare "in the
// polls" near its cut-off, so whether it keeps one moves with each
// retraining.
func TestPollSources(t *testing.T) {
	tests := []struct {
		name, text string
		want       []got
	}{
		{"poll opens the sentence", "In a new Harbor Institute poll released Tuesday, 41 percent of renters favored the levy.",
			[]got{{Speaker: "a new Harbor Institute poll released Tuesday", Cue: "In", Content: "41 percent of renters favored the levy", Kind: "indirect"}}},
		{"poll closes the clause", "The councillor slipped to 9 percent in the latest Westfield survey.",
			[]got{{Speaker: "the latest Westfield survey", Cue: "in", Content: "The councillor slipped to 9 percent", Kind: "indirect"}}},
		{"respondents in a poll", "Most farmers in a recent county survey said the subsidy came too late.",
			[]got{{Speaker: "Most farmers in a recent county survey", Cue: "said", Content: "the subsidy came too late", Kind: "indirect"}}},
		{"plural polls", "The governor is slipping in the polls.",
			[]got{{Speaker: "the polls", Cue: "in", Content: "The governor is slipping", Kind: "indirect"}}},
		{"not a poll", "The governor is slipping in the rankings.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, _ := candidates(tt.text)
			var polls []got
			for _, g := range attributions(d) {
				if sp := strings.ToLower(g.Speaker); strings.Contains(sp, "poll") || strings.Contains(sp, "survey") {
					polls = append(polls, g)
				}
			}
			assert.Equal(t, tt.want, polls)
		})
	}
}
