package attrib

import (
	"strings"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// describe fills Kind, Role and Anonymous from the spans.
func (x *ctx) describe(a *doc.Attribution, direct bool) {
	a.Kind = doc.Indirect
	if direct {
		a.Kind = doc.Direct
	} else if x.hasQuote(a.Content) {
		a.Kind = doc.Mixed
	}
	if a.Speaker.Empty() {
		return
	}
	var wb [16]string
	words := doc.AppendFields(wb[:0], x.d.Slice(a.Speaker))
	if a.Role == "" {
		a.Role = roleOf(words)
	}
	a.Anonymous = anonymous(words)
}

// hasQuote reports whether a quote's marks lie inside c.
func (x *ctx) hasQuote(c doc.Span) bool {
	lo, hi := 0, len(x.d.Quotes)
	for lo < hi {
		m := (lo + hi) / 2
		if x.d.Quotes[m].Start < c.Start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for ; lo < len(x.d.Quotes) && x.d.Quotes[lo].Start < c.End; lo++ {
		if !x.d.Quotes[lo].Nested {
			return true
		}
	}
	return false
}

// roleOf splits "government spokesman Zabihullah Mujahid" into the role
// before the name.
func roleOf(words []string) string {
	last := -1
	for i, w := range words {
		if !capitalized(w) {
			last = i
		}
	}
	if last < 0 || last == len(words)-1 {
		return ""
	}
	if lw := strings.ToLower(words[last]); determiners[lw] || prepositions[lw] || lw == "and" {
		// "a survey by the Mill District Association" has no role.
		return ""
	}
	from := 0
	for from <= last && (determiners[strings.ToLower(words[from])]) {
		from++
	}
	if from > last {
		return ""
	}
	return strings.Join(words[from:last+1], " ")
}

var anonNouns = set("source", "sources", "insider", "insiders")

var anonHeads = set("official", "officials", "aide", "aides", "diplomat", "diplomats", "person", "people", "member", "members", "adviser", "advisers", "advisor", "advisors", "staffer", "staffers")

// anonymous tells unnamed sources ("an activist source", "a senior
// official") from named ones.
func anonymous(words []string) bool {
	// The words are lower-cased into buf for the lookups: most sources
	// are capitalised, and strings.ToLower made a string for each.
	var buf [32]byte
	for i, w := range words {
		if prepositions[string(doc.AppendLower(buf[:0], w))] {
			words = words[:i]
			break
		}
	}
	named := false
	for i, w := range words {
		if i > 0 && capitalized(w) {
			named = true
		}
	}
	for _, w := range words {
		if anonNouns[string(doc.AppendLower(buf[:0], strings.Trim(w, ",.")))] {
			return true
		}
	}
	if named || len(words) == 0 {
		return false
	}
	if len(words) == 0 {
		return false
	}
	first := string(doc.AppendLower(buf[:0], words[0]))
	head := strings.ToLower(words[len(words)-1])
	return (first == "a" || first == "an" || first == "one" || first == "two" || first == "several" || first == "some" || first == "another") && anonHeads[head]
}
