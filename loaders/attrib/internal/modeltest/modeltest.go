// Package modeltest holds the one check the attribution stage's trainers
// share: that a committed model file is what its command writes from
// PolNeAR train, so that weights no command reproduces cannot creep in
// and be lost at the next retraining.
package modeltest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/internal/sharedtest"
)

// CheckReproduced trains with write into a temporary file and requires it
// to equal the committed model loaders/attrib/<model> byte for byte. It
// skips under -short and when ../shared is absent, which is a failure
// under CI=true. command is the trainer's package, for the message that
// says how to regenerate the file.
func CheckReproduced(t *testing.T, model, command string, write func(train, out string) error) {
	t.Helper()
	if testing.Short() {
		t.Skip("trains on PolNeAR train (seconds)")
	}
	train := sharedtest.Path(t, "data", "polnear", "train.jsonl")
	out := filepath.Join(t.TempDir(), model)
	require.NoError(t, write(train, out))
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	want, err := os.ReadFile(filepath.Join("..", "..", model))
	require.NoError(t, err)
	require.True(t, string(got) == string(want),
		"loaders/attrib/%s is not what its command writes: run go run ./loaders/attrib/internal/%s -train ../shared/data/polnear/train.jsonl -out loaders/attrib/%s from the repository's root and commit the file", model, command, model)
}
