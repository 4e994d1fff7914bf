package graph_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
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

// explorerStore holds the example articles, testdata/explorer-wire-3.jsonl
// (which we wrote: a second article quoting Elena Varga and Marek Novak,
// a month after the first, with a feed-style date) and, when asked, the
// seed article, each through the real pipeline.
func explorerStore(t *testing.T, seed string) *graph.Store {
	t.Helper()
	st := memStore(t)
	pl := pipeline.Default()
	var bundles []schema.Bundle
	paths := []string{filepath.Join("..", "examples"), filepath.Join("testdata", "explorer-wire-3.jsonl")}
	if seed != "" {
		paths = append(paths, seed)
	}
	input.Walk(paths, nil, func(it input.Item) bool {
		require.NoError(t, it.Err)
		d, err := pl.Run(it.Article)
		require.NoError(t, err)
		bundles = append(bundles, schema.FromExtraction(d.Extraction()))
		return true
	})
	_, err := st.Write(context.Background(), bundles)
	require.NoError(t, err)
	require.NoError(t, st.RefreshDerived(context.Background()))
	return st
}

// browser starts headless Chromium for the test and returns its context.
func browser(t *testing.T) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(chromiumPath), chromedp.NoSandbox,
		chromedp.Flag("disable-gpu", true), chromedp.WindowSize(1280, 1100), chromedp.UserDataDir(t.TempDir()))
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelB := chromedp.NewContext(actx)
	ctx, cancelC := context.WithTimeout(ctx, 2*time.Minute)
	t.Cleanup(func() { cancelC(); cancelB(); cancelA() })
	return ctx
}

// page drives one tab, failing the test on the first error.
type page struct {
	t   *testing.T
	ctx context.Context
}

func (p page) do(steps ...chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	require.NoError(p.t, chromedp.Do(p.ctx, steps...))
}

func (p page) text(sel string) string {
	p.t.Helper()
	v, err := chromedp.Run(p.ctx, chromedp.Text(sel))
	require.NoError(p.t, err, sel)
	return v
}

func (p page) count(css string) int {
	p.t.Helper()
	n, err := chromedp.Run(p.ctx, chromedp.Evaluate[int](fmt.Sprintf("document.querySelectorAll(%q).length", css)))
	require.NoError(p.t, err, css)
	return n
}

func (p page) hash() string {
	p.t.Helper()
	h, err := chromedp.Run(p.ctx, chromedp.Evaluate[string]("location.hash"))
	require.NoError(p.t, err)
	return h
}

// screenshot saves the page as out/explorer-NAME.png, for CI's artifacts
// and for people to look at.
func (p page) screenshot(name string) {
	p.t.Helper()
	png, err := chromedp.Run(p.ctx, chromedp.FullScreenshot(100))
	require.NoError(p.t, err)
	outDir := filepath.Join("..", "out")
	require.NoError(p.t, os.MkdirAll(outDir, 0o755))
	require.NoError(p.t, os.WriteFile(filepath.Join(outDir, "explorer-"+name+".png"), png, 0o644))
}

// TestExplorerClickThrough clicks through the explorer as a researcher
// would: the landing page, a top speaker, one of their articles, and
// another speaker quoted in it, checking what each view shows.
func TestExplorerClickThrough(t *testing.T) {
	needed(t, chromiumPath, "Debian's chromium (apt-get install -y chromium)")
	_, ts := newTestServer(t, explorerStore(t, ""), graph.ServeConfig{})
	p := page{t, browser(t)}

	// Landing: counts, top speakers, recent non-comments, most-discussed.
	p.do(chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(`#topSpeakers a`), chromedp.WaitVisible(`#counts div`),
		chromedp.WaitVisible(`#recent td`), chromedp.WaitVisible(`#topEntities a`))
	text := p.text(`#view`)
	assert.Regexp(t, `7\s*articles`, p.text(`#counts`))
	assert.Contains(t, text, "declined to comment", "recent non-comments are listed")
	assert.Contains(t, text, "Marek Novak")
	p.screenshot("1-landing")

	// A speaker: their page, with a timeline drawn in the page.
	p.do(chromedp.Click(`//ol[@id="topSpeakers"]//a[text()="Elena Varga"]`),
		chromedp.WaitVisible(`#timelineChart rect.bar`), chromedp.WaitVisible(`#claimsCard .quote`))
	assert.Equal(t, "#/entity/person/elena-varga", p.hash(), "a shareable link to the speaker")
	assert.Equal(t, "Elena Varga", p.text(`#entityName`))
	assert.Equal(t, 1, p.count(`#timelineChart rect.bar[data-count="4"]`), "four claims in March 2026 (two articles)")
	assert.Equal(t, 1, p.count(`#timelineChart rect.bar[data-count="2"]`), "two in April 2026")
	assert.Contains(t, p.text(`#claimsCard`), "There is no plan, there has never been a plan")
	p.screenshot("2-speaker")

	// One of their articles: the text with claims, speakers and the
	// non-comment highlighted.
	p.do(chromedp.Click(`//section[@id="claimsCard"]//h3/a[text()="Northern rail line review published"]`),
		chromedp.WaitVisible(`#articleBody mark.claim`))
	assert.Equal(t, "#/article/example-wire-3", p.hash())
	assert.Equal(t, 3, p.count(`#articleBody mark.claim`), "three claims highlighted")
	assert.Equal(t, 3, p.count(`#articleBody a.speaker`), "their speakers are links")
	assert.Equal(t, "The national rail operator", p.text(`#articleBody .who`), "who did not comment is highlighted")
	assert.Equal(t, "The review shows the line has a future, and we will fund it", p.text(`#articleBody mark.claim[data-n="2"]`))
	p.screenshot("3-article")

	// Another speaker in it.
	p.do(chromedp.Click(`//div[@id="articleBody"]//a[contains(@class,"speaker")][contains(text(),"Marek Novak")]`),
		chromedp.WaitVisible(`#entityName`), chromedp.WaitVisible(`#claimsCard .quote`))
	assert.Equal(t, "#/entity/person/marek-novak", p.hash())
	assert.Equal(t, "Marek Novak", p.text(`#entityName`))
	assert.Contains(t, p.text(`#claimsCard`), "the review had been delayed to avoid embarrassment")
	p.screenshot("4-other-speaker")

	// A claim's page shows its quote in the other articles, and that
	// one of them names another speaker.
	p.do(chromedp.Navigate(ts.URL+"/#/article/example-herald-1?claim=1"), chromedp.WaitVisible(`#quoteHistory li`))
	assert.Equal(t, 3, p.count(`#quoteHistory li`), "three appearances")
	assert.Contains(t, p.text(`#quoteHistory`), "Elena Varga")
	assert.Contains(t, p.text(`#quoteHistory .misattributed`), "Marek Novak")
	p.screenshot("5-quote-history")
}

// TestExplorerInBrowser opens an old-style link to a search for
// "Mujahid" on the seed article and checks that both of his quotes are
// shown, highlighted, and the graph is drawn with links.
func TestExplorerInBrowser(t *testing.T) {
	fixture := filepath.Join("..", "..", "shared", "fixtures", "kabul-talks.txt")
	needed(t, fixture, "the seed fixture (../shared)")
	needed(t, chromiumPath, "Debian's chromium (apt-get install -y chromium)")
	_, ts := newTestServer(t, explorerStore(t, fixture), graph.ServeConfig{})
	p := page{t, browser(t)}
	p.do(chromedp.Navigate(ts.URL+"/#entity=Mujahid"), chromedp.WaitVisible(`#claimsCard .quote mark`), chromedp.WaitVisible(`#graph a`))
	assert.Equal(t, "#/entity/person/zabihullah-mujahid", p.hash())
	html, err := chromedp.Run(p.ctx, chromedp.OuterHTML(`#claimsCard`))
	require.NoError(t, err)
	assert.Contains(t, html, "<mark>Talks have taken place in Kabul between the Pakistani government")
	assert.Contains(t, html, "<mark>The Islamic Emirate of Afghanistan, in good faith")
	assert.Equal(t, 2, strings.Count(html, `class="quote"`), "his two quotes, each once")
	assert.GreaterOrEqual(t, p.count(`#graph a`), 3, "the speaker and both claims in the graph are links")
	p.screenshot("seed-speaker")
}

// TestExplorerAdhocQueries runs the ad-hoc query box's example, what
// Zabihullah Mujahid said, in each of the three languages it offers, on
// the seed article: choosing a language fills in its example, and each
// answer shows both of his quotes.
func TestExplorerAdhocQueries(t *testing.T) {
	fixture := filepath.Join("..", "..", "shared", "fixtures", "kabul-talks.txt")
	needed(t, fixture, "the seed fixture (../shared)")
	needed(t, chromiumPath, "Debian's chromium (apt-get install -y chromium)")
	_, ts := newTestServer(t, explorerStore(t, fixture), graph.ServeConfig{})
	p := page{t, browser(t)}
	p.do(chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(`#adhocForm`))
	assert.Equal(t, len(graph.Languages()), p.count(`#alang option`))
	for _, lang := range graph.Languages() {
		pick := fmt.Sprintf(`(function () { var s = document.getElementById("alang"); s.value = %q; s.dispatchEvent(new Event("change")); return s.value; })()`, lang)
		got, err := chromedp.Run(p.ctx, chromedp.Evaluate[string](pick))
		require.NoError(t, err)
		require.Equal(t, lang, got)
		p.do(chromedp.Click(`#adhocForm button`), chromedp.WaitVisible(`#adhocResult`))
		require.Eventually(t, func() bool { return strings.Contains(p.text(`#adhocResult`), "Talks have taken place") }, 10*time.Second, 50*time.Millisecond, lang)
		out := p.text(`#adhocResult`)
		assert.Contains(t, out, "The Islamic Emirate of Afghanistan, in good faith", lang)
		assert.Equal(t, lang+" query", p.text(`#adhocCard h2`))
		p.screenshot("adhoc-" + lang)
	}
}
