package sharedtest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// recorder stands in for a test so that skips and failures can be seen
// instead of ending the real test.
type recorder struct {
	testing.TB
	skipped, failed bool
}

func (r *recorder) Helper()               {}
func (r *recorder) Skipf(string, ...any)  { r.skipped = true }
func (r *recorder) Fatalf(string, ...any) { r.failed = true }
func (r *recorder) Logf(string, ...any)   {}

func TestAbsentSkipsOrFailsByCI(t *testing.T) {
	for _, ci := range []string{"", "true"} {
		t.Setenv("CI", ci)
		r := &recorder{TB: t}
		Absent(r, "the corpus", os.ErrNotExist)
		assert.Equal(t, ci != "true", r.skipped, "CI=%q", ci)
		assert.Equal(t, ci == "true", r.failed, "CI=%q", ci)
	}
}

func TestModuleRootHoldsGoMod(t *testing.T) {
	root, err := moduleRoot()
	require.NoError(t, err)
	_, err = os.Stat(filepath.Join(root, "go.mod"))
	assert.NoError(t, err)
	assert.Equal(t, filepath.Join(root, "internal", "sharedtest"), mustWd(t))
}

func mustWd(t *testing.T) string {
	wd, err := os.Getwd()
	require.NoError(t, err)
	return wd
}

func TestPathSkipsWhatIsAbsent(t *testing.T) {
	t.Setenv("CI", "")
	r := &recorder{TB: t}
	p := Path(r, "no-such-folder-in-shared")
	assert.True(t, r.skipped)
	assert.Equal(t, "no-such-folder-in-shared", filepath.Base(p))
}
