package main

import (
	"testing"

	"github.com/claimgraph/claimgraph/loaders/attrib/internal/modeltest"
)

// TestCommittedModelIsReproduced: the committed filter.tsv is what this
// command writes from PolNeAR train with its default settings.
func TestCommittedModelIsReproduced(t *testing.T) {
	modeltest.CheckReproduced(t, "filter.tsv", "trainfilter", func(train, out string) error {
		return run(train, out, defaultHyper)
	})
}
