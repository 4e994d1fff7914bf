package noncomment_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/loaders/input"
	"github.com/claimgraph/claimgraph/loaders/pipeline"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// goldenNC is a non-comment as the golden files show it: the contract's
// spans as text and who it resolved to.
type goldenNC struct {
	Who          string `json:"who"`
	Entity       string `json:"entity,omitempty"`
	Cue          string `json:"cue"`
	Topic        string `json:"topic,omitempty"`
	Spokesperson string `json:"spokesperson,omitempty"`
}

// TestGolden runs the whole pipeline on articles written for this test
// (testdata/*.txt) and compares the non-comments, with who each resolves
// to, against testdata/*.golden.json; -update rewrites them. Each article
// mixes refusals with look-alikes that are none ("declined to say",
// "without comment", "his comments", "shares declined").
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			require.NoError(t, err)
			a, err := input.PlainText(raw)
			require.NoError(t, err)
			x, err := pipeline.Extract(a)
			require.NoError(t, err)
			got := []goldenNC{}
			for _, n := range x.NonComments {
				g := goldenNC{Who: n.EntityMention.Text, Cue: n.Cue.Text}
				if n.Entity != nil {
					g.Entity = n.Entity.Name
				}
				if n.Topic != nil {
					g.Topic = n.Topic.Text
				}
				if n.Spokesperson != nil {
					g.Spokesperson = n.Spokesperson.Text
				}
				got = append(got, g)
			}
			path := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				b, err := json.MarshalIndent(got, "", "  ")
				require.NoError(t, err)
				require.NoError(t, os.WriteFile(path, append(b, '\n'), 0o644))
				return
			}
			b, err := os.ReadFile(path)
			require.NoError(t, err, "run go test -update to create %s", path)
			var want []goldenNC
			require.NoError(t, json.Unmarshal(b, &want))
			assert.Equal(t, want, got)
		})
	}
}
