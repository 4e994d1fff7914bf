package quotes_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/quotes"
	"github.com/claimgraph/claimgraph/loaders/segment"
)

func find(text string) *doc.Document {
	d := doc.New(doc.Article{Text: text})
	segment.Segment(d)
	quotes.Find(d)
	return d
}

type want struct {
	inner  string
	closed bool
	nested bool
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"curly", "“We will win,” she said.", []want{{"We will win,", true, false}}},
		{"straight", `"We will win," she said.`, []want{{"We will win,", true, false}}},
		{"typewriter", "''We will win,'' she said.", []want{{"We will win,", true, false}}},
		{"nested single", "“He told me ‘never again’ twice,” she said.", []want{{"He told me ‘never again’ twice,", true, false}, {"never again", true, true}}},
		{"apostrophes are not quotes", "The mayor’s office said the ’90s were over and Jones’ car was red.", nil},
		{"partial quotes", "He called the plan “dead” and “unworkable”.", []want{{"dead", true, false}, {"unworkable", true, false}}},
		{"continued paragraph", "“First part of the quote.\n\n“Second part,” he said.", []want{{"First part of the quote.", false, false}, {"Second part,", true, false}}},
		{"stray opener stops at paragraph end", "He said “this never closes.\n\nNext paragraph is plain.", []want{{"this never closes.", false, false}}},
		{"left mark typed as a closer", "“It is odd,“ said Ann Lee.", []want{{"It is odd,", true, false}}},
		{"right mark typed as an opener", "”It is odd,” said Ann Lee.", []want{{"It is odd,", true, false}}},
		{"paragraph opens with a right mark", "Plain text.\n\n” … the train has left,” wrote Time.", []want{{" … the train has left,", true, false}}},
		{"continued without the opener repeated", "“First part runs on\n\nto here,” he said. Then “more.”", []want{{"First part runs on", false, false}, {"to here,", true, false}, {"more.", true, false}}},
		{"orphan closer without a quote before", "Plain text.\n\nNo opener here,” he said.", nil},
		{"right mark as an opener after a format mark", "\u202a”It is odd,” said Ann Lee.", []want{{"It is odd,", true, false}}},
		{"double quotes nested in double quotes", "“The claim that it “has to do with trust” is absurd,” wrote Ann Lee.", []want{{"The claim that it “has to do with trust” is absurd,", true, false}, {"has to do with trust", true, false}}},
		{"joined paragraphs of one quotation", `"I did not. He can handle himself. "They played better," he said.`, []want{{"I did not. He can handle himself.", false, false}, {"They played better,", true, false}}},
		{"joined paragraphs, curly", "“Sandra has campaigned. “That pattern will continue.”", []want{{"Sandra has campaigned.", false, false}, {"That pattern will continue.", true, false}}},
		{"second opener restarts", "A “stray mark and “a real quote” here.", []want{{"a real quote", true, false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := find(tt.text)
			var got []want
			for _, q := range d.Quotes {
				got = append(got, want{d.Slice(q.Inner), q.Closed, q.Nested})
				assert.True(t, q.Span.Contains(q.Inner))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestFindUnbalancedIsLinear feeds 10,000 stray marks: no panic, no quote
// across paragraphs, and time linear in the input.
func TestFindUnbalancedIsLinear(t *testing.T) {
	text := strings.Repeat("“a ", 10000) + "\n\n" + strings.Repeat("” b \" c ' ", 10000)
	start := time.Now()
	d := find(text)
	assert.Less(t, time.Since(start), 2*time.Second)
	for _, q := range d.Quotes {
		require.False(t, strings.Contains(d.Slice(q.Span), "\n\n"), "a quote crosses a paragraph")
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"", "“a”", "\"", "''x''", "‘a “b” c’", "\xff\xfe“", "“a\n\n“b”"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := find(s)
		for _, q := range d.Quotes {
			if q.Start < 0 || q.End > len(s) || q.Inner.Start < q.Start || q.Inner.End > q.End {
				t.Fatalf("bad quote %+v in %q", q, s)
			}
		}
	})
}

// Find leaves the in-quote mask of the document's view: the tokens inside
// a quotation's marks, not those of a quote nested in it twice over, nor
// the marks.
func TestInQuoteMask(t *testing.T) {
	d := find("“He told me ‘never’ twice,” she said. Then “it ran on\n\nand on.")
	require.True(t, d.View.Masked(len(d.Tokens)))
	var in []string
	for i, tk := range d.Tokens {
		if d.View.InQuote[i] {
			in = append(in, tk.Text)
		}
	}
	assert.Equal(t, []string{"He", "told", "me", "‘", "never", "’", "twice", ",", "it", "ran", "on"}, in)
}
