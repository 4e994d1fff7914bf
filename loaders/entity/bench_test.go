package entity_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/entity"
	"github.com/claimgraph/claimgraph/loaders/event"
	"github.com/claimgraph/claimgraph/loaders/input"
	"github.com/claimgraph/claimgraph/loaders/pipeline"
	"github.com/claimgraph/claimgraph/loaders/quotes"
	"github.com/claimgraph/claimgraph/loaders/segment"
)

// benchDocs returns segmented documents: the BBC corpus when ../shared has
// it, else the articles under testdata/.
func benchDocs(b *testing.B) ([]*doc.Document, int64) {
	var arts []doc.Article
	if p := sharedPath("data/news/bbc/articles.jsonl"); p != "" {
		input.Walk([]string{p}, nil, func(it input.Item) bool {
			if it.Err == nil {
				arts = append(arts, it.Article)
			}
			return true
		})
	} else {
		files, _ := filepath.Glob("testdata/*.txt")
		for _, f := range files {
			raw, _ := os.ReadFile(f)
			arts = append(arts, doc.Article{ID: f, Text: string(raw)})
		}
	}
	var docs []*doc.Document
	var n int64
	// Run every stage before ours once, so that the benchmark times ours.
	p := pipeline.Default()
	for _, a := range arts {
		d, err := p.Run(a)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		n += int64(len(a.Text))
	}
	return docs, n
}

func sharedPath(rel string) string {
	dir, _ := os.Getwd()
	for i := 0; i < 6; i++ {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			p := filepath.Join(dir, "..", "shared", rel)
			if _, err := os.Stat(p); err == nil {
				return p
			}
			return ""
		}
		dir = filepath.Dir(dir)
	}
	return ""
}

// BenchmarkRecognize times named-entity recognition alone.
func BenchmarkRecognize(b *testing.B) {
	docs, n := benchDocs(b)
	b.SetBytes(n)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			entity.Recognize(d)
		}
	}
}

// BenchmarkStages times all of this package's stages and the event stage:
// Recognize, Resolve, event.Extract and Link.
func BenchmarkStages(b *testing.B) {
	docs, n := benchDocs(b)
	b.SetBytes(n)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			entity.Recognize(d)
			entity.Resolve(d)
			event.Extract(d)
			entity.Link(d)
		}
	}
}

// BenchmarkSegmentQuotes is the baseline the stages above sit on.
func BenchmarkSegmentQuotes(b *testing.B) {
	docs, n := benchDocs(b)
	b.SetBytes(n)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			segment.Segment(d)
			quotes.Find(d)
		}
	}
}
