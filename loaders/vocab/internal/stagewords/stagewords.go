// Package stagewords gathers the words of the stages' per-token tables,
// which make the shared vocabulary (loaders/vocab/words.txt): its
// generator writes them, and vocab's test checks the file against them.
package stagewords

import (
	"slices"

	"github.com/claimgraph/claimgraph/loaders/attrib"
	"github.com/claimgraph/claimgraph/loaders/entity"
	"github.com/claimgraph/claimgraph/loaders/event"
	"github.com/claimgraph/claimgraph/loaders/noncomment"
)

// All returns the stages' table words, sorted, each once.
func All() []string {
	var ws []string
	for _, f := range []func() []string{attrib.VocabWords, entity.VocabWords, event.VocabWords, noncomment.VocabWords} {
		ws = append(ws, f()...)
	}
	slices.Sort(ws)
	return slices.Compact(ws)
}
