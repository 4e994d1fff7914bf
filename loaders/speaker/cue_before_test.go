package speaker_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/pipeline"
	"github.com/claimgraph/claimgraph/loaders/speaker"
)

func TestCueBefore(t *testing.T) {
	runCases(t, []sieveCase{
		{"verb and addressee before a colon", `The plan is dead, and Ann Reyes told the BBC: "Nobody wanted it."`,
			nil}, // the cue rules read this one themselves
		{"a name and a colon, no verb", "The show moves in spring.\n\nBBC Two controller Roly Keating: \"It's an exciting new era for the show.\"",
			[]string{"cue-before: BBC Two controller Roly Keating | : | It's an exciting new era for the show."}},
		{"a passive verb reports the asker, not its subject", `Wheelchair user Kevin Donnellon was asked: "Why on earth do you want that?"`,
			nil},
		{"interrupted by its cue", `"We are not afraid," the activist said, "and we will return to the square."`,
			[]string{"cue-before: the activist | said | and we will return to the square."}},
	})
}

// TestCueBeforeRelativeSubject runs the sieves on a quotation that no
// cue rule attributed (the learned filter may drop a relative clause's
// candidate): "who" before the verb is the subject, which the resolver
// later takes to the name before it; before, no phrase ran over "who",
// and the quotation fell to the previous speaker.
func TestCueBeforeRelativeSubject(t *testing.T) {
	text := `Less impressed were fellow students Tom Reed and Sam Dale, who observed, "They have clearly progressed, but they are still not very inspiring."`
	d, err := pipeline.Default().Upto("entities").Run(doc.Article{Text: text})
	require.NoError(t, err)
	d.Attributions = d.Attributions[:0]
	speaker.Attribute(d)
	require.Len(t, d.Attributions, 1)
	a := d.Attributions[0]
	assert.Equal(t, "cue-before: who | observed", a.Rule+": "+d.Slice(a.Speaker)+" | "+d.Slice(a.Cue))
}
