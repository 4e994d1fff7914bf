package entity_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/pipeline"
)

func TestZZDump(t *testing.T) {
	path := os.Getenv("DUMP")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	text := string(b)
	bs := 0
	for i := range text {
		if text[i] == '\n' {
			bs = i + 1
			break
		}
	}
	d, err := pipeline.Default().Run(doc.Article{ID: "x", Text: text, BodyStart: bs, Published: os.Getenv("PUB")})
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range d.Entities {
		aff := ""
		if e.Affiliation >= 0 {
			aff = d.Entities[e.Affiliation].Name
		}
		fmt.Printf("E%d %s %q %s aliases=%q role=%q aff=%q n=%d\n", i, e.ID, e.Name, e.Type, e.Aliases, e.Role, aff, len(e.Mentions))
	}
	for _, a := range d.Attributions {
		n := ""
		if a.SpeakerEntity >= 0 {
			n = d.Entities[a.SpeakerEntity].Name
		}
		fmt.Printf("A %q -> %q | %q | about=%v ev=%v\n", d.Slice(a.Speaker), n, d.Slice(a.Cue), a.AboutEntities, a.AboutEvents)
	}
	for _, a := range d.NonComments {
		n := ""
		if a.Entity >= 0 {
			n = d.Entities[a.Entity].Name
		}
		fmt.Printf("N %q -> %q\n", d.Slice(a.Who), n)
	}
	for _, ev := range d.Events {
		var ps, pl []string
		for _, p := range ev.Participants {
			ps = append(ps, d.Entities[p].Name)
		}
		for _, p := range ev.Places {
			pl = append(pl, d.Entities[p].Name)
		}
		fmt.Printf("V %s %s %q %q parts=%q places=%q time=%q (%q) q=%q n=%d\n", ev.ID, ev.Type, ev.Name, d.Slice(ev.Trigger), ps, pl, ev.Time, d.Slice(ev.TimeText), ev.Quantity, len(ev.Mentions))
	}
}

func TestZZMentions(t *testing.T) {
	path := os.Getenv("DUMP")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	text := string(b)
	d, _ := pipeline.Default().Run(doc.Article{ID: "x", Text: text})
	for _, m := range d.Mentions {
		fmt.Printf("M %q %d -> %d\n", d.Slice(m.Span), m.Kind, m.Entity)
	}
}
