package entity_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/entity"
	"github.com/claimgraph/claimgraph/loaders/event"
	"github.com/claimgraph/claimgraph/loaders/quotes"
	"github.com/claimgraph/claimgraph/loaders/segment"
)

// FuzzRecognize runs this package's stages, and the event stage, over any
// text with speaker, subject and content spans cut from the input, and
// checks that nothing panics and every index stays in range.
func FuzzRecognize(f *testing.F) {
	f.Add("Tehreek-e-Taliban Pakistan (TTP) said “he” did. Mr Blair’s group, the TTP, said it would.", 3, 20)
	f.Add("Kabul’s new rulers said. Pakistani officials have yet to comment. ( ) “", 0, 5)
	f.Add("A spokesman for the NRF declined to comment until May 30, the statement said.", 2, 40)
	f.Add("MR SMITH SAID\n\nJohn Smith, a spokesman for Acme Corp, said he would.", 7, 9)
	files, _ := filepath.Glob("testdata/*.txt")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b), 10, 30)
		}
	}
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		d := doc.New(doc.Article{ID: "fuzz", Text: text, Published: "2026-03-10"})
		segment.Segment(d)
		quotes.Find(d)
		entity.Recognize(d)
		n := len(text) + 1
		s := doc.Span{Start: abs(a) % n, End: abs(b) % n}
		d.Attributions = []doc.Attribution{
			{Speaker: s, SpeakerEntity: -1, Content: doc.Span{Start: 0, End: len(text)}},
			{Speaker: doc.Span{Start: s.End, End: len(text)}, SpeakerEntity: -1, Content: s},
		}
		d.NonComments = []doc.NonComment{{Who: s, Entity: -1}}
		entity.Resolve(d)
		event.Extract(d)
		entity.Link(d)
		for _, m := range d.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start > m.End || m.Entity < -1 || m.Entity >= len(d.Entities) {
				t.Fatalf("bad mention %+v", m)
			}
		}
		for _, e := range d.Entities {
			if e.Affiliation >= len(d.Entities) || e.ID == "" {
				t.Fatalf("bad entity %+v", e)
			}
			for _, mi := range e.Mentions {
				if mi < 0 || mi >= len(d.Mentions) {
					t.Fatalf("bad mention index in %+v", e)
				}
			}
		}
		for _, at := range d.Attributions {
			if at.SpeakerEntity >= len(d.Entities) {
				t.Fatalf("bad speaker entity %d", at.SpeakerEntity)
			}
			for _, e := range at.AboutEvents {
				if e < 0 || e >= len(d.Events) {
					t.Fatalf("bad event %d", e)
				}
			}
		}
		for _, ev := range d.Events {
			for _, p := range append(append([]int(nil), ev.Participants...), ev.Places...) {
				if p < 0 || p >= len(d.Entities) {
					t.Fatalf("bad event entity %d", p)
				}
			}
		}
	})
}

func abs(x int) int {
	if x < 0 {
		if x == -x { // math.MinInt
			return 0
		}
		return -x
	}
	return x
}
