package attrib

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/quotes"
	"github.com/claimgraph/claimgraph/loaders/segment"
)

// The tagger's features name the word, its neighbours and its place, in
// a fixed order, with sentence edges as <s> and </s>.
func TestCueTagFeatures(t *testing.T) {
	tests := []struct {
		name, text, word string
		want             []string
	}{
		{"mid-sentence with that ahead", "The mayor slammed the plan that day.", "slammed",
			[]string{"w=slammed|", "p=mayor|", "n=the|", "pw=mayor|slammed|", "wn=slammed|the|", "p2=the|", "n2=plan|", "pos=slammed|1-3|", "that=slammed|y|"}},
		{"opening the sentence", "Slammed by critics, the plan stalled.", "slammed",
			[]string{"w=slammed|", "p=<s>|", "n=by|", "pw=<s>|slammed|", "wn=slammed|by|", "p2=<s>|", "n2=critics|", "pos=slammed|0|", "that=slammed|n|"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc.New(doc.Article{ID: "t", Text: "Headline\n\n" + tt.text})
			segment.Segment(d)
			quotes.Find(d)
			at := -1
			for i := range d.Tokens {
				if strings.ToLower(d.Tokens[i].Text) == tt.word {
					at = i
				}
			}
			assert.GreaterOrEqual(t, at, 0)
			assert.Equal(t, tt.want, CueTagFeatures(d, at))
		})
	}
}

// The committed model loads with a gate and a threshold, and a word the
// rules take is never in its gate.
func TestCueTaggerModel(t *testing.T) {
	assert.NotEmpty(t, cueTagger.words)
	for _, w := range cueTagger.words {
		assert.False(t, RuleWord(w), w)
	}
}
