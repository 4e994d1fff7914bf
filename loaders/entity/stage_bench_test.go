package entity_test

import (
	"testing"

	"github.com/claimgraph/claimgraph/bench/stagebench"
)

// BenchmarkEntityStage times each of this package's pipeline stages alone
// (recognize, resolve, link) over the BBC corpus (examples/ without
// ../shared), in MB/s of article text; the stages before each run
// untimed. One core: GOMAXPROCS=1 go test -run XXX -bench . -benchtime 3x
func BenchmarkEntityStage(b *testing.B) {
	for _, s := range []string{"entities", "resolve", "link"} {
		b.Run(s, func(b *testing.B) { stagebench.Stage(b, s) })
	}
}
