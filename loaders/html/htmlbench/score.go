// Package htmlbench owns measuring the HTML reader: body extraction on the
// Zyte (Scrapinghub) article extraction benchmark, metadata on Mozilla
// readability's test pages, and extraction speed. It scores exactly as the
// benchmark's evaluate.py does, so our numbers sit beside published ones.
package htmlbench

import (
	"math"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Counts are one page's shingle matches, normalised to sum to one as in
// evaluate.py, so that long articles weigh no more than short ones.
type Counts struct{ TP, FP, FN float64 }

// tokens splits text as Python's re `\w+` with re.UNICODE does: runs of
// letters, numbers and underscores. Case is kept; evaluate.py's
// IGNORECASE flag does not change what `\w` matches.
func tokens(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		word := unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_'
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// shingles counts the n-grams of tokens. Like evaluate.py, a text shorter
// than n tokens still yields one (shorter) shingle, and an empty one none.
func shingles(s string, n int) map[string]int {
	toks := tokens(s)
	m := map[string]int{}
	last := max(1, len(toks)-n+1)
	for i := 0; i < last && i < len(toks); i++ {
		m[strings.Join(toks[i:min(i+n, len(toks))], "\x00")]++
	}
	return m
}

// Match scores one page: predicted body against the expected one.
func Match(expected, predicted string) Counts {
	want, got := shingles(expected, 4), shingles(predicted, 4)
	var c Counts
	for k, w := range want {
		g := got[k]
		c.TP += float64(min(w, g))
		c.FN += float64(max(0, w-g))
	}
	for k, g := range got {
		c.FP += float64(max(0, g-want[k]))
	}
	if s := c.TP + c.FP + c.FN; s > 0 {
		c.TP, c.FP, c.FN = c.TP/s, c.FP/s, c.FN/s
	}
	return c
}

func precision(c Counts) float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FP == 0:
		return 0
	}
	return c.TP / (c.TP + c.FP)
}

func recall(c Counts) float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FN == 0:
		return 0
	}
	return c.TP / (c.TP + c.FN)
}

// PRF is precision, recall and F1 over a set of pages.
type PRF struct{ Precision, Recall, F1 float64 }

// Score averages as evaluate.py does: precision over pages where something
// was predicted (an empty prediction costs recall, not precision), recall
// over pages where something was expected, and F1 from the two means.
func Score(pages []Counts) PRF {
	var ps, rs []float64
	for _, c := range pages {
		if c.TP+c.FP > 0 {
			ps = append(ps, precision(c))
		}
		if c.TP+c.FN > 0 {
			rs = append(rs, recall(c))
		}
	}
	p, r := mean(ps), mean(rs)
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{p, r, f}
}

// CI is the bootstrap half-width (1.96 standard deviations) of each
// metric, as evaluate.py reports beside its scores.
func CI(pages []Counts, rounds int, seed uint64) PRF {
	if len(pages) == 0 || rounds < 2 {
		return PRF{}
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var ps, rs, fs []float64
	sample := make([]Counts, len(pages))
	for range rounds {
		for i := range sample {
			sample[i] = pages[rng.IntN(len(pages))]
		}
		s := Score(sample)
		ps, rs, fs = append(ps, s.Precision), append(rs, s.Recall), append(fs, s.F1)
	}
	return PRF{1.96 * stdev(ps), 1.96 * stdev(rs), 1.96 * stdev(fs)}
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func stdev(xs []float64) float64 {
	if len(xs) < 2 {
		return 0
	}
	m := mean(xs)
	s := 0.0
	for _, x := range xs {
		s += (x - m) * (x - m)
	}
	return math.Sqrt(s / float64(len(xs)-1))
}

// NormText is the matching rule for titles, bylines and site names: case,
// white space, typographic quotes and dashes, and surrounding punctuation
// do not count.
func NormText(s string) string {
	s = strings.NewReplacer("\u2018", "'", "\u2019", "'", "\u201c", `"`, "\u201d", `"`,
		"\u2013", "-", "\u2014", "-", "\u00a0", " ").Replace(s)
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSpace(r) })
}

// SameByline is NormText equality after dropping a leading "By" (or
// "Par", "Por", "Von"), which some expected bylines keep and we strip.
func SameByline(expected, got string) bool {
	strip := func(s string) string {
		s = NormText(s)
		for _, p := range []string{"by ", "par ", "por ", "von "} {
			s = strings.TrimPrefix(s, p)
		}
		return s
	}
	return strip(expected) == strip(got)
}

// SameDate is the matching rule for publication times: the same calendar
// date, as each side writes it (the page's own local date).
func SameDate(expected, got string) bool {
	e, g := datePart(expected), datePart(got)
	return e != "" && e == g
}

func datePart(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 10 || !utf8.ValidString(s) {
		return ""
	}
	d := s[:10]
	for i, r := range d {
		if (i == 4 || i == 7) && r != '-' || i != 4 && i != 7 && (r < '0' || r > '9') {
			return ""
		}
	}
	return d
}

// SameLang is the matching rule for languages: the same primary subtag.
func SameLang(expected, got string) bool {
	p := func(s string) string {
		s = strings.ToLower(strings.TrimSpace(s))
		if i := strings.IndexAny(s, "-_"); i >= 0 {
			s = s[:i]
		}
		return s
	}
	return p(expected) != "" && p(expected) == p(got)
}
