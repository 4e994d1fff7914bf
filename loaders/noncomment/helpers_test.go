package noncomment_test

import (
	"github.com/claimgraph/claimgraph/loaders/attrib"
	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/entity"
	"github.com/claimgraph/claimgraph/loaders/noncomment"
	"github.com/claimgraph/claimgraph/loaders/quotes"
	"github.com/claimgraph/claimgraph/loaders/segment"
)

// run runs the stages this one reads (segments, quotes, names and
// attributions), then this one.
func run(text string) *doc.Document {
	d := doc.New(doc.Article{Text: text})
	segment.Segment(d)
	quotes.Find(d)
	entity.Recognize(d)
	attrib.Extract(d)
	noncomment.Extract(d)
	return d
}

// nc is a non-comment as text: who, cue, topic, and the subject handed to
// resolution and the spokesperson when they differ from who.
type nc struct{ Who, Cue, Topic, Subject, Spokes string }

func found(text string) []nc {
	d := run(text)
	var out []nc
	for _, n := range d.NonComments {
		out = append(out, nc{d.Slice(n.Who), d.Slice(n.Cue), d.Slice(n.Topic), d.Slice(n.Subject), d.Slice(n.Spokesperson)})
	}
	return out
}
