package eval_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/eval"
)

// The predictions mark contents as PolNeAR does: with their quotation
// marks and an introducing "that", and without the particle that the
// cue phrase takes ("called for").
func TestPredictedContentSpans(t *testing.T) {
	tests := []struct {
		name, text, cue, content string
	}{
		{"that", "Ferry strike goes on.\n\nThe harbor master said that the pilots would return on Monday.", "said", "that the pilots would return on Monday"},
		{"quote", "Ferry strike goes on.\n\n“We will stay out until the rota changes,” the pilots’ union said on Monday.", "said", "“We will stay out until the rota changes,”"},
		{"particle", "Ferry strike goes on.\n\nThe mayor called for talks between the pilots and the company.", "called for", "talks between the pilots and the company"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			preds, errs := eval.Predict([]eval.Doc{{DocID: "x", Text: tt.text}}, eval.Options{})
			require.Empty(t, errs)
			require.Len(t, preds, 1)
			runes := []rune(tt.text)
			var got [][2]string
			for _, a := range preds[0].Attributions {
				if a.Cue != nil && a.Content != nil {
					c, x := a.Cue.Spans[0], a.Content.Spans[0]
					got = append(got, [2]string{string(runes[c[0]:c[1]]), string(runes[x[0]:x[1]])})
				}
			}
			assert.Contains(t, got, [2]string{tt.cue, tt.content})
		})
	}
}
