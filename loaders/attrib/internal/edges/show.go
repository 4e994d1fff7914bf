package main

import (
	"fmt"
	"io"
	"math/rand"
	"strings"

	"github.com/claimgraph/claimgraph/loaders/eval"
)

// edgeCase is one non-exact pair of the kind asked for with -show: the
// text around it with the gold span in [[ ]] and the prediction in { }.
type edgeCase struct {
	docID, rule, marked string
}

// newCase marks gold span a and predicted span b of a role in text, with
// the sentence or so around them, and the rule of prediction j.
func newCase(g, p eval.Doc, text []rune, role string, a, b span, j int) edgeCase {
	open, close := map[int]string{}, map[int]string{}
	open[a.first()] += "[["
	close[a.last()] += "]]"
	open[b.first()] += "{"
	close[b.last()] += "}"
	lo := max(0, min(a.first(), b.first())-120)
	hi := min(len(text), max(a.last(), b.last())+120)
	var sb strings.Builder
	for i := lo; i < hi; i++ {
		sb.WriteString(open[i])
		sb.WriteRune(text[i])
		sb.WriteString(close[i])
	}
	c := edgeCase{docID: g.DocID, marked: strings.ReplaceAll(sb.String(), "\n", " ¶ ")}
	// j indexes the prediction's spans of the role, which skip empty ones.
	n := 0
	for _, at := range p.Attributions {
		r := map[string]*eval.Role{"source": at.Source, "cue": at.Cue, "content": at.Content}[role]
		if len(eval.Chars(r, text)) == 0 {
			continue
		}
		if n == j {
			c.rule = at.Rule
		}
		n++
	}
	return c
}

// printCases prints a sample of n cases, the same sample for the same
// seed.
func printCases(w io.Writer, cs []edgeCase, n int, seed int64) {
	fmt.Fprintf(w, "%d cases\n", len(cs))
	r := rand.New(rand.NewSource(seed))
	r.Shuffle(len(cs), func(i, j int) { cs[i], cs[j] = cs[j], cs[i] })
	for _, c := range cs[:min(n, len(cs))] {
		fmt.Fprintf(w, "\n# %s (%s)\n%s\n", c.docID, c.rule, c.marked)
	}
}
