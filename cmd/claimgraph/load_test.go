package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLoadSymlinkedFolder: `claimgraph load link`, where link is a
// symbolic link to the examples folder, loads them (issue 16: it loaded
// nothing and exited 0), and a folder with nothing to read exits 2.
func TestLoadSymlinkedFolder(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	examples, err := filepath.Abs(filepath.Join("..", "..", "examples"))
	require.NoError(t, err)
	require.NoError(t, os.Symlink(examples, filepath.Join(dir, "link")))
	r := runBin(t, dir, bin, "--backend", "memstore", "load", "link")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Regexp(t, `^loaded 6 articles \(6 new, 0 replaced\), rejected 0`, r.stdout)

	require.NoError(t, os.MkdirAll(filepath.Join(dir, "empty"), 0o755))
	r = runBin(t, dir, bin, "--backend", "memstore", "load", "empty")
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, "rejected empty: no articles there")
}
