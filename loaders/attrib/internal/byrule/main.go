// Command byrule counts, for each rule of loaders/attrib, the attributions
// it makes on PolNeAR-style gold, and how many of them share their cue and
// content with a gold attribution (spans overlapping): the rules'
// candidates, and what the learned filter keeps of them (what `claimgraph
// extract` prints). A pattern's rule name runs up to its "+" with -pattern.
//
//	go run ./loaders/attrib/internal/byrule -gold ../shared/data/polnear/dev.jsonl
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/loaders/attrib"
	"github.com/claimgraph/claimgraph/loaders/attrib/internal/polnear"
	"github.com/claimgraph/claimgraph/loaders/doc"
)

// tally counts one rule's candidates and kept attributions, and their
// matches.
type tally struct{ cands, candMatch, kept, keptMatch int }

func main() {
	gold := flag.String("gold", "", "PolNeAR-style gold JSON Lines")
	pattern := flag.Bool("pattern", false, "count by pattern, leaving out the source step after '+'")
	flag.Parse()
	if *gold == "" {
		fmt.Fprintln(os.Stderr, "byrule: pass the gold file with -gold FILE.jsonl")
		os.Exit(2)
	}
	by := map[string]*tally{}
	err := polnear.Read(*gold, func(g polnear.Doc) { count(g, by, *pattern) })
	if err != nil {
		fmt.Fprintln(os.Stderr, "byrule:", err)
		os.Exit(1)
	}
	report(os.Stdout, by)
}

// count runs the rules and the filter on one article and tallies them.
func count(g polnear.Doc, by map[string]*tally, pattern bool) {
	d := g.Document()
	at := func(a doc.Attribution) (*tally, bool) {
		name := a.Rule
		if pattern {
			name, _, _ = strings.Cut(name, "+")
		}
		if by[name] == nil {
			by[name] = &tally{}
		}
		for _, ga := range g.Attrs {
			if ga.Matches(a.Cue, a.Content) {
				return by[name], true
			}
		}
		return by[name], false
	}
	for _, c := range attrib.Candidates(d) {
		t, ok := at(c.Attribution)
		t.cands++
		if ok {
			t.candMatch++
		}
	}
	attrib.Extract(d)
	for _, a := range d.Attributions {
		t, ok := at(a)
		t.kept++
		if ok {
			t.keptMatch++
		}
	}
}

func report(w io.Writer, by map[string]*tally) {
	names := make([]string, 0, len(by))
	var all tally
	for n, t := range by {
		names = append(names, n)
		all.cands, all.candMatch, all.kept, all.keptMatch = all.cands+t.cands, all.candMatch+t.candMatch, all.kept+t.kept, all.keptMatch+t.keptMatch
	}
	sort.Slice(names, func(i, j int) bool {
		if by[names[i]].cands != by[names[j]].cands {
			return by[names[i]].cands > by[names[j]].cands
		}
		return names[i] < names[j]
	})
	fmt.Fprintf(w, "%-32s %6s %6s %6s %6s %6s\n", "rule", "cands", "match", "kept", "match", "P")
	line := func(n string, t tally) {
		p := 0.0
		if t.kept > 0 {
			p = 100 * float64(t.keptMatch) / float64(t.kept)
		}
		fmt.Fprintf(w, "%-32s %6d %6d %6d %6d %6.1f\n", n, t.cands, t.candMatch, t.kept, t.keptMatch, p)
	}
	for _, n := range names {
		line(n, *by[n])
	}
	line("all", all)
}
