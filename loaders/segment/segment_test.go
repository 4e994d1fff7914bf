package segment_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/segment"
)

func sentences(text string) []string {
	d := doc.New(doc.Article{Text: text})
	segment.Segment(d)
	var out []string
	for _, s := range d.Sentences {
		out = append(out, d.Slice(s.Span))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Gen. Mark A. Milley spoke. He left.", []string{"Gen. Mark A. Milley spoke.", "He left."}},
		{"The U.S. Army said so. He left.", []string{"The U.S. Army said so.", "He left."}},
		{"“Why now?” he asked. Nobody knew.", []string{"“Why now?” he asked.", "Nobody knew."}},
		{"“Stop!” she shouted.", []string{"“Stop!” she shouted."}},
		{`Ed left. "We won," he said.`, []string{"Ed left.", `"We won," he said.`}},
		{"''We won.'' He said it twice.", []string{"''We won.''", "He said it twice."}},
		{"Rep. Ana Ortiz (D-N.Y.) said so. She left.", []string{"Rep. Ana Ortiz (D-N.Y.) said so.", "She left."}},
		{"Sen. Bo Hale (R-Md.), a critic, agreed. Then he left (again.) It rained.", []string{"Sen. Bo Hale (R-Md.), a critic, agreed.", "Then he left (again.) It rained."}},
		{"Sen. Dana Ruiz, D-Ore., agreed. A driver from Ava, Mo., who asked not to be named, left.", []string{"Sen. Dana Ruiz, D-Ore., agreed.", "A driver from Ava, Mo., who asked not to be named, left."}},
		{"Dr. Ruiz and Mrs. Lee met on Jan. 5 at 3 p.m. in Washington, D.C. to talk.", []string{"Dr. Ruiz and Mrs. Lee met on Jan. 5 at 3 p.m. in Washington, D.C. to talk."}},
		{"The ruling in Ortiz v. Hale was upheld. She left.", []string{"The ruling in Ortiz v. Hale was upheld.", "She left."}},
		{"It may sell Harlow Mining Corp. He would not say when.", []string{"It may sell Harlow Mining Corp.", "He would not say when."}},
		{"Kell Foods Co. Chairman Ann Dale and Bastian Inc. officials met.", []string{"Kell Foods Co. Chairman Ann Dale and Bastian Inc. officials met."}},
		{`It owes about $12.05bn. "We will pay," he said.`, []string{"It owes about $12.05bn.", `"We will pay," he said.`}},
		{"Sales rose 2.5. Costs fell.", []string{"Sales rose 2.5.", "Costs fell."}},
		{"It makes pumps, valves etc. The rest is sold.", []string{"It makes pumps, valves etc.", "The rest is sold."}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, tt.want, sentences(tt.text))
		})
	}
}

func TestWireCopyWrapsLines(t *testing.T) {
	// Reuters-21578 style: paragraphs open with an indent, and lines are
	// hard-wrapped inside them, even inside a quotation.
	text := "The outlook is good, bank governor Ana\nReyes said.\n    \"We see nothing that\nwould stop it,\" she said.\n    Prices rose."
	d := doc.New(doc.Article{Text: text})
	segment.Segment(d)
	var paras []string
	for _, p := range d.Paragraphs {
		paras = append(paras, d.Slice(p))
	}
	assert.Equal(t, []string{"The outlook is good, bank governor Ana\nReyes said.",
		"\"We see nothing that\nwould stop it,\" she said.", "Prices rose."}, paras)
	// A text of short lines with no indents and no blank lines keeps one
	// paragraph a line.
	d = doc.New(doc.Article{Text: "One line.\nTwo lines.\n  Three."})
	segment.Segment(d)
	assert.Len(t, d.Paragraphs, 3)
}

// TestShortWireCopyWrapsLines: a short wire story has one indented
// paragraph or none, yet its lines are wrapped mid-sentence; before, each
// line was a paragraph, which cut names and sentences at every wrap.
func TestShortWireCopyWrapsLines(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"one indent", "Harlow Co Chairman J. Ann\nDelacroix told analysts that any\nsettlement would be higher.\n    \"We will not settle,\" she said.",
			[]string{"Harlow Co Chairman J. Ann\nDelacroix told analysts that any\nsettlement would be higher.", "\"We will not settle,\" she said."}},
		{"no indent", "Harlow Co said it sold its pump\nunit to Bastian Inc for an\nundisclosed sum.",
			[]string{"Harlow Co said it sold its pump\nunit to Bastian Inc for an\nundisclosed sum."}},
		{"wrapped before capitals and digits", "Harlow Savings Bank of Ohio said it filed an application with the\nComptroller of the Currency to open branches holding\n13.5 billion dlrs in deposits.",
			[]string{"Harlow Savings Bank of Ohio said it filed an application with the\nComptroller of the Currency to open branches holding\n13.5 billion dlrs in deposits."}},
		{"a long headline without a stop", "Storm hits coast as thousands are evacuated from their homes\nThe storm hit the coast on Monday.\nRoads were closed.",
			[]string{"Storm hits coast as thousands are evacuated from their homes", "The storm hit the coast on Monday.", "Roads were closed."}},
		{"a line a paragraph", "Storm hits coast\nThe storm hit the coast on Monday.\nRoads were closed.\nschools stay open.",
			[]string{"Storm hits coast", "The storm hit the coast on Monday.", "Roads were closed.", "schools stay open."}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := doc.New(doc.Article{Text: tt.text})
			segment.Segment(d)
			var paras []string
			for _, p := range d.Paragraphs {
				paras = append(paras, d.Slice(p))
			}
			assert.Equal(t, tt.want, paras)
		})
	}
}

func TestHeadlineAndBoilerplate(t *testing.T) {
	text := "Storm hits coast\n\nThe storm hit the coast on Monday.\n\nRead all the latest weather news here."
	d := doc.New(doc.Article{Text: text, BodyStart: strings.Index(text, "The")})
	segment.Segment(d)
	require.NotEmpty(t, d.Paragraphs)
	assert.Equal(t, "Storm hits coast", d.Slice(d.Paragraphs[0]))
	assert.Equal(t, "Storm hits coast", d.Slice(d.Sentences[0].Span))
	assert.Equal(t, strings.Index(text, "\n\nRead"), d.BodyEnd)
	assert.Len(t, d.Paragraphs, 2)
}

func TestTokensKeepOffsets(t *testing.T) {
	text := "Kabul’s “new” rulers, the Tehreek-e-Taliban, said ''no''."
	d := doc.New(doc.Article{Text: text})
	segment.Segment(d)
	var toks []string
	for _, tk := range d.Tokens {
		require.Equal(t, text[tk.Start:tk.End], tk.Text)
		toks = append(toks, tk.Text)
	}
	assert.Equal(t, []string{"Kabul’s", "“", "new", "”", "rulers", ",", "the", "Tehreek-e-Taliban", ",", "said", "''", "no", "''", "."}, toks)
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{"", "A. B. C.", "“a?” b", "\xff\n\n\xfe", "U.S.", "''", "x\r\n\r\ny"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := doc.New(doc.Article{Text: s})
		segment.Segment(d)
		prev := 0
		for _, tk := range d.Tokens {
			if tk.Start < prev || tk.End > len(s) || tk.Start >= tk.End {
				t.Fatalf("bad token %+v in %q", tk, s)
			}
			prev = tk.End
		}
		for _, st := range d.Sentences {
			if st.First >= st.Last || st.Last > len(d.Tokens) {
				t.Fatalf("bad sentence %+v in %q", st, s)
			}
		}
	})
}

// Three typewriter marks after a word close a nested single quote and
// then the double one; before a word they open the double one first.
func TestTripleTypewriterMarks(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"''Call it 'rigged,''' she said.", []string{"''", "Call", "it", "'", "rigged", ",", "'", "''", "she", "said", "."}},
		{"He said: '''Tis the season.''", []string{"He", "said", ":", "''", "'", "Tis", "the", "season", ".", "''"}},
	}
	for _, tt := range tests {
		d := doc.New(doc.Article{Text: tt.text})
		segment.Segment(d)
		var toks []string
		for _, tk := range d.Tokens {
			toks = append(toks, tk.Text)
		}
		assert.Equal(t, tt.want, toks, tt.text)
	}
}

// Segment leaves the per-token view that later stages read: each token
// lower-cased, with its sentence and paragraph.
func TestView(t *testing.T) {
	text := "Storm Hits\n\nThe Army said so. He left.\n\nRain fell."
	d := doc.New(doc.Article{Text: text, BodyStart: strings.Index(text, "The")})
	segment.Segment(d)
	require.True(t, d.View.Indexed(len(d.Tokens)))
	var got []string
	for i, tk := range d.Tokens {
		assert.Equal(t, strings.ToLower(tk.Text), d.View.Lower[i])
		s := d.Sentences[d.View.Sentence[i]]
		assert.True(t, s.First <= i && i < s.Last, "token %q in its sentence", tk.Text)
		assert.Equal(t, s.Para, int(d.View.Para[i]))
		assert.True(t, d.Paragraphs[d.View.Para[i]].Contains(tk.Span), "token %q in its paragraph", tk.Text)
		got = append(got, fmt.Sprintf("%s/%d/%d", d.View.Lower[i], d.View.Sentence[i], d.View.Para[i]))
	}
	assert.Equal(t, []string{"storm/0/0", "hits/0/0", "the/1/1", "army/1/1", "said/1/1", "so/1/1", "./1/1",
		"he/2/1", "left/2/1", "./2/1", "rain/3/2", "fell/3/2", "./3/2"}, got)
}
