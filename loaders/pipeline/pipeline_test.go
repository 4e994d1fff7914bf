package pipeline_test

import (
	"bufio"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/internal/cputime"
	"github.com/claimgraph/claimgraph/internal/sharedtest"
	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/loaders/pipeline"
)

// bbcBodies reads the BBC corpus from ../shared, or skips (fails under
// CI=true) when it is absent.
func bbcBodies(tb testing.TB) []doc.Article {
	tb.Helper()
	f, err := os.Open(sharedtest.Path(tb, "data", "news", "bbc", "articles.jsonl"))
	require.NoError(tb, err)
	defer f.Close()
	var out []doc.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var a struct{ ID, Title, Body string }
		require.NoError(tb, json.Unmarshal(sc.Bytes(), &a))
		out = append(out, doc.Article{ID: a.ID, Title: a.Title, Text: a.Body, Source: a.ID})
	}
	require.NoError(tb, sc.Err())
	return out
}

// BenchmarkExtract runs the whole default pipeline over the BBC corpus
// and reports MB/s of article text. Run it on one core with
// GOMAXPROCS=1 go test ./loaders/pipeline -run XXX -bench Extract -benchtime 3x
//
// It also reports MB/cpu-s, the text per second of the process's CPU
// time (garbage collection included): on a machine shared with other
// jobs, wall-clock MB/s measures the machine, and this the code.
func BenchmarkExtract(b *testing.B) {
	arts := bbcBodies(b)
	total := 0
	for _, a := range arts {
		total += len(a.Text)
	}
	// As the load workers and the extract command run it.
	pl := pipeline.Default().Runner()
	b.SetBytes(int64(total))
	b.ResetTimer()
	used, err := cputime.Of(func() {
		for i := 0; i < b.N; i++ {
			for _, a := range arts {
				if _, err := pl.Run(a); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(total)*float64(b.N)/1e6/used.Seconds(), "MB/cpu-s")
}

func TestRunNeverPanicsOnOddInput(t *testing.T) {
	inputs := map[string]string{
		"empty":        "",
		"spaces":       "   \n\n  \t",
		"binary":       "\x00\x01\x02\xff\xfe",
		"invalid utf8": "Minister \xc3\x28 said \xa0\xa1 “it",
		"quotes only":  strings.Repeat("“", 10000),
		"unbalanced":   strings.Repeat("He said “yes. ", 2000),
	}
	for name, text := range inputs {
		t.Run(name, func(t *testing.T) {
			_, err := pipeline.Default().Run(doc.Article{Text: text})
			assert.NoError(t, err)
		})
	}
}

// TestLinearTime checks that extraction cost grows linearly: a text ten
// times longer must not take much more than ten times the CPU. Best of
// three CPU times, so that other work on the machine does not count.
func TestLinearTime(t *testing.T) {
	para := "“The plan is sound,” said Mayor Jane Doe, who spoke on Monday. The council declined to comment on the vote. "
	measure := func(n int) time.Duration {
		text := strings.Repeat(para+"\n\n", n)
		best := time.Duration(1 << 62)
		for i := 0; i < 3; i++ {
			d, err := cputime.Of(func() {
				_, err := pipeline.Default().Run(doc.Article{Text: text})
				require.NoError(t, err)
			})
			require.NoError(t, err)
			best = min(best, d)
		}
		return best
	}
	small, large := measure(200), measure(2000)
	ratio := float64(large) / float64(max(small, time.Millisecond))
	assert.Less(t, ratio, 30.0, "10x the text took %.1fx the CPU (%s vs %s)", ratio, small, large)
}

func TestUpto(t *testing.T) {
	var names []string
	for _, s := range pipeline.Default().Upto("quote speakers") {
		names = append(names, s.Name)
	}
	assert.Equal(t, "quote speakers", names[len(names)-1])
	assert.Contains(t, names, "attributions")
	assert.NotContains(t, names, "resolve")
	assert.Len(t, pipeline.Default().Upto("no such stage"), len(pipeline.Default()))
}

// A Runner reuses one document's storage; each article must come out as
// a fresh document's would, whatever ran before it (longer, shorter,
// with a headline or without, odd input).
func TestRunnerMatchesRun(t *testing.T) {
	long := strings.Repeat("“The bridge will open in May,” said Mayor Ada Lind of Eastport. The council declined to comment. ", 30)
	tests := []struct {
		name string
		a    doc.Article
	}{
		{"long", doc.Article{ID: "a", Text: long}},
		{"headline", doc.Article{ID: "b", Text: "Port deal signed\n\nOfficials said the deal was done, according to Reuters.", BodyStart: 18}},
		{"short", doc.Article{ID: "c", Text: "He said no."}},
		{"empty", doc.Article{ID: "d"}},
		{"odd", doc.Article{ID: "e", Text: "Minister \xc3\x28 said \xa0\xa1 “it"}},
		{"long again", doc.Article{ID: "f", Text: long[:len(long)/3]}},
	}
	run := pipeline.Default().Runner()
	var last, lastWant doc.Extraction
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, err := pipeline.Default().Run(tt.a)
			require.NoError(t, err)
			got, err := run.Run(tt.a)
			require.NoError(t, err)
			// The extraction of the article before stays good.
			assert.Equal(t, lastWant, last)
			last, lastWant = got.Extraction(), want.Extraction()
			assert.Equal(t, lastWant, last)
			// Reused storage is empty where a new document's is nil;
			// no stage tells the two apart.
			v, w := want.View, got.View
			for _, eq := range []bool{
				slices.Equal(want.Tokens, got.Tokens), slices.Equal(want.Sentences, got.Sentences),
				slices.Equal(v.Lower, w.Lower), slices.Equal(v.Word, w.Word), slices.Equal(v.Sentence, w.Sentence),
				slices.Equal(v.Para, w.Para), slices.Equal(v.InQuote, w.InQuote),
			} {
				assert.True(t, eq, "tokens, sentences and view as a new document's")
			}
		})
	}
}
