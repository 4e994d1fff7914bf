package eval_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/internal/sharedtest"
	"github.com/claimgraph/claimgraph/loaders/eval"
)

func span(a, b int) *eval.Role { return &eval.Role{Spans: [][2]int{{a, b}}} }

// TestScoreSmall checks trimming, exact versus overlap, and the
// one-to-one matching on a hand-made document.
func TestScoreSmall(t *testing.T) {
	text := "Bob said, “it rains.” Ann said so too."
	gold := []eval.Doc{{DocID: "d", Text: text, Attributions: []eval.Attr{
		{Source: span(0, 3), Cue: span(4, 8), Content: span(10, 21)},
		{Source: span(22, 25), Cue: span(26, 30), Content: span(31, 33)},
	}}}
	pred := []eval.Doc{{DocID: "d", Attributions: []eval.Attr{
		// Content without the marks: same after trimming.
		{Source: span(0, 3), Cue: span(4, 8), Content: span(11, 19)},
		// Wrong source, overlapping content.
		{Source: span(31, 33), Cue: span(26, 30), Content: span(31, 37)},
		// A duplicate that must not match twice.
		{Source: span(0, 3), Cue: span(4, 8), Content: span(11, 19)},
	}}}
	tab := eval.Score(gold, pred)
	assert.Equal(t, 1, tab.Get("source exact").TP)
	assert.Equal(t, 2, tab.Get("cue exact").TP)
	assert.Equal(t, 1, tab.Get("content exact").TP)
	assert.Equal(t, 2, tab.Get("content overlap").TP)
	assert.Equal(t, 2, tab.Get("relation cue+content").TP)
	full := tab.Get("relation full")
	assert.Equal(t, 1, full.TP)
	assert.Equal(t, 2, full.NGold)
	assert.Equal(t, 3, full.NPred)
	assert.InDelta(t, 1.0/3, full.Precision, 1e-9)
	assert.Contains(t, tab.String(), "relation full              33.3   50.0   40.0      2     3")
}

// TestPolNeARDev runs the engine on PolNeAR dev (primary annotator), checks
// that the table agrees with the reference Python scorer to 0.1 point, and
// guards the scores against regressions.
func TestPolNeARDev(t *testing.T) {
	dir := sharedtest.Path(t)
	goldPath := filepath.Join(dir, "data", "polnear", "dev.jsonl")
	gold, err := eval.ReadGold(goldPath, false)
	require.NoError(t, err)
	preds, errs := eval.Predict(gold, eval.Options{NonComments: true})
	require.Empty(t, errs)
	tab := eval.Score(gold, preds)
	t.Logf("PolNeAR dev:\n%s", tab)

	// Issue 3's targets are full ≥ 60, source exact ≥ 65, content
	// overlap ≥ 70 and cue exact ≥ 70; issue 22's are full ≥ 77, source
	// exact ≥ 75, cue exact ≥ 74 and content exact ≥ 60. On 2026-12-07
	// the engine scores 73.4, 71.7, 78.4, 71.0 and 57.1 (content exact
	// was 55.6 before the learned ending of contents (attrib's
	// contentend.go), a quotation run to its close, a clause with a
	// quotation inside it before a post-posed cue, and a follow-on
	// quotation after a participle; it was 42.4 before contents took
	// in their quotation marks and
	// "that", the rest of a sentence their cue interrupts, and left out
	// a cue inside them, a second verb of report, a clause after a
	// semicolon or ", but" and a new subject, quotations that are
	// titles or stand in another paragraph, and another attribution
	// nested in them; source exact was 69.9 before dates, "including"
	// appositives, quantity bounds, a document's author after "by",
	// noun conjuncts and "aides to"). Each floor sits a little under
	// today's score to catch regressions; cue exact's sits lower, as
	// retraining the filter after a rule change moves it by about 0.1.
	assert.GreaterOrEqual(t, 100*tab.Get("relation full").F1, 72.0)
	assert.GreaterOrEqual(t, 100*tab.Get("source exact").F1, 70.6)
	assert.GreaterOrEqual(t, 100*tab.Get("content overlap").F1, 77.5)
	assert.GreaterOrEqual(t, 100*tab.Get("cue exact").F1, 69.8)
	assert.GreaterOrEqual(t, 100*tab.Get("content exact").F1, 56.4)

	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is not installed: cannot compare with the reference scorer")
	}
	predPath := filepath.Join(t.TempDir(), "pred.jsonl")
	var buf bytes.Buffer
	require.NoError(t, eval.WritePredictions(&buf, preds))
	require.NoError(t, os.WriteFile(predPath, buf.Bytes(), 0o644))
	out, err := exec.Command(py, filepath.Join(dir, "eval", "score_attributions.py"), goldPath, predPath).CombinedOutput()
	require.NoError(t, err, "%s", out)
	assert.Equal(t, string(out), tab.String(), "the Go table must equal the reference scorer's")
}

// BenchmarkPipeline runs the whole default pipeline over PolNeAR dev
// texts, to see the other stages' cost next to attrib's BenchmarkExtract.
func BenchmarkPipeline(b *testing.B) {
	dir := sharedtest.Path(b)
	gold, err := eval.ReadGold(filepath.Join(dir, "data", "polnear", "dev.jsonl"), false)
	require.NoError(b, err)
	n := 0
	for _, g := range gold {
		n += len(g.Text)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		eval.Predict(gold, eval.Options{})
	}
}
