package eval_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/eval"
	"github.com/claimgraph/claimgraph/loaders/pipeline"
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
		{"that before a comma", "Ferry strike goes on.\n\nThe harbor master said that, unless the talks resume, the pilots will stay out.", "said", "that, unless the talks resume, the pilots will stay out"},
		{"colon before a quotation", "Ferry strike goes on.\n\nThe harbor master explained the delay this way: “The pilots want a fair rota and nothing more.”", "explained", "“The pilots want a fair rota and nothing more.”"},
		{"relative that before a verb", "Ferry strike goes on.\n\nThe pilots began a walkout that the union said would last a week.", "said", "that"},
		{"complementizer that stays out", "Ferry strike goes on.\n\nIt is clear that the union believes the pilots are tired.", "believes", "the pilots are tired"},
		{"feeling before that", "Ferry strike goes on.\n\nThe pilots expressed concern that the rota was unfair.", "expressed concern", "that the rota was unfair"},
		{"subject before an interrupting cue", "Ferry strike goes on.\n\nA longer rota, the mayor said, “would tire the pilots.”", "said", "A longer rota, "}, // (the scorer drops the comma and space)
		{"colon inside a quotation", "Ferry strike goes on.\n\nThe harbor master said: “Two things: a fair rota and a pay rise.”", "said", "“Two things: a fair rota and a pay rise.”"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := predicted(t, tt.text)
			assert.Contains(t, got, [2]string{tt.cue, tt.content})
		})
	}
}

// A cue that interrupts its content's sentence leaves the rest of the
// sentence as a second span of the content, unless a participle ("…,
// she said, adding …") or a conjunction opens another clause there; a
// cue inside its content is left out of it.
func TestPredictedContentTail(t *testing.T) {
	tests := []struct {
		name, text string
		cue        string
		want       []string // the content's spans, trimmed
	}{
		{"tail", "Ferry strike goes on.\n\nTalks with the pilots, the mayor said, would resume on Monday.", "said", []string{"Talks with the pilots", "would resume on Monday"}},
		{"participle", "Ferry strike goes on.\n\nThe pilots will stay out, the union said, adding that talks would resume.", "said", []string{"The pilots will stay out"}},
		{"cue inside", "Ferry strike goes on.\n\nThe ferry service is expected to resume on Monday.", "expected", []string{"The ferry service", "to resume on Monday"}},
		{"expletive it", "Ferry strike goes on.\n\nIt seems the pilots will stay out until Monday.", "seems", []string{"the pilots will stay out until Monday"}},
		{"after a participle", "Ferry strike goes on.\n\n“The ferries will run on Monday,” the mayor said, citing the new rota. “The pilots have agreed to it.”", "said", []string{"“The ferries will run on Monday,”", "“The pilots have agreed to it.”"}},
		{"free relative", "Ferry strike goes on.\n\nThe pilots turned down what the mayor called “a fair and final offer.”", "called", []string{"what", "“a fair and final offer.”"}},
		{"which after a comma", "Ferry strike goes on.\n\nThe pilots turned down the offer, which the mayor called “fair and final.”", "called", []string{"which", "“fair and final.”"}},
		{"free relative whom", "Ferry strike goes on.\n\nThe mayor thanked the pilots, whom she has called “patient and loyal.”", "called", []string{"whom", "“patient and loyal.”"}},
		{"after a quotation", "Ferry strike goes on.\n\n“The pilots will stay out,” the mayor said, a hint of anger in her voice.", "said", []string{"“The pilots will stay out,”"}},
		{"after a post-posed cue", "Ferry strike goes on.\n\n“The pilots will stay out,” the mayor said aboard the ferry. “They have told me so.”", "said", []string{"“The pilots will stay out,”", "“They have told me so.”"}},
		{"conjunction", "Ferry strike goes on.\n\nThe pilots will stay out, the union said, but the ferries will run.", "said", []string{"The pilots will stay out"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			preds, errs := eval.Predict([]eval.Doc{{DocID: "x", Text: tt.text}}, eval.Options{})
			require.Empty(t, errs)
			require.Len(t, preds, 1)
			runes := []rune(tt.text)
			var found bool
			for _, a := range preds[0].Attributions {
				if a.Content == nil || a.Cue == nil || !strings.Contains(string(runes[a.Cue.Spans[0][0]:a.Cue.Spans[0][1]]), tt.cue) {
					continue
				}
				found = true
				var spans []string
				for _, sp := range a.Content.Spans {
					spans = append(spans, strings.TrimSpace(string(runes[sp[0]:sp[1]])))
				}
				assert.Equal(t, tt.want, spans)
			}
			assert.True(t, found, "no attribution with the cue %q", tt.cue)
		})
	}
}

// predicted returns the cue and the first content span of each
// prediction for one article.
func predicted(t *testing.T, text string) [][2]string {
	t.Helper()
	preds, errs := eval.Predict([]eval.Doc{{DocID: "x", Text: text}}, eval.Options{})
	require.Empty(t, errs)
	require.Len(t, preds, 1)
	runes := []rune(text)
	var got [][2]string
	for _, a := range preds[0].Attributions {
		if a.Cue != nil && a.Content != nil {
			c, x := a.Cue.Spans[0], a.Content.Spans[0]
			got = append(got, [2]string{string(runes[c[0]:c[1]]), string(runes[x[0]:x[1]])})
		}
	}
	return got
}

// A quotation after a communication noun its speaker owns ("His advice
// was to “…”") is no prediction of its own: PolNeAR annotates few of
// them. The extraction keeps it.
func TestPossessiveNounLeftOut(t *testing.T) {
	text := "Ferry strike goes on.\n\nThe mayor was the star of the meeting. His advice for the pilots was to “wait for the new rota and keep calm”."
	preds, errs := eval.Predict([]eval.Doc{{DocID: "x", Text: text}}, eval.Options{})
	require.Empty(t, errs)
	require.Len(t, preds, 1)
	for _, a := range preds[0].Attributions {
		assert.NotEqual(t, "possessive-noun", a.Rule)
	}
	d, err := pipeline.Default().Run(doc.Article{ID: "x", Text: text})
	require.NoError(t, err)
	var rules []string
	for _, a := range d.Extraction().Attributions {
		rules = append(rules, a.Rule)
	}
	assert.Contains(t, rules, "possessive-noun")
}

// A source that holds another attribution's cue ends before the
// relative clause that holds it.
func TestSourceBeforeNestedCue(t *testing.T) {
	text := "Ferry strike goes on.\n\nThe mayor, who said last week that the pier was safe, told the council on Monday that the ferries would run."
	preds, errs := eval.Predict([]eval.Doc{{DocID: "x", Text: text}}, eval.Options{})
	require.Empty(t, errs)
	require.Len(t, preds, 1)
	runes := []rune(text)
	sources := map[string]string{}
	for _, a := range preds[0].Attributions {
		if a.Cue != nil && a.Source != nil {
			c, s := a.Cue.Spans[0], a.Source.Spans[0]
			sources[string(runes[c[0]:c[1]])] = string(runes[s[0]:s[1]])
		}
	}
	assert.Equal(t, "The mayor", sources["told"])
}
