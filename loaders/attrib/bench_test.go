package attrib_test

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/internal/sharedtest"
)

// bbcBodies reads BBC article bodies from ../shared (research-use data,
// never copied into the repository).
func bbcBodies(b *testing.B) []string {
	path := sharedtest.Path(b, "data", "news", "bbc", "articles.jsonl")
	f, err := os.Open(path)
	if err != nil {
		b.Fatalf("cannot read the BBC articles: %v", err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var a struct {
			Body string `json:"body"`
		}
		if json.Unmarshal(sc.Bytes(), &a) == nil && a.Body != "" {
			out = append(out, a.Body)
		}
	}
	return out
}

// BenchmarkExtract measures this engine's stages (segment, quotes,
// attributions, non-comments) over real articles; run it with
// GOMAXPROCS=1 to get one core's MB/s.
func BenchmarkExtract(b *testing.B) {
	bodies := bbcBodies(b)
	n := 0
	for _, s := range bodies {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range bodies {
			run(s, 0)
		}
	}
}
