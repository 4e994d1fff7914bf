package main

import (
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestVersion: `claimgraph --version` and `claimgraph version` print the
// same line, from the binary's build information, even with no config.
func TestVersion(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	a := runBin(t, dir, bin, "--version")
	b := runBin(t, dir, bin, "version")
	require.Equal(t, 0, a.code, a.stderr)
	require.Equal(t, 0, b.code, b.stderr)
	assert.Equal(t, a.stdout, b.stdout)
	assert.True(t, strings.HasPrefix(a.stdout, "claimgraph "), a.stdout)
	assert.Contains(t, a.stdout, runtime.Version())
}
