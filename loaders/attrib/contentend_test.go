package attrib

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/quotes"
	"github.com/claimgraph/claimgraph/loaders/segment"
)

func TestEndModel(t *testing.T) {
	require.Greater(t, len(contentEnd.w), 100, "contentend.tsv holds no weights: retrain it (see contentend.go)")
	require.Greater(t, contentEnd.threshold, 0.0)
	m := parseEndModel("# comment\n_bias\t0.5\n_threshold\t0.3\nw1=which\t1.5\nbroken line\n")
	assert.Equal(t, 0.5, m.bias)
	assert.Equal(t, 0.3, m.threshold)
	assert.Equal(t, map[string]float64{"w1=which": 1.5}, m.w)
	assert.Equal(t, -1.0, parseEndModel("").threshold, "an empty model ends nothing")

	start := time.Now()
	parseEndModel(endData)
	assert.Less(t, time.Since(start), 100*time.Millisecond, "loading the learned ending must be fast")
}

func extracted(text string, ends bool) *doc.Document {
	d := doc.New(doc.Article{Text: text})
	segment.Segment(d)
	quotes.Find(d)
	if ends {
		Extract(d)
	} else {
		extract(d)
	}
	return d
}

// The learned ending ends a content read after its cue at a comma or
// before a word that opens the writer's next clause or adjunct, where
// its weights say so; it leaves out no quotation, does not split "that
// … but that …", and steps over a parenthetical that an auxiliary
// closes.
func TestLearnedContentEnd(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"which after the clause", "The mayor said the pier would reopen next week, which pleased the ferry pilots.", "the pier would reopen next week"},
		{"appositive of the writer", "The mayor said the pier would reopen, a decision that surprised the pilots.", "the pier would reopen"},
		{"spaced hyphen as a dash", "The mayor said the pier would reopen - a decision that surprised the ferry pilots.", "the pier would reopen"},
		{"as clause", "The mayor said the pier would reopen, as he had promised the pilots last week.", "the pier would reopen"},
		{"when clause stays", "The mayor said the pier would reopen when the repairs end.", "the pier would reopen when the repairs end"},
		{"parenthetical in the subject", "The mayor said the pier, which was built in 1890, would reopen.", "the pier, which was built in 1890, would reopen"},
		{"two that clauses", "The mayor told the pilots that the pier would reopen but that the ferries would wait.", "the pier would reopen but that the ferries would wait"},
		{"content around its cue", "The talks are expected to resume on Monday, which pleased the ferry pilots.", "The talks are expected to resume on Monday"},
		{"quotation inside", "The mayor said the pier would “reopen soon,” and the pilots cheered.", "the pier would “reopen soon,” and the pilots cheered"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extracted(tt.text, true)
			require.NotEmpty(t, d.Attributions)
			assert.Equal(t, tt.want, d.Slice(d.Attributions[0].Content))
		})
	}
}

// Training reads the same places and features that Extract scores:
// ending each content of ContentEnds at its first place above the
// threshold gives Extract's contents.
func TestContentEndsAgreeWithExtract(t *testing.T) {
	text := "The mayor said the pier would reopen on Monday, which pleased the ferry pilots. " +
		"The council said the repairs, which cost a fortune, were finished. " +
		"The pilots said they would sail again in a week, though the union disagreed."
	want := extracted(text, true)
	cases := ContentEnds(extracted(text, false))
	require.Len(t, cases, len(want.Attributions))
	for i, c := range cases {
		got := c.Attribution.Content
		for j, f := range c.Features {
			if contentEnd.EndProb(f) >= contentEnd.threshold {
				got.End = c.Ends[j]
				break
			}
		}
		assert.Equal(t, want.Attributions[i].Content, got)
	}
}

// The ending reads whether a verb comes before a place and whether only
// names do: a comma after a bare name opens an apposition in the
// content's subject.
func TestVerbAndNames(t *testing.T) {
	tests := []struct {
		name, text  string
		verb, names string // the tokens found, "" for none
	}{
		{"name then apposition", "that Harbor Pilots Union, a group of skippers, asked for more", "asked", "a"},
		{"pronoun subject", "they won't reopen the pier", "won't", "they"},
		{"past form", "Dover voters favored the plan", "favored", "voters"},
		{"no verb", "the new harbor fees", "", "the"},
		{"names only", "Dover Harbor", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc.New(doc.Article{Text: tt.text})
			segment.Segment(d)
			x := newCtx(d)
			verb, names := x.verbAndNames(0, len(d.Tokens))
			at := func(k int) string {
				if k >= len(d.Tokens) {
					return ""
				}
				return d.Tokens[k].Text
			}
			assert.Equal(t, tt.verb, at(verb), "verb")
			assert.Equal(t, tt.names, at(names), "names")
		})
	}
}

// The ending's two look-aheads from a comma: listAhead (another comma,
// "and" or "or" within three tokens reads as a list's) and verbAhead (a
// verb before the next mark: a clause of its own follows).
func TestCommaLookAheads(t *testing.T) {
	tests := []struct {
		name, text string
		list, verb bool
	}{
		{"list", "the fees , the rota and the pay", true, false},
		{"two names", "Dover , Deal , Ramsgate", true, false},
		{"clause after", "the pier is safe , which pleased the ferry pilots", false, true},
		{"a cue of its own", "the pier , the pilots said , was safe", true, true},
		{"verb", "the pier , which was built in 1890", false, true},
		{"phrase", "the pier , a relic of the old harbor", false, false},
		{"negation", "the rota , and the pilots won't sail", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc.New(doc.Article{Text: tt.text})
			segment.Segment(d)
			x := newCtx(d)
			e := 0
			for e < len(d.Tokens) && d.Tokens[e].Text != "," {
				e++
			}
			assert.Equal(t, tt.list, x.listAhead(e, len(d.Tokens)), "list")
			assert.Equal(t, tt.verb, x.verbAhead(e+1, len(d.Tokens)), "verb")
		})
	}
}

// A dash, a spaced hyphen and a double hyphen are each a place where the
// learned ending may end a content (whether it does is its weights').
func TestDashPlaces(t *testing.T) {
	for _, dash := range []string{"—", "–", "-", "--"} {
		t.Run(dash, func(t *testing.T) {
			text := "The mayor said the pier would reopen " + dash + " a decision that surprised the ferry pilots."
			cases := ContentEnds(extracted(text, false))
			require.NotEmpty(t, cases)
			var ends []string
			for _, e := range cases[0].Ends {
				ends = append(ends, text[cases[0].Attribution.Content.Start:e])
			}
			assert.Contains(t, ends, "the pier would reopen")
		})
	}
}
