package doc

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestContentMarks checks that the contract's content takes in the
// quotation marks, the punctuation inside the closing mark and an
// introducing "that", and that the claim keeps the stage's words.
func TestContentMarks(t *testing.T) {
	tests := []struct {
		name, text, cue, content string
		// quote is the quotation's text with its marks, if any;
		// unclosed leaves out its closing mark.
		quote       string
		unclosed    bool
		wantContent string
	}{
		{name: "quote before its cue", text: "“We will win,” she said.", cue: "said", content: "We will win", quote: "“We will win,”", wantContent: "“We will win,”"},
		{name: "quote after a colon", text: "She said: “We will win.”", cue: "said", content: "We will win", quote: "“We will win.”", wantContent: "“We will win.”"},
		{name: "straight marks", text: `He said "no deal" today.`, cue: "said", content: "no deal", quote: `"no deal"`, wantContent: `"no deal"`},
		{name: "complementizer", text: "He said that the talks failed.", cue: "said", content: "the talks failed", wantContent: "that the talks failed"},
		{name: "capital complementizer and quote", text: "He wrote That “talks failed”.", cue: "wrote", content: "talks failed", quote: "“talks failed”", wantContent: "That “talks failed”"},
		{name: "complementizer before a comma", text: "She argued that, if the levy passed, rents would rise.", cue: "argued", content: "if the levy passed, rents would rise", wantContent: "that, if the levy passed, rents would rise"},
		{name: "a comma without that is not taken", text: "She argued, if anything, for less.", cue: "argued", content: "if anything, for less", wantContent: "if anything, for less"},
		{name: "that before the cue is not the content's", text: "So that the talks failed, he said.", cue: "said", content: "the talks failed", wantContent: "the talks failed"},
		{name: "unclosed quote keeps its end", text: "She said: “We will win", cue: "said", content: "We will win", quote: "“We will win", unclosed: true, wantContent: "“We will win"},
		{name: "a quote that goes on is not closed here", text: "She said “we will, and we must.”", cue: "said", content: "we will", quote: "“we will, and we must.”", wantContent: "“we will"},
		{name: "no marks", text: "The talks failed, he said.", cue: "said", content: "The talks failed", wantContent: "The talks failed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := New(Article{ID: "x", Text: tc.text})
			if tc.quote != "" {
				q := at(tc.text, tc.quote)
				_, open := firstRune(tc.quote)
				inner := Span{q.Start + open, q.End}
				if !tc.unclosed {
					_, close := lastRune(tc.quote)
					inner.End -= close
				}
				d.Quotes = []Quote{{Span: q, Inner: inner, Closed: !tc.unclosed}}
			}
			d.Attributions = []Attribution{{Cue: at(tc.text, tc.cue), Content: at(tc.text, tc.content), SpeakerEntity: -1}}
			x := d.Extraction()
			require.Len(t, x.Attributions, 1)
			a := x.Attributions[0]
			assert.Equal(t, tc.wantContent, a.Content.Text)
			assert.Equal(t, tc.content, a.Claim.Text)
			runes := []rune(tc.text)
			assert.Equal(t, tc.wantContent, string(runes[a.Content.Start:a.Content.End]))
			assert.Equal(t, tc.content, string(runes[a.Claim.Start:a.Claim.End]))
		})
	}
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

func lastRune(s string) (rune, int) {
	r := []rune(s)
	if len(r) == 0 {
		return 0, 0
	}
	return r[len(r)-1], len(string(r[len(r)-1]))
}
