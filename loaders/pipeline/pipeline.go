// Package pipeline owns the order of the extraction stages and runs them
// over one article, in the manner of bleve's analysis chains: each stage is
// a plain function that reads and annotates one doc.Document.
package pipeline

import (
	"fmt"

	"github.com/claimgraph/claimgraph/loaders/attrib"
	"github.com/claimgraph/claimgraph/loaders/dates"
	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/entity"
	"github.com/claimgraph/claimgraph/loaders/event"
	"github.com/claimgraph/claimgraph/loaders/noncomment"
	"github.com/claimgraph/claimgraph/loaders/quotes"
	"github.com/claimgraph/claimgraph/loaders/segment"
	"github.com/claimgraph/claimgraph/loaders/speaker"
)

// Stage is one step of the pipeline.
type Stage struct {
	Name string
	Run  func(*doc.Document)
}

// Pipeline is an ordered list of stages.
type Pipeline []Stage

// Default returns the full extraction pipeline.
func Default() Pipeline {
	return Pipeline{
		{"dates", dates.Normalize},
		{"segment", segment.Segment},
		{"quotes", quotes.Find},
		{"entities", entity.Recognize},
		{"attributions", attrib.Extract},
		{"quote speakers", speaker.Attribute},
		{"non-comments", noncomment.Extract},
		{"resolve", entity.Resolve},
		{"events", event.Extract},
		{"link", entity.Link},
	}
}

// Upto returns the stages of p up to and including the one named, so
// that a stage's tests run it on what its stage sees in production; all
// of p when no stage has that name.
func (p Pipeline) Upto(name string) Pipeline {
	for i, s := range p {
		if s.Name == name {
			return p[:i+1]
		}
	}
	return p
}

// Run annotates one article. A stage that panics is a bug in claimgraph,
// not in the input; Run turns it into an error naming the stage and the
// article so that a batch goes on with the next article.
func (p Pipeline) Run(a doc.Article) (d *doc.Document, err error) {
	d = doc.New(a)
	return d, p.run(d)
}

// Runner runs a pipeline over one article after another in one
// goroutine, reusing one document's token storage (doc.Document.Reset).
type Runner struct {
	p Pipeline
	d *doc.Document
}

// Runner returns a Runner of p.
func (p Pipeline) Runner() *Runner { return &Runner{p: p} }

// Run annotates one article as Pipeline.Run does. The document it
// returns, and what it holds, is only good until the next call.
func (r *Runner) Run(a doc.Article) (*doc.Document, error) {
	if r.d == nil {
		r.d = doc.New(a)
	} else {
		r.d.Reset(a)
	}
	return r.d, r.p.run(r.d)
}

// run runs the stages over d.
func (p Pipeline) run(d *doc.Document) (err error) {
	src, stage := d.Source, ""
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extracting %s: stage %s failed: %v (please report this as a bug)", src, stage, r)
		}
	}()
	for _, s := range p {
		stage = s.Name
		s.Run(d)
	}
	return nil
}

// Extract runs the default pipeline and returns the contract.
func Extract(a doc.Article) (doc.Extraction, error) {
	d, err := Default().Run(a)
	if err != nil {
		return doc.Extraction{}, err
	}
	return d.Extraction(), nil
}
