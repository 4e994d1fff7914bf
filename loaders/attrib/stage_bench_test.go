package attrib_test

import (
	"testing"

	"github.com/claimgraph/claimgraph/bench/stagebench"
)

// BenchmarkAttribStage times the attribution stage alone (BenchmarkExtract
// times it with segment, quotes and non-comments), over the BBC corpus
// (examples/ without ../shared), in MB/s of article text. One core:
// GOMAXPROCS=1 go test -run XXX -bench . -benchtime 3x
func BenchmarkAttribStage(b *testing.B) { stagebench.Stage(b, "attributions") }
