package attrib_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/internal/cputime"
	"github.com/claimgraph/claimgraph/loaders/attrib"
	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/noncomment"
	"github.com/claimgraph/claimgraph/loaders/quotes"
	"github.com/claimgraph/claimgraph/loaders/segment"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// run runs the stages this package depends on, and its own.
func run(text string, bodyStart int) *doc.Document {
	d := doc.New(doc.Article{Text: text, BodyStart: bodyStart})
	segment.Segment(d)
	quotes.Find(d)
	attrib.Extract(d)
	noncomment.Extract(d)
	return d
}

type got struct {
	Speaker, Cue, Content, Kind string
	Role, Channel, Addressee    string
	Anonymous                   bool
}

func attributions(d *doc.Document) []got {
	var out []got
	for _, a := range d.Attributions {
		out = append(out, got{d.Slice(a.Speaker), d.Slice(a.Cue), d.Slice(a.Content), a.Kind, a.Role, a.Channel, a.Addressee, a.Anonymous})
	}
	return out
}

// checkExtracted runs the stage, learned filter included, and compares
// what it keeps with each case.
func checkExtracted(t *testing.T, cases []patternCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, attributions(run(tt.text, 0)))
		})
	}
}

// patternCase is a text and the candidates the rules should find in it,
// nil for none.
type patternCase struct {
	name string
	text string
	want []got
}

// checkPatterns runs the rules' candidates (the learned filter is
// retrained with the data and is checked on the seed and golden files)
// and compares them with each case.
func checkPatterns(t *testing.T, cases []patternCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			d := doc.New(doc.Article{Text: tt.text})
			segment.Segment(d)
			quotes.Find(d)
			attrib.Candidates(d)
			assert.Equal(t, tt.want, attributions(d))
			for _, a := range d.Attributions {
				assert.Equal(t, -1, a.SpeakerEntity)
			}
		})
	}
}

func TestHeadlineStandsAlone(t *testing.T) {
	text := "Minister says talks will resume\n\nThe talks ended on Monday."
	d := run(text, strings.Index(text, "The"))
	assert.Empty(t, d.Attributions)
}

// TestGolden runs the articles under testdata (written for these tests)
// and compares with their golden output; -update rewrites it.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			require.NoError(t, err)
			text := string(raw)
			body := strings.Index(text, "\n\n") + 2
			x := run(text, body).Extraction()
			x.Text = ""
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			require.NoError(t, enc.Encode(struct {
				Attributions []doc.OutAttr       `json:"attributions"`
				NonComments  []doc.OutNonComment `json:"non_comments"`
				Boilerplate  *doc.TextSpan       `json:"boilerplate"`
			}{x.Attributions, x.NonComments, x.Boilerplate}))
			golden := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				require.NoError(t, os.WriteFile(golden, buf.Bytes(), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test -update to create the golden file")
			assert.Equal(t, string(want), buf.String())
		})
	}
}

// TestHostileInput covers the inputs the stage must survive: nothing,
// binary, invalid UTF-8 and 10,000 unbalanced quote marks (one 10 MB
// line is TestLongLineIsLinear's).
func TestHostileInput(t *testing.T) {
	tests := map[string]string{
		"empty":        "",
		"binary":       string([]byte{0, 1, 2, 0xff, 0xfe, '"', 0, '\n', 0x80}),
		"invalid utf8": "He said \xff\xfe“bad\xc3 bytes\xe2\x80",
		"quote marks":  strings.Repeat("“ said \" ’ ‘ ", 10000),
		"only marks":   strings.Repeat("“", 10000) + strings.Repeat("”", 10000),
	}
	for name, text := range tests {
		t.Run(name, func(t *testing.T) {
			checkSpansWithin(t, run(text, 0), len(text))
		})
	}
}

func checkSpansWithin(t *testing.T, d *doc.Document, n int) {
	t.Helper()
	for _, a := range d.Attributions {
		require.True(t, a.Content.Start >= 0 && a.Content.End <= n && a.Content.Start <= a.Content.End)
		require.True(t, a.Cue.Start >= 0 && a.Cue.End <= n)
	}
}

// TestLongLineIsLinear checks that ten times the text costs about ten
// times the CPU, not a hundred: the stage must stay linear on one
// unbroken line. CPU time and a ratio, rather than a wall-clock bound,
// keep the test true on a busy machine.
func TestLongLineIsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the stage over 11 MB of text")
	}
	small, large := hostileLine(1<<20), hostileLine(10<<20)
	run(small, 0) // warm the tables and the heap
	a := cpuTime(t, func() { run(small, 0) })
	var d *doc.Document
	b := cpuTime(t, func() { d = run(large, 0) })
	checkSpansWithin(t, d, len(large))
	t.Logf("1 MB: %s, 10 MB: %s of CPU", a, b)
	assert.Less(t, float64(b), 30*float64(max(a, time.Millisecond)), "10 MB took %s of CPU against %s for 1 MB", b, a)
}

func hostileLine(n int) string {
	return strings.Repeat("The minister said the plan, which critics call “reckless, would work ", n/69+1)[:n]
}

func cpuTime(t *testing.T, f func()) time.Duration {
	t.Helper()
	d, err := cputime.Of(f)
	require.NoError(t, err)
	return d
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"", "“Q,” he said.", "X said: “Q", "According to", "\xff“a said", "a, b, said c, d",
		"“a\n\n“b,” said.", "''x,'' said Y.", "Asked about it,", "Sanders: yes",
		"which he denies.", ",sAid"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := run(s, 0)
		for _, a := range d.Attributions {
			for _, sp := range []doc.Span{a.Speaker, a.Cue, a.Content} {
				if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
					t.Fatalf("bad span %+v in %q", sp, s)
				}
			}
			_ = attrib.CuePhrase(d, a)
			_ = attrib.SourcePhrase(d, a)
		}
		for _, n := range d.NonComments {
			if n.Cue.Start < 0 || n.Cue.End > len(s) {
				t.Fatalf("bad non-comment %+v in %q", n, s)
			}
		}
	})
}

// candidates runs the rules alone, without the learned filter, so that a
// rule's test does not move when the filter is retrained.
func candidates(text string) (*doc.Document, []attrib.Candidate) {
	d := doc.New(doc.Article{Text: text})
	segment.Segment(d)
	quotes.Find(d)
	return d, attrib.Candidates(d)
}

// phrased is a candidate as PolNeAR spells it: the source and cue
// phrases and the content.
type phrased struct{ Source, Cue, Content string }

func phrases(text string) []phrased {
	d, cs := candidates(text)
	var out []phrased
	for _, c := range cs {
		out = append(out, phrased{d.Slice(attrib.SourcePhrase(d, c.Attribution)), d.Slice(attrib.CuePhrase(d, c.Attribution)), d.Slice(c.Content)})
	}
	return out
}

// phraseCase is a sentence and the (source, cue phrase, content) triples
// the rules should find in it, nil for none.
type phraseCase struct {
	name, text string
	want       []phrased
}

func checkPhrases(t *testing.T, cases []phraseCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, phrases(tt.text))
		})
	}
}
