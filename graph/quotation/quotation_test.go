package quotation

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"“We will not back down,” she said", "we will not back down she said"},
		{"  We   WILL not\nback-down ", "we will not back down"},
		{"don’t", "dont"},
		{"don't", "dont"},
		{"'quoted'", "quoted"},
		{"£1.5bn in 2026!", "1 5bn in 2026"},
		{"«Nous»", "nous"},
		{"...", ""},
	} {
		if got := Parse(c.in).Norm; got != c.want {
			t.Errorf("Parse(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

const long = "We have been patient for eighteen months, and patience has not put food on anyone's table"

func TestMatch(t *testing.T) {
	for _, c := range []struct {
		name string
		a, b string
		want bool
	}{
		{"same words, other marks and case", "“We will NOT back down on the harbour deal.”", "we will not back down on the harbour deal", true},
		{"partial quote inside a longer one", long, "patience has not put food on anyone's table", true},
		{"the longer one second", "patience has not put food on anyone's table", long, true},
		{"one word changed", long, strings.Replace(long, "eighteen", "sixteen", 1), true},
		{"two words changed", long, strings.Replace(strings.Replace(long, "eighteen", "sixteen", 1), "food", "bread", 1), true},
		{"a short exact quote", "no plan here", "No plan, here.", true},
		{"a one-word quote", "buy", "Buy", false},
		{"a two-word term", "Big Bang", "big bang", false},
		{"a short quote sharing a phrase, another ending", "too much money chasing too few stocks", "wage increases resulted in too much money chasing too few goods", false},
		{"a short quote sharing the start of a long one", "it was not a major move", "It was not a major surprise - I knew what a blow the death of his wife was", false},
		{"a partial quote of five words", "the slow pace of reforms", "he said the slow pace of reforms was to blame", true},
		{"short quotes that differ", "we will win", "we will lose", false},
		{"different quotes sharing a phrase", "We will not back down on the harbour deal", "We will not back down on pensions, whatever the minister says about it", false},
		{"same words in another order", "the deal is dead and the union knows it", "it knows the union and dead is the deal", false},
		{"a short piece of a long quote", long, "patience has not", false},
		{"empty", "", "", false},
	} {
		ok, score := Match(Parse(c.a), Parse(c.b))
		if ok != c.want {
			t.Errorf("%s: Match = %v (%.2f), want %v", c.name, ok, score, c.want)
		}
	}
}

// TestProbesFindKeys checks winnowing's promise: a quote that matches a
// stored one through a shared run of Window+Shingle-1 words, or that
// contains it whole, probes a key the stored one has, so the index finds
// it, whichever of the two was stored first.
func TestProbesFindKeys(t *testing.T) {
	words := Parse(long).Words
	for i := 0; i+Window+Shingle-1 <= len(words); i++ {
		run := strings.Join(words[i:i+Window+Shingle-1], " ")
		if !probeFinds(Parse(long), Parse(run)) {
			t.Errorf("the run %q probes no key of the quote", run)
		}
	}
	for _, other := range []string{
		"for eighteen months, and patience has not put food on anyone's table",
		strings.Replace(long, "eighteen", "sixteen", 1),
		"“" + strings.ToUpper(long) + "”",
		"Yesterday he said: " + long + ", and left.",
	} {
		if !probeFinds(Parse(long), Parse(other)) {
			t.Errorf("%q probes no key of %q", other, long)
		}
		if !probeFinds(Parse(other), Parse(long)) {
			t.Errorf("%q probes no key of %q", long, other)
		}
	}
	if probeFinds(Parse(long), Parse("The minister said nothing about the harbour")) {
		t.Error("an unrelated quote probes a key")
	}
}

// probeFinds reports whether b's probes meet a key of a.
func probeFinds(a, b Quote) bool {
	have := map[string]bool{}
	for _, k := range a.Keys() {
		have[k] = true
	}
	for _, k := range b.Probes() {
		if have[k] {
			return true
		}
	}
	return false
}

func TestKeysAreFewAndStable(t *testing.T) {
	q := Parse(long)
	if n := len(q.Keys()); n == 0 || n > 2*len(q.Words)/(Window+1)+1 {
		t.Errorf("%d keys for %d words", n, len(q.Words))
	}
	if Parse(long).ID() != Parse(strings.ToLower(long)+".").ID() {
		t.Error("the id depends on case or punctuation")
	}
	if Parse(long).ID() == Parse("something else").ID() {
		t.Error("two wordings share an id")
	}
}

// The index in memory keeps a quotation's Norm only and parses it again
// when a quote meets it: parsing Norm must give the same quote.
func TestParseNormIsTheQuote(t *testing.T) {
	for _, text := range []string{
		"There is no plan, there has never been a plan, and there will be no plan",
		"“We don’t know,” she said — ÉTÉ 2026: İstanbul's “rates” fell 3.5%",
		"a", "", "  O'Brien’s   CAN'T-stop   x2  ",
	} {
		q := Parse(text)
		again := Parse(q.Norm)
		require.Equal(t, q.Words, again.Words, text)
		require.Equal(t, q.Norm, again.Norm, text)
		require.Equal(t, q.ProbeHashes(), again.ProbeHashes(), text)
		require.Equal(t, q.KeyHashes(), again.KeyHashes(), text)
	}
}

// KeyHash reads back the hash of every key and probe.
func TestKeyHash(t *testing.T) {
	q := Parse("There is no plan, there has never been a plan, and there will be no plan")
	for i, k := range q.Keys() {
		h, ok := KeyHash(k)
		require.True(t, ok)
		require.Equal(t, q.KeyHashes()[i], h)
	}
	for i, k := range q.Probes() {
		h, ok := KeyHash(k)
		require.True(t, ok)
		require.Equal(t, q.ProbeHashes()[i], h)
	}
	for _, bad := range []string{"", "qk:", "qk:!!", "plan"} {
		_, ok := KeyHash(bad)
		require.False(t, ok, bad)
	}
}
