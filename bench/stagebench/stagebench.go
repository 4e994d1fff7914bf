// Package stagebench owns the shared body of the per-stage Go
// benchmarks (`go test -run XXX -bench . ./loaders/... ./schema ./graph`):
// the corpus they read and how one pipeline stage is timed alone. It is
// imported by tests only.
package stagebench

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/input"
	"github.com/claimgraph/claimgraph/loaders/pipeline"
	"github.com/claimgraph/claimgraph/schema"
)

// repoRoot is the folder holding go.mod, found upwards from the test's
// working directory.
func repoRoot(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			tb.Fatalf("no go.mod above %s", dir)
		}
	}
}

// Articles returns the BBC articles from ../shared/data/news/bbc beside
// the repository, or, when that is absent, the repository's examples/
// (under CI=true the BBC corpus must be there).
func Articles(tb testing.TB) []doc.Article {
	tb.Helper()
	root := repoRoot(tb)
	src := filepath.Join(root, "..", "shared", "data", "news", "bbc", "articles.jsonl")
	if _, err := os.Stat(src); err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("the BBC corpus is missing (%v); CI needs it", err)
		}
		src = filepath.Join(root, "examples")
		tb.Logf("../shared is absent: timing examples/ instead of the BBC corpus")
	}
	var arts []doc.Article
	input.Walk([]string{src}, nil, func(it input.Item) bool {
		if it.Err == nil {
			arts = append(arts, it.Article)
		}
		return true
	})
	if len(arts) == 0 {
		tb.Fatalf("no articles in %s", src)
	}
	return arts
}

func textBytes(arts []doc.Article) int64 {
	var n int64
	for _, a := range arts {
		n += int64(len(a.Text))
	}
	return n
}

// Stage times one stage of the default pipeline, by its name there
// ("segment", "quotes", "entities", "attributions", "non-comments",
// "resolve", "events", "link"), over the corpus, in MB/s of article
// text. The stages before it run on fresh documents with the timer
// stopped, once per iteration, since stages annotate the document in
// place. Run with GOMAXPROCS=1 -benchtime 3x for one core's figure.
func Stage(b *testing.B, name string) {
	pl := pipeline.Default()
	k := -1
	for i, s := range pl {
		if s.Name == name {
			k = i
		}
	}
	if k < 0 {
		b.Fatalf("no stage %q in the default pipeline", name)
	}
	arts := Articles(b)
	b.SetBytes(textBytes(arts))
	before, stage := pl[:k], pl[k].Run
	docs := make([]*doc.Document, len(arts))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		for j, a := range arts {
			d := doc.New(a)
			for _, s := range before {
				s.Run(d)
			}
			docs[j] = d
		}
		b.StartTimer()
		for _, d := range docs {
			stage(d)
		}
	}
}

// Extractions runs the default pipeline over the corpus once.
func Extractions(b *testing.B) ([]doc.Extraction, int64) {
	arts := Articles(b)
	pl := pipeline.Default()
	out := make([]doc.Extraction, 0, len(arts))
	for _, a := range arts {
		d, err := pl.Run(a)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, d.Extraction())
	}
	return out, textBytes(arts)
}

// Write times graph.Store.Write into a fresh bolt store in dir: every
// bundle of the corpus, in batches of about batchQuads quads as the
// loader makes them, one transaction each. It reports quads/s; the store
// is opened and closed with the timer stopped.
func Write(b *testing.B, batchQuads int) {
	xs, _ := Extractions(b)
	bundles := make([]schema.Bundle, len(xs))
	quads := 0
	for i, x := range xs {
		bundles[i] = schema.FromExtraction(x)
		quads += bundles[i].Len()
	}
	var batches [][]schema.Bundle
	var cur []schema.Bundle
	n := 0
	for _, bd := range bundles {
		cur = append(cur, bd)
		n += bd.Len()
		if n >= batchQuads {
			batches, cur, n = append(batches, cur), nil, 0
		}
	}
	if len(cur) > 0 {
		batches = append(batches, cur)
	}
	ctx := context.Background()
	var elapsed time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		st, err := graph.Open(ctx, graph.Config{Backend: graph.Bolt, Address: filepath.Join(b.TempDir(), "bench.bolt"), Purpose: "benchmark"})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		t := time.Now()
		for _, batch := range batches {
			if _, err := st.Write(ctx, batch); err != nil {
				b.Fatal(err)
			}
		}
		elapsed += time.Since(t)
		b.StopTimer()
		if err := st.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(quads)*float64(b.N)/elapsed.Seconds(), "quads/s")
	b.ReportMetric(float64(len(batches)), "transactions/op")
}
