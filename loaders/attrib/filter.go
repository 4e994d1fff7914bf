package attrib

import (
	_ "embed"
	"math"
	"strconv"
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// The filter is a logistic regression over a few features of each
// candidate attribution (the cue's form and neighbours, the shape of the
// source, whether the content precedes the cue or sits inside another
// candidate's content). It is trained on PolNeAR's training split by
//
//	go run ./loaders/attrib/internal/trainfilter -train ../shared/data/polnear/train.jsonl -out loaders/attrib/filter.tsv
//
// deterministically (fixed order, no randomness), and only drops
// candidates, so the rules stay in charge of every span. Its features and
// labels depend on the rules: retrain it after changing them (the seed,
// golden and PolNeAR-dev tests show the effect). The weights hold single
// lower-cased words as feature names, no article text.
//
//go:embed filter.tsv
var filterData string

// model is the filter's weights; read-only after init.
type model struct {
	w         map[string]float64
	bias      float64
	threshold float64
}

var filter = parseModel(filterData)

func parseModel(data string) model {
	m := model{w: map[string]float64{}, threshold: -1}
	for _, line := range strings.Split(data, "\n") {
		k, v, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil {
			continue
		}
		switch k {
		case "_bias":
			m.bias = f
		case "_threshold":
			m.threshold = f
		default:
			m.w[k] = f
		}
	}
	return m
}

// Prob is the filter's probability that a candidate with these features is
// a true attribution.
func (m model) Prob(features []string) float64 {
	z := m.bias
	for _, f := range features {
		z += m.w[f]
	}
	return 1 / (1 + math.Exp(-z))
}

func (m model) keep(features []string) bool {
	if m.threshold < 0 {
		return true
	}
	return m.Prob(features) >= m.threshold
}

// features describes candidate k of the sentence whose candidates start
// at first.
func (x *ctx) features(s doc.Sentence, first, k int) []string {
	a := x.d.Attributions[k]
	ci := tokenAt(x.d, a.Cue.Start)
	form := strings.ToLower(x.d.Slice(a.Cue))
	f := make([]string, 0, 24)
	add := func(parts ...string) { f = append(f, strings.Join(parts, "=")) }
	add("lemma", a.Lemma)
	add("form", form)
	if w := x.weak[k]; w != "" {
		add("weak", w)
		add("weak|lemma", w, a.Lemma)
		if ci > 0 {
			add("weak|prev", w, x.lower[ci-1])
		}
	}
	if ci > 0 {
		add("prev", x.lower[ci-1])
		add("prev|lemma", x.lower[ci-1], a.Lemma)
	}
	if last := tokenAt(x.d, a.Cue.Start); last >= 0 {
		e := last
		for e+1 < len(x.d.Tokens) && x.d.Tokens[e+1].End <= a.Cue.End {
			e++
		}
		if e+1 < len(x.d.Tokens) {
			add("next", x.lower[e+1])
			add("next|lemma", x.lower[e+1], a.Lemma)
		}
	}
	post := a.Content.End <= a.Cue.Start
	pos := "pre"
	if post {
		pos = "post"
	}
	add("pos", pos)
	add("pos|lemma", pos, a.Lemma)
	add("kind", a.Kind)
	add("kind|pos", a.Kind, pos)
	sp := strings.Fields(x.d.Slice(a.Speaker))
	switch {
	case len(sp) == 0:
		add("src", "none")
		add("src|lemma", "none", a.Lemma)
	case len(sp) == 1 && subjectPronouns[strings.ToLower(sp[0])]:
		add("src", "pron")
		add("srcw", strings.ToLower(sp[0]))
	default:
		add("srcfirst", strings.ToLower(sp[0]))
		add("srclast", strings.ToLower(sp[len(sp)-1]))
		n := len(sp)
		if n > 5 {
			n = 5
		}
		add("srclen", strconv.Itoa(n))
		if capitalized(sp[len(sp)-1]) {
			add("src", "name")
		} else {
			add("src", "noun")
		}
	}
	if a.Speaker.Start > a.Cue.Start {
		add("src", "after")
	}
	cl := a.Content.Len()
	b := "xl"
	switch {
	case cl < 15:
		b = "xs"
	case cl < 40:
		b = "s"
	case cl < 100:
		b = "m"
	case cl < 200:
		b = "l"
	}
	add("clen", b)
	add("clen|lemma", b, a.Lemma)
	for o := first; o < len(x.d.Attributions); o++ {
		if o != k && x.d.Attributions[o].Content.Contains(a.Cue) {
			add("nested")
			add("nested|lemma", a.Lemma)
			break
		}
	}
	if ci >= 0 && ci-s.First <= 1 {
		add("sentstart")
	}
	if ci > 1 {
		// Two words back tells "is expected to say" from "he went on to say".
		add("prev2|lemma", x.lower[ci-2], a.Lemma)
	}
	if k := tokenAt(x.d, a.Content.Start); k > 0 && a.Content.Start >= a.Cue.End && x.lower[k-1] == "that" {
		// "said in a statement that …": a complementizer before the
		// content marks a report, whatever adjunct stands between it
		// and the verb ("said in Iowa" alone is weaker).
		add("thatclause")
	}
	if k := tokenAt(x.d, a.Content.Start); k >= 0 {
		// "said that …", "said the …", "know how …": the content's first
		// word says whether it is a clause, an object or a question.
		add("cfirst", x.lower[k])
		add("cfirst|lemma", x.lower[k], a.Lemma)
	}
	if len(sp) > 1 {
		add("srclast|lemma", strings.ToLower(sp[len(sp)-1]), a.Lemma)
	}
	if s.Para == 0 {
		add("headline")
		if ci > s.First && capitalized(x.d.Slice(a.Cue)) {
			add("titlecue|lemma", a.Lemma)
		}
	}
	return f
}
