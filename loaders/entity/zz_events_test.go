package entity_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/loaders/input"
	"github.com/claimgraph/claimgraph/loaders/pipeline"
)

func TestZZEvents(t *testing.T) {
	path := os.Getenv("EVS")
	if path == "" {
		t.Skip()
	}
	p := pipeline.Default()
	types := map[string]int{}
	n, shown := 0, 0
	input.Walk([]string{path}, nil, func(it input.Item) bool {
		d, err := p.Run(it.Article)
		if err != nil {
			return true
		}
		n++
		for _, ev := range d.Events {
			types[ev.Type]++
			if ev.Time != "" && shown < 15 && n%50 == 0 {
				shown++
				var ps []string
				for _, x := range ev.Participants {
					ps = append(ps, d.Entities[x].Name)
				}
				fmt.Printf("%s pub=%s %s %q time=%q (%q) parts=%q q=%q\n", d.ID, d.Published, ev.Type, ev.Name, ev.Time, d.Slice(ev.TimeText), ps, ev.Quantity)
			}
		}
		return true
	})
	fmt.Println(n, types)
}
