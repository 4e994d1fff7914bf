package schema_test

import (
	"testing"

	"github.com/claimgraph/claimgraph/bench/stagebench"
	"github.com/claimgraph/claimgraph/schema"
)

// BenchmarkFromExtraction turns every extraction of the BBC corpus
// (examples/ without ../shared) into quads, in MB/s of article text and
// quads/s.
func BenchmarkFromExtraction(b *testing.B) {
	xs, n := stagebench.Extractions(b)
	b.SetBytes(n)
	quads := 0
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, x := range xs {
			quads += schema.FromExtraction(x).Len()
		}
	}
	b.ReportMetric(float64(quads)/b.Elapsed().Seconds(), "quads/s")
}
