package graph_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/loaders/input"
	"github.com/claimgraph/claimgraph/loaders/pipeline"
	"github.com/claimgraph/claimgraph/schema"
)

const chromiumPath = "/usr/bin/chromium"

// needed skips the test when a prerequisite is missing, except under
// CI=true, where a missing prerequisite is a failure.
func needed(t *testing.T, path, what string) {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing at %s: %v", what, path, err)
		}
		t.Skipf("%s is missing at %s", what, path)
	}
}

func chromium(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars",
		"--user-data-dir=" + t.TempDir(), "--virtual-time-budget=10000"}
	cmd := exec.CommandContext(ctx, chromiumPath, append(base, args...)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, "chromium: %s", stderr.String())
	return string(out)
}

// TestExplorerInBrowser loads the seed fixture through the pipeline,
// opens the explorer in headless Chromium with a search for "Mujahid"
// and checks that both of his quotes are shown, highlighted.
func TestExplorerInBrowser(t *testing.T) {
	fixture := filepath.Join("..", "..", "shared", "fixtures", "kabul-talks.txt")
	needed(t, fixture, "the seed fixture (../shared)")
	needed(t, chromiumPath, "Debian's chromium (apt-get install -y chromium)")

	st := memStore(t)
	pl := pipeline.Default()
	var bundles []schema.Bundle
	input.Walk([]string{fixture}, nil, func(it input.Item) bool {
		require.NoError(t, it.Err)
		d, err := pl.Run(it.Article)
		require.NoError(t, err)
		bundles = append(bundles, schema.FromExtraction(d.Extraction()))
		return true
	})
	require.Len(t, bundles, 1)
	_, err := st.Write(context.Background(), bundles)
	require.NoError(t, err)
	_, ts := newTestServer(t, st, graph.ServeConfig{})

	url := ts.URL + "/#entity=Mujahid"
	dom := chromium(t, "--dump-dom", url)
	assert.Contains(t, dom, "Zabihullah Mujahid")
	assert.Contains(t, dom, "<mark>Talks have taken place in Kabul between the Pakistani government")
	assert.Contains(t, dom, "<mark>The Islamic Emirate of Afghanistan, in good faith")
	assert.Equal(t, 2, strings.Count(dom, `class="quote"`), "his two quotes, each once")
	assert.Contains(t, dom, "<svg", "the graph view is drawn")

	// A screenshot for CI's artifacts and for people to look at.
	outDir := filepath.Join("..", "out")
	require.NoError(t, os.MkdirAll(outDir, 0o755))
	shot, err := filepath.Abs(filepath.Join(outDir, "explorer.png"))
	require.NoError(t, err)
	chromium(t, "--window-size=1280,1100", "--screenshot="+shot, url)
	info, err := os.Stat(shot)
	require.NoError(t, err)
	assert.Positive(t, info.Size())
}
