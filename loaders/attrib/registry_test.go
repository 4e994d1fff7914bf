package attrib

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/quotes"
	"github.com/claimgraph/claimgraph/loaders/segment"
)

// The registry and the cue-verb rule's steps are complete and their names
// unique, since attributions and the filter's features carry them.
func TestRegistry(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range rules {
		assert.NotEmpty(t, r.name)
		assert.False(t, seen[r.name], "rule %q twice", r.name)
		seen[r.name] = true
		assert.NotNil(t, r.trigger, r.name)
		assert.NotNil(t, r.read, r.name)
	}
	steps := map[string]bool{}
	for _, st := range cueSteps {
		assert.False(t, steps[st.name], "step %q twice", st.name)
		steps[st.name] = true
		assert.NotNil(t, st.run, st.name)
	}
	assert.Equal(t, "cue-verb", rules[len(rules)-1].name, "the cue-verb rule reads what the others leave")
}

// A rule's trigger holds only at the words triggerWords lists for it, so
// the dispatcher, which tries a rule only there, misses nothing.
func TestTriggerWordsCoverTriggers(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	held := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		require.NoError(t, err)
		d := doc.New(doc.Article{Text: string(raw)})
		segment.Segment(d)
		quotes.Find(d)
		x := newCtx(d)
		for _, s := range d.Sentences {
			x.title = x.titleCase(s)
			for i := s.First; i < s.Last; i++ {
				for ri, r := range rules {
					if r.trigger(x, s, i) {
						held++
						assert.NotZero(t, x.rulesAt(i)&(1<<ri), "%s triggers at %q in %s", r.name, d.Tokens[i].Text, f)
					}
				}
			}
		}
	}
	assert.Greater(t, held, 20)
}
