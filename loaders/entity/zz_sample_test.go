package entity_test

import (
	"fmt"
	"math/rand"
	"os"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/input"
	"github.com/claimgraph/claimgraph/loaders/pipeline"
)

func TestZZSample(t *testing.T) {
	path := os.Getenv("SAMPLE")
	if path == "" {
		t.Skip()
	}
	rng := rand.New(rand.NewSource(int64(len(os.Getenv("SEED"))+11)))
	p := pipeline.Default()
	n := 0
	input.Walk([]string{path}, nil, func(it input.Item) bool {
		d, err := p.Run(it.Article)
		if err != nil {
			return true
		}
		for _, a := range d.Attributions {
			sp := strings.ToLower(d.Slice(a.Speaker))
			kind := os.Getenv("KIND")
			ok := false
			switch kind {
			case "pron":
				ok = sp == "he" || sp == "she" || sp == "they" || sp == "it"
			case "nom":
				ok = strings.HasPrefix(sp, "the ") && a.SpeakerEntity >= 0 && !strings.ContainsAny(d.Slice(a.Speaker)[4:5], "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
			}
			if !ok || rng.Intn(20) != 0 {
				continue
			}
			n++
			if n > 25 {
				return false
			}
			name := "-"
			if a.SpeakerEntity >= 0 {
				name = d.Entities[a.SpeakerEntity].Name
			}
			from := a.Speaker.Start - 300
			if from < 0 {
				from = 0
			}
			ctx := strings.ReplaceAll(d.Text[from:a.Speaker.End], "\n", " ")
			fmt.Printf("%s [%s -> %s]\n   ...%s\n", d.ID, d.Slice(a.Speaker), name, ctx)
			_ = doc.Person
		}
		return true
	})
}
