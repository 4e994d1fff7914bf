package eval_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/eval"
)

// A refusal without a topic counts as an attribution in PolNeAR's terms:
// the refusing verb is the cue, the rest the content. A non-comment that
// is not a refusal ("did not respond to a request for comment") does not.
func TestBareRefusal(t *testing.T) {
	tests := []struct {
		name, text   string
		cue, content string // empty: no attribution
	}{
		{"declined to comment", "Ferry strike goes on.\n\nThe harbor pilots walked out on Monday. The ferry company declined to comment.", "declined", "to comment"},
		{"no response", "Ferry strike goes on.\n\nThe harbor pilots walked out on Monday. The ferry company did not respond to a request for comment.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			preds, errs := eval.Predict([]eval.Doc{{DocID: "x", Text: tt.text}}, eval.Options{NonComments: true})
			require.Empty(t, errs)
			require.Len(t, preds, 1)
			var cues, contents []string
			for _, a := range preds[0].Attributions {
				if a.Cue != nil && a.Content != nil {
					cues = append(cues, a.Cue.Text)
					contents = append(contents, a.Content.Text)
				}
			}
			if tt.cue == "" {
				assert.NotContains(t, cues, "did")
				assert.Empty(t, cues)
				return
			}
			assert.Contains(t, cues, tt.cue)
			assert.Contains(t, contents, tt.content)
		})
	}
}
