package htmlbench

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/internal/sharedtest"
	"github.com/claimgraph/claimgraph/loaders/html"
)

func TestMatch(t *testing.T) {
	tests := []struct {
		name              string
		expected, predict string
		want              Counts
	}{
		{"identical", "one two three four five", "one two three four five", Counts{1, 0, 0}},
		{"both empty", "", "", Counts{0, 0, 0}},
		{"empty prediction", "one two three four five", "", Counts{0, 0, 1}},
		{"extra text", "a b c d", "a b c d e", Counts{1.0 / 2, 1.0 / 2, 0}},
		// Fewer than four tokens still make one short shingle.
		{"short texts", "hello world", "hello world", Counts{1, 0, 0}},
		// Punctuation and white space are not tokens; case is kept.
		{"punctuation", "One, two; three! four", "One two three four", Counts{1, 0, 0}},
		{"case counts", "One two three four", "one two three four", Counts{0, 0.5, 0.5}},
		// Repeated shingles count as many times as they occur.
		{"repeats", "a b c d a b c d", "a b c d", Counts{1.0 / 5, 0, 4.0 / 5}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Match(tt.expected, tt.predict)
			require.InDelta(t, tt.want.TP, got.TP, 1e-9)
			require.InDelta(t, tt.want.FP, got.FP, 1e-9)
			require.InDelta(t, tt.want.FN, got.FN, 1e-9)
		})
	}
}

func TestTokensMatchPythonWordRE(t *testing.T) {
	require.Equal(t, []string{"Zoë", "s", "naïve", "café", "x_1", "２０２０", "東京都"},
		tokens("Zoë's naïve café—x_1 (２０２０) 東京都."))
}

func TestScore(t *testing.T) {
	// An empty prediction lowers recall but is left out of precision;
	// F1 comes from the two means, not a mean of per-page F1.
	pages := []Counts{{1, 0, 0}, {0, 0, 1}, {0.5, 0.5, 0}}
	s := Score(pages)
	require.InDelta(t, (1+0.5)/2.0, s.Precision, 1e-9)
	require.InDelta(t, (1+0+1)/3.0, s.Recall, 1e-9)
	require.InDelta(t, 2*s.Precision*s.Recall/(s.Precision+s.Recall), s.F1, 1e-9)
	require.Equal(t, Score(pages[:1]), Score([]Counts{pages[0], {0, 0, 0}}),
		"a page with nothing expected and nothing predicted is left out of both means, as in evaluate.py")
}

func TestMatchingRules(t *testing.T) {
	require.True(t, SameDate("2018-04-05T06:00", "2018-04-05"))
	require.True(t, SameDate("2017-11-03 03:01:00.000000", "2017-11-03T03:01:00-07:00"))
	require.False(t, SameDate("2018-04-05T06:00", "2018-04-06T01:00:00+02:00"))
	require.False(t, SameDate("", ""))
	require.True(t, SameLang("en-US", "en"))
	require.False(t, SameLang("pt-BR", "es"))
	require.Equal(t, NormText("Facebook Is Tracking Me Even Though I'm Not on Facebook"),
		NormText("  facebook is tracking me even though I’m not on Facebook. "))
	require.True(t, SameByline("By Ana Sandoiu", "Ana Sandoiu"))
}

// TestTargets holds the default extractor to the targets on the
// full data (about five seconds on two cores).
func TestTargets(t *testing.T) {
	root := sharedtest.Path(t, "data", "html")
	start := time.Now()
	body, err := RunAEB(filepath.Join(root, "aeb"), Config{Extractor: html.DefaultExtractor})
	require.NoError(t, err)
	require.Len(t, body.Pages, 181)
	for _, p := range body.Pages {
		if p.Err != nil {
			require.ErrorIs(t, p.Err, html.ErrNoArticle, p.ID)
		}
	}
	require.GreaterOrEqual(t, body.F1, 0.96, "body F1 (go-trafilatura published 0.960)")

	meta, err := RunMetadata(filepath.Join(root, "readability"), Config{Extractor: html.DefaultExtractor})
	require.NoError(t, err)
	require.Empty(t, meta.Failed)
	require.GreaterOrEqual(t, meta.Fields["title"].Rate(), 0.90, "title: %v", meta.Fields["title"].Misses)
	require.GreaterOrEqual(t, meta.Fields["publishedTime"].Rate(), 0.80, "date: %v", meta.Fields["publishedTime"].Misses)
	require.GreaterOrEqual(t, meta.Fields["siteName"].Rate(), 0.80, "site: %v", meta.Fields["siteName"].Misses)
	require.GreaterOrEqual(t, meta.Fields["lang"].Rate(), 0.90, "lang: %v", meta.Fields["lang"].Misses)
	t.Logf("body P=%.3f R=%.3f F1=%.3f, %.0f pages/s; title %.2f date %.2f site %.2f lang %.2f; %s",
		body.Precision, body.Recall, body.F1, body.PagesPer, meta.Fields["title"].Rate(),
		meta.Fields["publishedTime"].Rate(), meta.Fields["siteName"].Rate(), meta.Fields["lang"].Rate(), time.Since(start))
}
