package attrib

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/internal/sharedtest"
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
// the dispatcher, which tries a rule only there, misses nothing: on our
// own testdata and, when ../shared is present, on every fifth BBC article
// (reserved ones left out), since a list typed beside the triggers can
// fall behind them unseen.
func TestTriggerWordsCoverTriggers(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	held := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		require.NoError(t, err)
		held += checkTriggerWords(t, string(raw), f)
	}
	assert.Greater(t, held, 20)
	sample := sampledBBC(t, 5)
	assert.Greater(t, len(sample), 400)
	for id, body := range sample {
		checkTriggerWords(t, body, id)
	}
}

// checkTriggerWords asserts, at every token of text where a rule's
// trigger holds, that the dispatcher would try that rule; it returns how
// many times a trigger held.
func checkTriggerWords(t *testing.T, text, name string) int {
	d := doc.New(doc.Article{Text: text})
	segment.Segment(d)
	quotes.Find(d)
	x := newCtx(d)
	held := 0
	for _, s := range d.Sentences {
		x.title = x.titleCase(s)
		for i := s.First; i < s.Last; i++ {
			for ri, r := range rules {
				if r.trigger(x, s, i) {
					held++
					if x.rulesAt(i)&(1<<ri) == 0 {
						t.Errorf("%s triggers at %q in %s, which triggerWords does not list", r.name, d.Tokens[i].Text, name)
					}
				}
			}
		}
	}
	return held
}

// sampledBBC reads every nth BBC article of ../shared by id, leaving out
// the reserved ones; it skips when ../shared is absent, except on CI.
func sampledBBC(t *testing.T, nth int) map[string]string {
	raw, err := os.ReadFile(sharedtest.Path(t, "data", "news", "bbc", "articles.jsonl"))
	require.NoError(t, err)
	shared := sharedtest.Path(t)
	reserved := map[string]bool{}
	if r, err := os.ReadFile(filepath.Join(shared, "data", "dev", "reserved.txt")); err == nil {
		for _, l := range strings.Fields(string(r)) {
			reserved[l] = true
		}
	}
	out := map[string]string{}
	for i, line := range strings.Split(string(raw), "\n") {
		var a struct{ ID, Body string }
		if i%nth != 0 || json.Unmarshal([]byte(line), &a) != nil || reserved[a.ID] {
			continue
		}
		out[a.ID] = a.Body
	}
	return out
}
