package attrib

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
