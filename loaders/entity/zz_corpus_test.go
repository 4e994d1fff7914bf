package entity_test

import (
	"fmt"
	"os"
	"sort"
	"testing"

	"github.com/claimgraph/claimgraph/loaders/input"
	"github.com/claimgraph/claimgraph/loaders/pipeline"
)

// TestCorpusSpeakers runs the whole pipeline over a corpus and prints the
// top speakers by claim count, per entity ID, so that one can see whether
// "Tony Blair", "Mr Blair" and "he" join. It reads the corpus named by
// CLAIMGRAPH_CORPUS and is skipped without it:
//
//	CLAIMGRAPH_CORPUS=../shared/data/news/bbc/articles.jsonl go test ./loaders/entity -run CorpusSpeakers -v
func TestZZCorpusAll(t *testing.T) {
	path := os.Getenv("CLAIMGRAPH_CORPUS")
	if path == "" {
		t.Skip("set CLAIMGRAPH_CORPUS to a corpus file")
	}
	claims := map[string]int{}
	articles := map[string]map[string]bool{}
	names := map[string]string{}
	forms := map[string]map[string]int{}
	n, total, resolved := 0, 0, 0
	p := pipeline.Default()
	input.Walk([]string{path}, nil, func(it input.Item) bool {
		if it.Err != nil {
			return true
		}
		d, err := p.Run(it.Article)
		if err != nil {
			t.Errorf("%s: %v", it.Source, err)
			return true
		}
		n++
		for _, a := range d.Attributions {
			total++
			if a.SpeakerEntity < 0 || a.SpeakerEntity >= len(d.Entities) {
				continue
			}
			resolved++
			e := d.Entities[a.SpeakerEntity]
			claims[e.ID]++
			if articles[e.ID] == nil {
				articles[e.ID] = map[string]bool{}
				forms[e.ID] = map[string]int{}
			}
			articles[e.ID][d.ID] = true
			names[e.ID] = e.Name
			forms[e.ID][d.Slice(a.Speaker)]++
		}
		return true
	})
	ids := make([]string, 0, len(claims))
	for id := range claims {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if claims[ids[i]] != claims[ids[j]] {
			return claims[ids[i]] > claims[ids[j]]
		}
		return ids[i] < ids[j]
	})
	fmt.Printf("%d articles, %d attributions, %d with a speaker entity\n", n, total, resolved)
	fmt.Printf("| # | entity ID | name | claims | articles | commonest speaker phrases |\n|---|---|---|---|---|---|\n")
	for i, id := range ids {
		if i == 100000 {
			break
		}
		type fc struct {
			f string
			c int
		}
		var fs []fc
		for f, c := range forms[id] {
			fs = append(fs, fc{f, c})
		}
		sort.Slice(fs, func(a, b int) bool { return fs[a].c > fs[b].c || fs[a].c == fs[b].c && fs[a].f < fs[b].f })
		top := ""
		for k, f := range fs {
			if k == 3 {
				break
			}
			if k > 0 {
				top += ", "
			}
			top += fmt.Sprintf("%q %d", f.f, f.c)
		}
		fmt.Printf("| %d | %s | %s | %d | %d | %s |\n", i+1, id, names[id], claims[id], len(articles[id]), top)
	}
}
