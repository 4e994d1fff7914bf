// Command misses counts the gold attributions of a PolNeAR-style file
// that the rules never propose (no candidate, before the learned filter,
// shares both their cue and their content), by kind: noun cues,
// "according to" and its kin, polls and documents as sources, passives,
// beliefs and intentions, cue verbs of the lexicon whose frame the rules
// refuse, and cues the lexicon does not hold. It prints counts and the
// commonest cue words of each kind, then traits that cut across the
// kinds (content in an earlier sentence, a cue nested in another
// attribution's content or in a quotation, where the source stands), the
// gold attributions a candidate matches but the filter drops, and how
// the missed cue words outside the lexicon spread over the long tail; no
// article text, unless -show asks for the misses of one kind with their
// gold roles marked, to read (never to copy into the repo).
//
//	go run ./loaders/attrib/internal/misses -gold ../shared/data/polnear/train.jsonl
//	go run ./loaders/attrib/internal/misses -gold ../shared/data/polnear/train.jsonl -show lexicon -word declined -n 20
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/loaders/attrib"
	"github.com/claimgraph/claimgraph/loaders/attrib/internal/polnear"
)

func main() {
	gold := flag.String("gold", "", "PolNeAR-style gold JSON Lines (train: never read dev to write rules)")
	top := flag.Int("top", 8, "cue words to show for each kind")
	sh := &shower{w: os.Stdout}
	flag.StringVar(&sh.kind, "show", "", "print misses of the kind that starts so (article text: for reading only)")
	flag.StringVar(&sh.word, "word", "", "with -show, only misses whose cue head is this word")
	flag.IntVar(&sh.left, "n", 20, "with -show, how many misses to print")
	flag.Parse()
	if *gold == "" {
		fmt.Fprintln(os.Stderr, "misses: pass the gold file with -gold FILE.jsonl")
		os.Exit(2)
	}
	byKind := map[string]map[string]int{}
	total, missed := 0, 0
	t := newTally()
	err := polnear.Read(*gold, func(g polnear.Doc) {
		d := g.Document()
		cands := attrib.Candidates(d)
		for _, m := range unproposed(g, cands) {
			k, w := kindOf(g.Text, m)
			if sh.kind != "" {
				sh.show(g, cands, m, k, w)
			}
			if byKind[k] == nil {
				byKind[k] = map[string]int{}
			}
			byKind[k][w]++
			missed++
			t.addTraits(d, g, m)
			if k == otherCue {
				t.heads[w]++
			}
		}
		t.addDropped(d, g, cands)
		total += len(g.Attrs)
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "misses:", err)
		os.Exit(1)
	}
	report(byKind, missed, total, *top)
	t.print()
}

// unproposed returns the gold attributions no candidate shares its cue
// and content with.
func unproposed(g polnear.Doc, cands []attrib.Candidate) []polnear.Attr {
	var out []polnear.Attr
	for _, ga := range g.Attrs {
		found := false
		for _, c := range cands {
			if ga.Matches(c.Cue, c.Content) {
				found = true
				break
			}
		}
		if !found {
			out = append(out, ga)
		}
	}
	return out
}

func report(byKind map[string]map[string]int, missed, total, top int) {
	kinds := make([]string, 0, len(byKind))
	count := map[string]int{}
	for k, ws := range byKind {
		kinds = append(kinds, k)
		for _, n := range ws {
			count[k] += n
		}
	}
	sort.Slice(kinds, func(i, j int) bool {
		if count[kinds[i]] != count[kinds[j]] {
			return count[kinds[i]] > count[kinds[j]]
		}
		return kinds[i] < kinds[j]
	})
	fmt.Printf("%d of %d gold attributions have no candidate sharing their cue and content\n", missed, total)
	for _, k := range kinds {
		ws := make([]string, 0, len(byKind[k]))
		for w := range byKind[k] {
			ws = append(ws, w)
		}
		sort.Slice(ws, func(i, j int) bool {
			if byKind[k][ws[i]] != byKind[k][ws[j]] {
				return byKind[k][ws[i]] > byKind[k][ws[j]]
			}
			return ws[i] < ws[j]
		})
		if len(ws) > top {
			ws = ws[:top]
		}
		for i, w := range ws {
			ws[i] = fmt.Sprintf("%s %d", w, byKind[k][w])
		}
		fmt.Printf("%6d  %-44s %s\n", count[k], k, strings.Join(ws, ", "))
	}
}
