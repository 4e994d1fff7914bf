package graph_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/loaders/doc"
	"github.com/claimgraph/claimgraph/queries"
	"github.com/claimgraph/claimgraph/schema"
)

func memStore(t *testing.T) *graph.Store {
	t.Helper()
	st, err := graph.Open(context.Background(), graph.Config{Backend: "memstore"})
	require.NoError(t, err)
	t.Cleanup(func() { _ = st.Close() })
	return st
}

func newTestServer(t *testing.T, st *graph.Store, cfg graph.ServeConfig) (*graph.Server, *httptest.Server) {
	t.Helper()
	set, err := queries.Load("")
	require.NoError(t, err)
	cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	srv := graph.NewServer(st, set, cfg)
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return srv, ts
}

func bundle(id, speaker, content string) schema.Bundle {
	sp := &doc.EntityRef{ID: "person/" + strings.ToLower(speaker), Name: speaker, Type: "Person"}
	return schema.FromExtraction(doc.Extraction{
		ID: id, Title: "About " + id, Published: "2024-01-01", Text: speaker + " said " + content,
		Entities: []doc.OutEntity{{ID: sp.ID, Name: sp.Name, Type: "Person"}},
		Attributions: []doc.OutAttr{{
			Speaker: &doc.MentionRef{TextSpan: doc.TextSpan{Text: speaker, Start: 0, End: len(speaker)}, Entity: sp},
			Cue:     doc.TextSpan{Text: "said"}, Kind: doc.Indirect,
			Content: doc.TextSpan{Text: content, Start: len(speaker) + 6, End: len(speaker) + 6 + len(content)},
		}},
	})
}

func getJSON(t *testing.T, req *http.Request) (int, map[string]any) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	var out map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return resp.StatusCode, out
}

func TestOriginAndHostChecks(t *testing.T) {
	_, ts := newTestServer(t, memStore(t), graph.ServeConfig{AllowedOrigins: []string{"http://tools.example:8080"}})
	req, _ := http.NewRequest("GET", ts.URL+"/api/queries", nil)
	code, _ := getJSON(t, req)
	assert.Equal(t, http.StatusOK, code)

	req, _ = http.NewRequest("GET", ts.URL+"/api/queries", nil)
	req.Header.Set("Origin", "http://evil.example")
	code, body := getJSON(t, req)
	assert.Equal(t, http.StatusForbidden, code)
	assert.Contains(t, body["error"], "cross-origin")

	req, _ = http.NewRequest("GET", ts.URL+"/api/queries", nil)
	req.Header.Set("Origin", "http://tools.example:8080")
	code, _ = getJSON(t, req)
	assert.Equal(t, http.StatusOK, code, "an allowed origin")

	// DNS rebinding: a foreign name resolving to 127.0.0.1.
	req, _ = http.NewRequest("GET", ts.URL+"/api/queries", nil)
	req.Host = "attacker.example"
	code, body = getJSON(t, req)
	assert.Equal(t, http.StatusForbidden, code)
	assert.Contains(t, body["error"], "allowed_hosts")
}

func TestHealthOpenAPIAndExplorer(t *testing.T) {
	_, ts := newTestServer(t, memStore(t), graph.ServeConfig{})
	req, _ := http.NewRequest("GET", ts.URL+"/healthz", nil)
	code, body := getJSON(t, req)
	assert.Equal(t, http.StatusOK, code)
	assert.Equal(t, "ok", body["status"])

	req, _ = http.NewRequest("GET", ts.URL+"/api/openapi.json", nil)
	code, body = getJSON(t, req)
	assert.Equal(t, http.StatusOK, code)
	assert.Equal(t, "3.0.3", body["openapi"])
	assert.Contains(t, body["paths"], "/api/articles")

	resp, err := http.Get(ts.URL + "/")
	require.NoError(t, err)
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Contains(t, string(page), "claimgraph explorer")
	assert.NotContains(t, string(page), "https://", "the page loads nothing from elsewhere")
}

func TestWritesThroughTheServer(t *testing.T) {
	st := memStore(t)
	_, ro := newTestServer(t, st, graph.ServeConfig{})
	_, err := graph.NewClient(ro.URL, "secret").Write(context.Background(), []schema.Bundle{bundle("a1", "Ann", "yes")})
	assert.ErrorContains(t, err, "read-only")

	_, ts := newTestServer(t, st, graph.ServeConfig{Writable: true, WriteToken: "secret"})
	_, err = graph.NewClient(ts.URL, "wrong").Write(context.Background(), []schema.Bundle{bundle("a1", "Ann", "yes")})
	assert.ErrorContains(t, err, "bearer token")

	c := graph.NewClient(ts.URL, "secret")
	res, err := c.Write(context.Background(), []schema.Bundle{bundle("a1", "Ann", "yes"), bundle("a2", "Bob", "no")})
	require.NoError(t, err)
	require.Len(t, res, 2)
	assert.False(t, res[0].Replaced)
	assert.Positive(t, res[0].Added)
	n1, err := st.Count(context.Background())
	require.NoError(t, err)

	// Sending the same article again changes nothing; a new version
	// replaces exactly its own quads, as a local load does.
	res, err = c.Write(context.Background(), []schema.Bundle{bundle("a1", "Ann", "yes")})
	require.NoError(t, err)
	assert.True(t, res[0].Replaced)
	assert.Zero(t, res[0].Added)
	assert.Zero(t, res[0].Removed)
	// Cached answers are dropped by a write.
	for i, want := range []string{"", "hit"} {
		resp, err := http.Get(ts.URL + "/api/queries/what-did-X-say?speaker=Ann")
		require.NoError(t, err)
		resp.Body.Close()
		assert.Equal(t, want, resp.Header.Get("X-Cache"), "request %d", i)
	}
	res, err = c.Write(context.Background(), []schema.Bundle{bundle("a1", "Ann", "maybe")})
	require.NoError(t, err)
	assert.Positive(t, res[0].Removed)
	n2, err := st.Count(context.Background())
	require.NoError(t, err)
	assert.Equal(t, n1+1, n2, "the replace's own quads, and its mark that the derived values miss it")

	req, _ := http.NewRequest("GET", ts.URL+"/api/queries/what-did-X-say?speaker=Ann", nil)
	code, body := getJSON(t, req)
	assert.Equal(t, http.StatusOK, code)
	rows := body["rows"].([]any)
	require.Len(t, rows, 1)
	assert.Equal(t, "maybe", rows[0].(map[string]any)["content"])

	// A bundle may not claim another article's quads.
	b := bundle("a3", "Cy", "x")
	b.Owned[0].Label = schema.ArticleIRI("a2")
	_, err = c.Write(context.Background(), []schema.Bundle{b})
	assert.ErrorContains(t, err, "not its article")
}

func heapBytes() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// TestMemoryBomb measures a string-doubling loop: without the heap watch
// it reaches gigabytes well inside the 5 s timeout.
func TestMemoryBomb(t *testing.T) {
	const limit = 64 << 20
	_, ts := newTestServer(t, memStore(t), graph.ServeConfig{MaxQueryHeap: limit, QueryTimeout: 5 * time.Second})
	var peak uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			case <-time.After(time.Millisecond):
				if h := heapBytes(); h > peak {
					peak = h
				}
			}
		}
	}()
	base := heapBytes()
	start := time.Now()
	resp, err := http.Post(ts.URL+"/api/v2/query?lang=gizmo", "text/plain", strings.NewReader(`var s="x"; while(true){s=s+s}`))
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	took := time.Since(start)
	close(stop)
	wg.Wait()
	t.Logf("bomb stopped after %s, heap peak %d MiB above %d MiB: %s %s", took, (peak-base)>>20, base>>20, resp.Status, strings.TrimSpace(string(body)))
	assert.Less(t, took, 4*time.Second, "stopped by the heap watch, not the timeout")
	assert.Less(t, peak-base, uint64(4*limit), "the heap stays within a few doublings of the bound")

	// A stored query after it still answers.
	r2, err := http.Get(ts.URL + "/api/queries/who-said-what")
	require.NoError(t, err)
	r2.Body.Close()
	assert.Equal(t, http.StatusOK, r2.StatusCode)
}

func TestBusyLoopTimesOutAndConcurrencyIsBounded(t *testing.T) {
	_, ts := newTestServer(t, memStore(t), graph.ServeConfig{QueryTimeout: 700 * time.Millisecond, MaxConcurrent: 1, QueueWait: 50 * time.Millisecond})
	done := make(chan time.Duration)
	go func() {
		start := time.Now()
		resp, err := http.Post(ts.URL+"/api/v2/query?lang=gizmo", "text/plain", strings.NewReader(`while(true){}`))
		if err == nil {
			resp.Body.Close()
		}
		done <- time.Since(start)
	}()
	time.Sleep(200 * time.Millisecond)
	resp, err := http.Get(ts.URL + "/api/queries/who-said-what")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusServiceUnavailable, resp.StatusCode, "the second query is told to retry")
	assert.Equal(t, "1", resp.Header.Get("Retry-After"))
	assert.Less(t, <-done, 3*time.Second)

	big := strings.Repeat("x", 2<<20)
	resp, err = http.Post(ts.URL+"/api/v2/query?lang=gizmo", "text/plain", strings.NewReader(big))
	require.NoError(t, err)
	resp.Body.Close()
	assert.NotEqual(t, http.StatusOK, resp.StatusCode, "a 2 MB query body is refused")
}

func TestQueriesWaitBrieflyForASlot(t *testing.T) {
	_, ts := newTestServer(t, memStore(t), graph.ServeConfig{MaxConcurrent: 1, QueueWait: 3 * time.Second, CacheEntries: -1})
	var wg sync.WaitGroup
	codes := make([]int, 4)
	for i := range codes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := http.Post(ts.URL+"/api/v2/query?lang=gizmo", "text/plain",
				strings.NewReader(`var t = new Date().getTime(); while (new Date().getTime() - t < 100) {} g.Emit(1)`))
			if err == nil {
				codes[i] = resp.StatusCode
				resp.Body.Close()
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, []int{200, 200, 200, 200}, codes, "a burst waits its turn instead of failing")
}

func TestGracefulShutdown(t *testing.T) {
	st := memStore(t)
	set, err := queries.Load("")
	require.NoError(t, err)
	srv := graph.NewServer(st, set, graph.ServeConfig{Addr: "127.0.0.1:0", QueryTimeout: 2 * time.Second,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	ctx, cancel := context.WithCancel(context.Background())
	addrc := make(chan string, 1)
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe(ctx, func(a string) { addrc <- a }) }()
	addr := <-addrc
	// A slow request in flight when the signal comes still gets its answer.
	got := make(chan int, 1)
	go func() {
		resp, err := http.Post("http://"+addr+"/api/v2/query?lang=gizmo", "text/plain",
			strings.NewReader(`var t = new Date().getTime(); while (new Date().getTime() - t < 400) {} g.Emit(1)`))
		if err != nil {
			got <- 0
			return
		}
		resp.Body.Close()
		got <- resp.StatusCode
	}()
	time.Sleep(100 * time.Millisecond)
	cancel() // what SIGTERM does through signal.NotifyContext in main
	assert.Equal(t, http.StatusOK, <-got)
	assert.NoError(t, <-errc)
	_, err = http.Get("http://" + addr + "/healthz")
	assert.Error(t, err, "the listener is closed")
}
