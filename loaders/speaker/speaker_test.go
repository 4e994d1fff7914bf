package speaker_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/pipeline"
	"github.com/claimgraph/claimgraph/loaders/speaker"
)

// attributed runs the stages up to this one and returns, for each
// attribution, "rule: speaker | cue | content".
func attributed(text string) []string {
	d, err := pipeline.Default().Upto("quote speakers").Run(doc.Article{Text: text})
	if err != nil {
		return []string{err.Error()}
	}
	var out []string
	for _, a := range d.Attributions {
		if !speaker.Sieve(a.Rule) {
			continue
		}
		out = append(out, fmt.Sprintf("%s: %s | %s | %s", a.Rule, d.Slice(a.Speaker), d.Slice(a.Cue), d.Slice(a.Content)))
	}
	return out
}

type sieveCase struct {
	name, text string
	want       []string
}

func runCases(t *testing.T, cases []sieveCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, attributed(tt.text), tt.text)
		})
	}
}

func TestHostileInput(t *testing.T) {
	for _, text := range []string{"", `"`, `""`, strings.Repeat(`"a," said X. `, 2000), strings.Repeat(`“`, 5000)} {
		assert.NotPanics(t, func() { attributed(text) })
	}
}

func TestRepairAndPrune(t *testing.T) {
	runCases(t, []sieveCase{
		{"a source across an appositive before the colon",
			`Speaking after the inquiry was announced Bob Neill, leader of the council group, said: "He has shown poor leadership."`,
			nil},
	})
	d, err := pipeline.Default().Upto("quote speakers").Run(doc.Article{Text: `Speaking after the inquiry was announced Bob Neill, leader of the council group, said: "He has shown poor leadership."`})
	require.NoError(t, err)
	var first string
	for _, a := range d.Attributions {
		if a.Content.Overlaps(d.Quotes[0].Inner) {
			first = d.Slice(a.Speaker)
			break
		}
	}
	assert.NotEmpty(t, first, "the first attribution holding the quotation names a speaker")
}
