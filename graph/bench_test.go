package graph_test

import (
	"testing"

	"github.com/claimgraph/claimgraph/bench/stagebench"
)

// BenchmarkWrite writes the BBC corpus's quads (examples/ without
// ../shared) into a fresh bolt store through Store.Write, in
// transactions of about 10k quads as the loader makes them, and reports
// quads/s.
func BenchmarkWrite(b *testing.B) { stagebench.Write(b, 10000) }
