package main

import (
	"testing"

	"github.com/claimgraph/claimgraph/loaders/attrib/internal/modeltest"
)

// TestCommittedModelIsReproduced: the committed contentend.tsv is what
// this command writes from PolNeAR train.
func TestCommittedModelIsReproduced(t *testing.T) {
	modeltest.CheckReproduced(t, "contentend.tsv", "trainend", run)
}
