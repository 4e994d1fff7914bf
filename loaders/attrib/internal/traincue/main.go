// Command traincue trains loaders/attrib's learned cue tagger
// (cuetag.tsv) on PolNeAR-style gold: it picks the gate (words outside
// the rules' trigger words that open a gold cue often enough), labels
// each occurrence of a gate word outside quotations by whether it opens
// a gold cue, and fits an averaged perceptron over its features
// (attrib.CueTagFeatures). It prints the held-out precision and recall
// of five folds and is deterministic: the same input gives the same
// file.
//
//	go run ./loaders/attrib/internal/traincue -train ../shared/data/polnear/train.jsonl -out loaders/attrib/cuetag.tsv
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/claimgraph/claimgraph/loaders/attrib"
	"github.com/claimgraph/claimgraph/loaders/attrib/internal/polnear"
	"github.com/claimgraph/claimgraph/loaders/doc"
)

// hyper holds the training choices, chosen on train alone.
type hyper struct {
	epochs    int
	minPos    int
	minRate   float64
	threshold float64
}

type example struct {
	feats []string
	label bool
	doc   int
}

// token is one occurrence of a word the gate may hold.
type token struct {
	d     *doc.Document
	i     int
	label bool
	doc   int
}

func main() {
	train := flag.String("train", "", "PolNeAR-style training JSON Lines (never dev)")
	out := flag.String("out", "loaders/attrib/cuetag.tsv", "where to write the weights")
	var h hyper
	flag.IntVar(&h.epochs, "epochs", 8, "passes over the examples")
	flag.IntVar(&h.minPos, "minpos", 3, "a gate word opens at least this many gold cues")
	flag.Float64Var(&h.minRate, "minrate", 0.05, "and opens a gold cue in at least this share of its occurrences")
	flag.Float64Var(&h.threshold, "threshold", 0, "the score over which a token is tagged a cue")
	flag.Parse()
	if *train == "" {
		fmt.Fprintln(os.Stderr, "traincue: pass the training file with -train FILE.jsonl")
		os.Exit(2)
	}
	if err := run(*train, *out, h); err != nil {
		fmt.Fprintln(os.Stderr, "traincue:", err)
		os.Exit(1)
	}
}

func run(train, out string, h hyper) error {
	toks, err := readTokens(train)
	if err != nil {
		return err
	}
	gate := pickGate(toks, h)
	var exs []example
	for _, t := range toks {
		if gate[t.d.View.Lower[t.i]] {
			exs = append(exs, example{attrib.CueTagFeatures(t.d, t.i), t.label, t.doc})
		}
	}
	heldOut(exs, h)
	w, b := fit(exs, h.epochs, func(int) bool { return true })
	return write(out, w, b, gate, h, len(exs))
}

// readTokens reads every article and lists the tokens a gate could hold:
// words outside quotations, lower-case unless they open their sentence,
// that no rule takes, each labelled by whether it opens a gold cue.
func readTokens(train string) ([]token, error) {
	var toks []token
	ruleWord := map[string]bool{}
	n := 0
	err := polnear.Read(train, func(g polnear.Doc) {
		d := g.Document()
		opens := cueOpeners(d, g, func(w string) bool {
			isRule, seen := ruleWord[w]
			if !seen {
				isRule = attrib.RuleWord(w)
				ruleWord[w] = isRule
			}
			return isRule
		})
		for i, tk := range d.Tokens {
			w := d.View.Lower[i]
			s := d.Sentences[d.View.Sentence[i]]
			if tk.Kind != doc.Word || d.View.InQuote[i] || i != s.First && w != tk.Text {
				continue
			}
			if !ruleWord[w] && !attrib.RuleWord(w) {
				toks = append(toks, token{d, i, opens[i], n})
			}
		}
		n++
	})
	return toks, err
}

// cueOpeners marks the first word token of each gold cue span that
// holds no word a rule takes: "has repeatedly said" is the lexicon's
// cue, not the tagger's.
func cueOpeners(d *doc.Document, g polnear.Doc, ruleWord func(string) bool) map[int]bool {
	opens := map[int]bool{}
	for _, a := range g.Attrs {
		for _, sp := range a.Cue {
			first, ruled := -1, false
			i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= sp.Start })
			for ; i < len(d.Tokens) && d.Tokens[i].End <= sp.End; i++ {
				if d.Tokens[i].Kind != doc.Word {
					continue
				}
				if first < 0 {
					first = i
				}
				ruled = ruled || ruleWord(d.View.Lower[i])
			}
			if first >= 0 && !ruled {
				opens[first] = true
			}
		}
	}
	return opens
}

// pickGate keeps the words that open at least minPos gold cues and do so
// in at least minRate of their occurrences.
func pickGate(toks []token, h hyper) map[string]bool {
	occ, pos := map[string]int{}, map[string]int{}
	for _, t := range toks {
		w := t.d.View.Lower[t.i]
		occ[w]++
		if t.label {
			pos[w]++
		}
	}
	gate := map[string]bool{}
	for w, p := range pos {
		if p >= h.minPos && float64(p) >= h.minRate*float64(occ[w]) {
			gate[w] = true
		}
	}
	return gate
}

// fit trains an averaged perceptron on the examples use admits, in their
// order.
func fit(exs []example, epochs int, use func(int) bool) (map[string]float64, float64) {
	w, u := map[string]float64{}, map[string]float64{}
	var b, ub float64
	c := 1.0
	for e := 0; e < epochs; e++ {
		for _, ex := range exs {
			if !use(ex.doc) {
				continue
			}
			z := b
			for _, f := range ex.feats {
				z += w[f]
			}
			if (z > 0) != ex.label {
				y := -1.0
				if ex.label {
					y = 1
				}
				for _, f := range ex.feats {
					w[f] += y
					u[f] += y * c
				}
				b += y
				ub += y * c
			}
			c++
		}
	}
	avg := make(map[string]float64, len(w))
	for f, v := range w {
		avg[f] = v - u[f]/c
	}
	return avg, b - ub/c
}

// heldOut prints the tagger's precision and recall on each fifth of the
// articles, trained on the rest, at a few thresholds.
func heldOut(exs []example, h hyper) {
	ths := []float64{-2, -1, 0, 1, 2}
	tp, fp, fn := make([]int, len(ths)), make([]int, len(ths)), make([]int, len(ths))
	for fold := 0; fold < 5; fold++ {
		w, b := fit(exs, h.epochs, func(d int) bool { return d%5 != fold })
		for _, ex := range exs {
			if ex.doc%5 != fold {
				continue
			}
			z := b
			for _, f := range ex.feats {
				z += w[f]
			}
			for k, th := range ths {
				switch {
				case z >= th && ex.label:
					tp[k]++
				case z >= th:
					fp[k]++
				case ex.label:
					fn[k]++
				}
			}
		}
	}
	for k, th := range ths {
		fmt.Fprintf(os.Stderr, "held out, threshold %+.0f: tagged %d, precision %.3f, recall %.3f of %d gate cues\n",
			th, tp[k]+fp[k], float64(tp[k])/float64(max(1, tp[k]+fp[k])), float64(tp[k])/float64(max(1, tp[k]+fn[k])), tp[k]+fn[k])
	}
}

func write(out string, w map[string]float64, b float64, gate map[string]bool, h hyper, n int) error {
	words := make([]string, 0, len(gate))
	for g := range gate {
		words = append(words, g)
	}
	sort.Strings(words)
	var head strings.Builder
	fmt.Fprintf(&head, "# learned cue tagger: averaged perceptron, %d epochs, over %d occurrences of %d gate words\n", h.epochs, n, len(gate))
	fmt.Fprintf(&head, "# gate: at least %d gold cue openings, in at least %.2f of occurrences; written by loaders/attrib/internal/traincue\n", h.minPos, h.minRate)
	fmt.Fprintf(&head, "_bias\t%.4f\n_threshold\t%.4f\n", b, h.threshold)
	for _, g := range words {
		fmt.Fprintf(&head, "gate=%s\t1\n", g)
	}
	k, err := polnear.WriteWeights(out, head.String(), w)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "traincue: %d gate words, %d features written to %s\n", len(gate), k, out)
	return nil
}
