package noncomment_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/doc"
)

// sharedDir finds ../shared next to the repository (research-use data that
// is never committed); absent, the test is skipped, except on CI.
func sharedDir(t *testing.T) string {
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared")
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("shared data directory %s is missing: %v", dir, err)
		}
		t.Skipf("shared data directory %s is absent", dir)
	}
	return dir
}

// TestPolNeARRefusals measures how many of PolNeAR's refusal-to-comment
// attributions, and of the refusals PolNeAR left unannotated, the stage
// finds (cue overlap), on train and dev.
func TestPolNeARRefusals(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "data", "polnear")
	texts := map[string]string{}
	for _, split := range []string{"train", "dev"} {
		f, err := os.Open(filepath.Join(dir, split+".jsonl"))
		require.NoError(t, err)
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		for sc.Scan() {
			var d struct {
				DocID string `json:"doc_id"`
				Text  string `json:"text"`
			}
			require.NoError(t, json.Unmarshal(sc.Bytes(), &d))
			texts[d.DocID] = d.Text
		}
		f.Close()
	}
	found := map[string][]doc.Offsets{}
	spans := func(id string) []doc.Offsets {
		if s, ok := found[id]; ok {
			return s
		}
		x := run(texts[id]).Extraction()
		var out []doc.Offsets
		for _, n := range x.NonComments {
			out = append(out, doc.Offsets{Start: n.Cue.Start, End: n.Cue.End})
		}
		found[id] = out
		return out
	}
	score := func(file string, docCol, spanCol int) (hit, n int) {
		raw, err := os.ReadFile(filepath.Join(dir, file))
		require.NoError(t, err)
		for i, line := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
			f := strings.Split(line, "\t")
			if i == 0 || len(f) <= spanCol+1 {
				continue
			}
			var s, e int
			if spanCol < 0 {
				continue
			}
			if strings.Contains(f[spanCol], "-") {
				p := strings.SplitN(f[spanCol], "-", 2)
				s, _ = strconv.Atoi(p[0])
				e, _ = strconv.Atoi(p[1])
			} else {
				s, _ = strconv.Atoi(f[spanCol])
				e, _ = strconv.Atoi(f[spanCol+1])
			}
			n++
			for _, o := range spans(f[docCol]) {
				if o.Start < e && s < o.End {
					hit++
					break
				}
			}
		}
		return hit, n
	}
	h1, n1 := score("noncomment-gold-train-dev.tsv", 1, 6)
	h2, n2 := score("noncomment-unannotated-hits-train-dev.tsv", 1, 2)
	t.Logf("PolNeAR refusals found: %d/%d annotated, %d/%d unannotated regex hits", h1, n1, h2, n2)
	assert.Greater(t, n1, 0)
}
