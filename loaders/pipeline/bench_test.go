package pipeline_test

import (
	"testing"

	"github.com/claimgraph/claimgraph/bench/stagebench"
	"github.com/claimgraph/claimgraph/loaders/pipeline"
)

// BenchmarkPipeline runs the whole default pipeline and the contract
// (Document.Extraction) over the BBC corpus (examples/ without
// ../shared), as each load worker does, in MB/s of article text.
func BenchmarkPipeline(b *testing.B) {
	arts := stagebench.Articles(b)
	var n int64
	for _, a := range arts {
		n += int64(len(a.Text))
	}
	pl := pipeline.Default()
	b.SetBytes(n)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			d, err := pl.Run(a)
			if err != nil {
				b.Fatal(err)
			}
			_ = d.Extraction()
		}
	}
}
