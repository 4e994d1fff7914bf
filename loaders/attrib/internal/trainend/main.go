// Command trainend trains the learned ending of contents (loaders/attrib's
// contentend.tsv) on PolNeAR-style gold: it runs the attribution stage
// but that ending on each article, and for each kept content that starts
// where a gold content with its cue and content starts (read from its
// first piece to its last), labels the places where the content may end
// (a comma, a dash, a conjunction) as the gold end or not, up to the gold
// end. It fits a logistic
// regression and picks the threshold that makes the most contents exact,
// net of those it unmakes, on held-out folds. It is deterministic: the
// same input gives the same file.
//
//	go run ./loaders/attrib/internal/trainend -train ../shared/data/polnear/train.jsonl -out loaders/attrib/contentend.tsv
package main

import (
	"flag"
	"fmt"
	"math"
	"os"

	"github.com/claimgraph/claimgraph/loaders/attrib"
	"github.com/claimgraph/claimgraph/loaders/attrib/internal/polnear"
	"github.com/claimgraph/claimgraph/loaders/attrib/internal/smooth"
	"github.com/claimgraph/claimgraph/loaders/doc"
)

// content is one kept content with a gold content starting where it does.
type content struct {
	feats [][]string
	// gold is the index of the place where the gold content ends, or -1;
	// labels run up to it (places after it say nothing).
	gold  int
	exact bool // the content is exact before any ending
	// starts is true when the content starts where the gold one does:
	// only then does the ending at the gold end make it exact.
	starts bool
	// lost is the number of places, from the first, that end the content
	// before the gold content starts: an ending there loses the match.
	lost int
	doc  int
}

const (
	epochs = 16
	l2     = 1e-5
)

// minCount is the fewest labelled places a feature must be seen at to get
// a weight: a word seen once says more about its article than about
// where contents end.
var minCount = 2

func main() {
	train := flag.String("train", "", "PolNeAR-style training JSON Lines")
	out := flag.String("out", "loaders/attrib/contentend.tsv", "where to write the weights")
	flag.IntVar(&minCount, "mincount", minCount, "drop features seen at fewer places than this")
	flag.Parse()
	if err := run(*train, *out); err != nil {
		fmt.Fprintln(os.Stderr, "trainend:", err)
		os.Exit(1)
	}
}

func run(train, out string) error {
	if train == "" {
		return fmt.Errorf("pass the training file with -train FILE.jsonl")
	}
	var cs []content
	di := 0
	err := polnear.Read(train, func(g polnear.Doc) {
		cs = append(cs, label(g, di)...)
		di++
	})
	if err != nil {
		return err
	}
	// The threshold comes from five-fold cross-fitting, so that it is not
	// chosen on the model's own training data.
	probs := make([][]float64, len(cs))
	for fold := 0; fold < 5; fold++ {
		var tr []content
		for _, c := range cs {
			if c.doc%5 != fold {
				tr = append(tr, c)
			}
		}
		w := fit(tr)
		for i, c := range cs {
			if c.doc%5 == fold {
				for _, f := range c.feats {
					probs[i] = append(probs[i], prob(w, f))
				}
			}
		}
	}
	thr, net := bestThreshold(cs, probs)
	w := fit(cs)
	n, err := writeModel(out, w, thr, net, len(cs))
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "%d contents, %d weights, threshold %.2f, held-out net contents made exact %d\n", len(cs), n, thr, net)
	return nil
}

// label reads one article's kept contents and labels their places.
func label(g polnear.Doc, di int) []content {
	d := g.Document()
	var out []content
	for _, c := range attrib.ContentEnds(d) {
		a := c.Attribution
		if len(c.Ends) == 0 {
			continue
		}
		own := polnear.TrimSpan(g.Text, a.Content)
		gs, ge := -1, -1
		for _, ga := range g.Attrs {
			if len(ga.Content) > 0 && ga.Matches(a.Cue, a.Content) {
				// A content in pieces (around its cue) is read from
				// its first piece's start to its last piece's end.
				whole := doc.Span{Start: ga.Content[0].Start, End: ga.Content[len(ga.Content)-1].End}
				if t := polnear.TrimSpan(g.Text, whole); t.Start >= own.Start && t.End <= own.End {
					gs, ge = t.Start, t.End
					break
				}
			}
		}
		if ge < 0 {
			continue
		}
		x := content{gold: -1, exact: own.Start == gs && own.End == ge, starts: own.Start == gs, doc: di}
		for i, end := range c.Ends {
			ce := polnear.TrimSpan(g.Text, doc.Span{Start: a.Content.Start, End: end}).End
			if ce > ge {
				break
			}
			if ce <= gs {
				x.lost++
			}
			x.feats = append(x.feats, c.Features[i])
			if ce == ge {
				x.gold = i
				break
			}
		}
		if len(x.feats) > 0 {
			out = append(out, x)
		}
	}
	return out
}

// fit runs plain SGD on the logistic loss with a little L2, in a fixed
// order, over every labelled place.
func fit(cs []content) map[string]float64 {
	count := map[string]int{}
	for _, c := range cs {
		for _, f := range c.feats {
			for _, k := range f {
				count[k]++
			}
		}
	}
	w := map[string]float64{}
	for ep := 0; ep < epochs; ep++ {
		lr := 0.1 / (1 + float64(ep))
		for _, c := range cs {
			for i, f := range c.feats {
				y := 0.0
				if i == c.gold {
					y = 1
				}
				g := prob(w, f) - y
				for _, k := range f {
					if count[k] >= minCount {
						w[k] -= float64(lr * (g + float64(l2*w[k])))
					}
				}
			}
		}
	}
	return w
}

// prob scores one place; the constant feature "bias" is the model's bias.
func prob(w map[string]float64, feats []string) float64 {
	z := 0.0
	for _, f := range feats {
		z += w[f]
	}
	return 1 / (1 + math.Exp(-z))
}

// bestThreshold picks the cut that makes the most contents exact net of
// those it unmakes, on the held-out probabilities, averaged over the cuts
// within 0.02 of it (the curve is flat near its top).
func bestThreshold(cs []content, probs [][]float64) (float64, int) {
	const lo, hi, window = 20, 80, 2
	var net [hi + 1]int
	for s := lo; s <= hi; s++ {
		t := float64(s) / 100
		for i, c := range cs {
			for j, p := range probs[i] {
				if p >= t {
					switch {
					case j < c.lost:
						// The match is lost: the relation and the
						// content's overlap, two figures.
						net[s] -= 2
					case c.exact:
						net[s]--
					case j == c.gold && c.starts:
						net[s]++
					}
					break
				}
			}
		}
	}
	best := smooth.BestCentre(net[:], lo, hi, window)
	return float64(best) / 100, net[best]
}

// writeModel writes the weights of at least 0.02 in magnitude, sorted,
// after the bias and threshold, and returns how many it wrote.
func writeModel(out string, w map[string]float64, thr float64, net, n int) (int, error) {
	head := "# learned content ending: logistic regression trained by loaders/attrib/internal/trainend\n" +
		fmt.Sprintf("# on %d contents (l2 %g, %d epochs); held-out contents made exact, net of those unmade, at the threshold: %d\n", n, l2, epochs, net) +
		fmt.Sprintf("_bias\t%.6f\n_threshold\t%.2f\n", w["bias"], thr)
	feats := make(map[string]float64, len(w))
	for k, v := range w {
		if k != "bias" {
			feats[k] = v
		}
	}
	return polnear.WriteWeights(out, head, feats)
}
