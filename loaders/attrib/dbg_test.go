package attrib_test

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/loaders/attrib"
	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/quotes"
	"github.com/claimgraph/claimgraph/loaders/segment"
)

func TestDbg(t *testing.T) {
	d := doc.New(doc.Article{Text: os.Getenv("DBG")})
	segment.Segment(d)
	quotes.Find(d)
	attrib.Extract(d)
	for _, a := range d.Attributions {
		t.Logf("SRC=%q CUE=%q CUEP=%q CONTENT=%q %s", d.Slice(a.Speaker), d.Slice(a.Cue), d.Slice(attrib.CuePhrase(d, a)), d.Slice(a.Content), a.Kind)
	}
}
