package quotation

import (
	"strings"
	"testing"
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

// TestCompactKeepsTheQuote: a quote read back from the index's compact
// form matches exactly as the parsed one does, and keys survive their
// stored form.
func TestCompactKeepsTheQuote(t *testing.T) {
	full := Parse(long)
	back := full.Compact().Quote()
	if back.Norm != full.Norm || strings.Join(back.Words, "|") != strings.Join(full.Words, "|") {
		t.Fatalf("Compact().Quote() = %q / %q, want %q / %q", back.Norm, back.Words, full.Norm, full.Words)
	}
	for _, other := range []string{long, "patience has not put food on anyone's table", strings.Replace(long, "eighteen", "sixteen", 1), "no plan here"} {
		o := Parse(other)
		s1, m1 := Match(o, full)
		s2, m2 := Match(o, back)
		if s1 != s2 || m1 != m2 {
			t.Errorf("Match(%q) = %v %v on the parsed quote, %v %v on its compact form", other, s1, m1, s2, m2)
		}
	}
	if !(Compact{}).Empty() || full.Compact().Empty() {
		t.Error("Empty is wrong")
	}
	keys := full.Keys()
	for i, h := range full.KeyHashes() {
		if Key(h) != keys[i] {
			t.Errorf("Key(%d) = %q, want %q", h, Key(h), keys[i])
		}
		if got, ok := ParseKey(keys[i]); !ok || got != h {
			t.Errorf("ParseKey(%q) = %d %v, want %d", keys[i], got, ok, h)
		}
	}
	if _, ok := ParseKey("quoted text"); ok {
		t.Error("ParseKey accepted a string that is no key")
	}
}

// TestParseSlicesNorm: every word is a piece of Norm, in order.
func TestParseSlicesNorm(t *testing.T) {
	for _, in := range []string{long, "  “Don’t”  —  stop, now!  ", "'x'", "", "a"} {
		q := Parse(in)
		if got := strings.Join(q.Words, " "); got != q.Norm {
			t.Errorf("Parse(%q): words %q do not join to Norm %q", in, q.Words, q.Norm)
		}
	}
}
