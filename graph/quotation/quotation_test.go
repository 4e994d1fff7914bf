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

// TestSharedKeys checks winnowing's promise: a quote that matches
// another through a shared run of words has a key in common with it, so
// the index finds it.
func TestSharedKeys(t *testing.T) {
	for _, other := range []string{
		"patience has not put food on anyone's table",
		strings.Replace(long, "eighteen", "sixteen", 1),
		"“" + strings.ToUpper(long) + "”",
		"and patience has not put food",
	} {
		if !shareKey(Parse(long), Parse(other)) {
			t.Errorf("%q shares no key with %q", other, long)
		}
	}
	if shareKey(Parse(long), Parse("The minister said nothing about the harbour")) {
		t.Error("unrelated quotes share a key")
	}
}

func shareKey(a, b Quote) bool {
	have := map[string]bool{}
	for _, k := range a.Keys() {
		have[k] = true
	}
	for _, k := range b.Keys() {
		if have[k] {
			return true
		}
	}
	return false
}

func TestKeysAreFewAndStable(t *testing.T) {
	q := Parse(long)
	if n := len(q.Keys()); n == 0 || n > len(q.Words)/2+1 {
		t.Errorf("%d keys for %d words", n, len(q.Words))
	}
	if Parse(long).ID() != Parse(strings.ToLower(long)+".").ID() {
		t.Error("the id depends on case or punctuation")
	}
	if Parse(long).ID() == Parse("something else").ID() {
		t.Error("two wordings share an id")
	}
}
