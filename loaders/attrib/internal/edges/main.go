// Command edges counts, on PolNeAR-style gold, the predicted sources, cues
// and contents (what `claimgraph eval` scores) that overlap a gold span of
// their role but are not exact, by the kind of difference at each edge:
// where the prediction starts earlier or later than the gold span, ends
// sooner or runs on, or leaves out or takes in a piece inside. Spans are
// compared as the reference scorer compares them, as character sets with
// white space and punctuation dropped, so quote marks and trailing
// punctuation never make a difference. It prints counts only, no article
// text, unless asked with -show for a sample of one kind's cases to read
// (gold in [[ ]], prediction in { }; train only, never dev):
//
//	go run ./loaders/attrib/internal/edges -gold ../shared/data/polnear/train.jsonl
//	go run ./loaders/attrib/internal/edges -gold ../shared/data/polnear/train.jsonl -show "runs on: dash" -n 20
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"sort"

	"github.com/claimgraph/claimgraph/loaders/eval"
)

func main() {
	gold := flag.String("gold", "", "PolNeAR-style gold JSON Lines (train: never read dev to write rules)")
	show := flag.String("show", "", "print the cases of this kind (\"start earlier: one other word\") to read, instead of the counts")
	n := flag.Int("n", 20, "with -show, at most this many cases")
	seed := flag.Int64("seed", 1, "with -show, which sample of the cases")
	flag.Parse()
	if *gold == "" {
		fmt.Fprintln(os.Stderr, "edges: pass the gold file with -gold FILE.jsonl")
		os.Exit(2)
	}
	docs, err := eval.ReadGold(*gold, false)
	if err != nil {
		fmt.Fprintln(os.Stderr, "edges:", err)
		os.Exit(1)
	}
	preds, errs := eval.Predict(docs, eval.Options{NonComments: true})
	for _, e := range errs {
		fmt.Fprintln(os.Stderr, "edges: warning:", e)
	}
	// Predict skips a repeated doc_id, so predictions pair with gold by
	// id, as eval.Score pairs them, not by position.
	byID := make(map[string]eval.Doc, len(preds))
	for _, p := range preds {
		byID[p.DocID] = p
	}
	t := newTally()
	if *show != "" {
		t.show = *show
	}
	for _, g := range docs {
		t.doc(g, byID[g.DocID])
	}
	if *show != "" {
		printCases(os.Stdout, t.cases, *n, *seed)
		return
	}
	t.print(os.Stdout)
}

// tally holds, for each role, the matched pairs, the exact ones and the
// non-exact ones by edge and kind.
type tally struct {
	pairs, exact map[string]int
	kinds        map[string]map[string]int // role → "edge: kind" → count
	show         string                    // the kind whose cases are kept, if any
	cases        []edgeCase
}

func newTally() *tally {
	return &tally{pairs: map[string]int{}, exact: map[string]int{}, kinds: map[string]map[string]int{}}
}

var roles = []string{"content", "source", "cue"}

// doc matches one document's gold and predicted spans of each role, one
// to one and greedily by overlap as the scorer does, and classifies the
// pairs that differ.
func (t *tally) doc(g, p eval.Doc) {
	text := []rune(g.Text)
	for _, role := range roles {
		gs, ps := spansOf(g, role, text), spansOf(p, role, text)
		for _, m := range matchOverlap(gs, ps) {
			t.pairs[role]++
			a, b := gs[m[0]], ps[m[1]]
			if slices.Equal(a, b) {
				t.exact[role]++
				continue
			}
			if t.kinds[role] == nil {
				t.kinds[role] = map[string]int{}
			}
			for _, k := range differences(role, text, a, b) {
				t.kinds[role][k]++
				if k == t.show {
					t.cases = append(t.cases, newCase(g, p, text, role, a, b, m[1]))
				}
			}
		}
	}
}

// print writes, per role, how many overlapping spans are exact and the
// kinds of difference of the others, most frequent first, so that the
// largest classes of boundary misses lead.
func (t *tally) print(w io.Writer) {
	for _, role := range roles {
		fmt.Fprintf(w, "%s: %d predictions overlap a gold span, %d exact, %d not\n", role, t.pairs[role], t.exact[role], t.pairs[role]-t.exact[role])
		type kc struct {
			k string
			n int
		}
		var ks []kc
		for k, n := range t.kinds[role] {
			ks = append(ks, kc{k, n})
		}
		sort.Slice(ks, func(i, j int) bool { return ks[i].n > ks[j].n || ks[i].n == ks[j].n && ks[i].k < ks[j].k })
		for _, x := range ks {
			fmt.Fprintf(w, "  %5d  %s\n", x.n, x.k)
		}
	}
}
