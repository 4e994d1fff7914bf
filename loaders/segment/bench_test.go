package segment_test

import (
	"testing"

	"github.com/claimgraph/claimgraph/bench/stagebench"
)

// BenchmarkSegment times this stage alone over the BBC corpus (examples/
// without ../shared), in MB/s of article text; the stages before it run
// untimed. One core: GOMAXPROCS=1 go test -run XXX -bench . -benchtime 3x
func BenchmarkSegment(b *testing.B) { stagebench.Stage(b, "segment") }
