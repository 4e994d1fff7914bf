package main

import (
	"testing"

	"github.com/claimgraph/claimgraph/loaders/eval"
)

func TestKindOf(t *testing.T) {
	tests := []struct {
		role string
		end  bool
		seg  string
		want string
	}{
		{"content", false, "that ", "complementizer (that, whether, if)"},
		{"content", false, "But ", "connective or discourse adverb (but, and, so, now)"},
		{"content", false, "the harbor master ", "two or three other words"},
		{"content", true, ", which pleased the pilots", "comma + relative or subordinate clause (, which / , while)"},
		{"content", true, ",” the mayor said", "comma + a cue of its own (…,” he said)"},
		{"content", true, " - not a word more", "dash"},
		{"content", true, " on Monday", "date or time"},
		{"content", true, " in a speech", "prepositional adjunct (in, at, by, with)"},
		{"content", true, ". The pier reopened", "across a sentence"},
		{"content", true, "\n\nThe pier", "across a paragraph"},
		{"source", true, ", who runs the port", "relative clause (, who …)"},
		{"source", true, ", a skipper from Dover", "apposition or tag (, a professor at …; (R-Ohio))"},
		{"source", false, "Sen. ", "title (Sen., former, Mr.)"},
		{"source", false, "The ", "determiner"},
		{"cue", false, "has not ", "auxiliary, negation or adverb (has, not, also)"},
		{"cue", true, " of", "particle (to, of, about)"},
		{"cue", true, " in an interview", "multiword cue (in an interview, told reporters)"},
		{"cue", true, " Tuesday", "date or time (said Tuesday)"},
	}
	for _, tt := range tests {
		t.Run(tt.role+" "+tt.seg, func(t *testing.T) {
			if got := kindOf(tt.role, tt.end, tt.seg); got != tt.want {
				t.Errorf("kindOf(%q, %v, %q) = %q, want %q", tt.role, tt.end, tt.seg, got, tt.want)
			}
		})
	}
}

// The matching and the edges read spans as the scorer does: punctuation
// and quote marks never make a difference.
func TestDifferences(t *testing.T) {
	text := "The mayor said that “the pier is safe,” and left."
	r := func(a, b int) *eval.Role { return &eval.Role{Spans: [][2]int{{a, b}}} }
	gold := eval.Doc{Text: text, Attributions: []eval.Attr{{Content: r(15, 39)}}}
	tests := []struct {
		name string
		pred *eval.Role
		want []string
	}{
		{"quote marks only", r(15, 38), nil},
		{"after that", r(21, 39), []string{"start later: complementizer (that, whether, if)"}},
		{"runs on", r(15, 48), []string{"runs on: comma + coordinated clause (, but / , and)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := newTally()
			tl.doc(gold, eval.Doc{Attributions: []eval.Attr{{Content: tt.pred}}})
			var got []string
			for k := range tl.kinds["content"] {
				got = append(got, k)
			}
			if len(got) != len(tt.want) || len(got) > 0 && got[0] != tt.want[0] {
				t.Errorf("kinds %v, want %v", got, tt.want)
			}
			if tl.pairs["content"] != 1 {
				t.Errorf("%d pairs, want 1", tl.pairs["content"])
			}
		})
	}
}

// -show marks the gold span and the prediction in the text around them.
func TestNewCase(t *testing.T) {
	text := []rune("The mayor said the pier is safe today.")
	gold := eval.Doc{DocID: "d"}
	pred := eval.Doc{Attributions: []eval.Attr{{Content: &eval.Role{Spans: [][2]int{{15, 37}}}, Rule: "pre-cue"}}}
	a := eval.Chars(&eval.Role{Spans: [][2]int{{15, 31}}}, text)
	b := eval.Chars(pred.Attributions[0].Content, text)
	c := newCase(gold, pred, text, "content", a, b, 0)
	if want := "The mayor said [[{the pier is safe]] today}."; c.marked != want || c.rule != "pre-cue" {
		t.Errorf("newCase = %q (%s), want %q (pre-cue)", c.marked, c.rule, want)
	}
}
