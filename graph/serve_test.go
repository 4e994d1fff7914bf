package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"sync/atomic"
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

// TestMemoryBomb measures string-doubling loops: without the heap watch
// one reaches gigabytes well inside the 5 s timeout. Eight at once take
// turns in the ad-hoc slots, and the heap stays within a few doublings of
// the bound (issue 16: eight peaked at 2.1 GB RSS once with a 512 MiB
// watch and every slot open to them).
func TestMemoryBomb(t *testing.T) {
	const limit = 64 << 20
	for _, bombs := range []int{1, 8} {
		t.Run(fmt.Sprintf("%d at once", bombs), func(t *testing.T) {
			_, ts := newTestServer(t, memStore(t), graph.ServeConfig{MaxQueryHeap: limit, QueryTimeout: 5 * time.Second, QueueWait: 10 * time.Second})
			var peak atomic.Uint64
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
						if h := heapBytes(); h > peak.Load() {
							peak.Store(h)
						}
					}
				}
			}()
			runtime.GC()
			base := heapBytes()
			start := time.Now()
			codes := make([]int, bombs)
			var bw sync.WaitGroup
			for i := range codes {
				bw.Add(1)
				go func() {
					defer bw.Done()
					resp, err := http.Post(ts.URL+"/api/v2/query?lang=gizmo", "text/plain", strings.NewReader(`var s="x"; while(true){s=s+s}`))
					if err == nil {
						codes[i] = resp.StatusCode
						resp.Body.Close()
					}
				}()
			}
			bw.Wait()
			took := time.Since(start)
			close(stop)
			wg.Wait()
			grew := peak.Load() - min(base, peak.Load())
			t.Logf("%d bombs stopped after %s, heap peak %d MiB above %d MiB: %v", bombs, took, grew>>20, base>>20, codes)
			for _, c := range codes {
				assert.Equal(t, http.StatusServiceUnavailable, c)
			}
			assert.Less(t, took, time.Duration(bombs)*4*time.Second, "stopped by the heap watch, not the timeout")
			// Without the watch the heap reaches gigabytes; with it, a few
			// doublings past the bound (about 2-4x here on a quiet machine).
			// The bound is looser than that: this process shares the cores
			// with the rest of `make test`, and a watch starved of CPU for
			// a moment lets another doubling through (docs/http.md has the
			// server's measured RSS).
			assert.Less(t, grew, uint64(12*limit), "the heap stays within a few doublings of the bound")

			// A stored query after them still answers.
			r2, err := http.Get(ts.URL + "/api/queries/who-said-what")
			require.NoError(t, err)
			r2.Body.Close()
			assert.Equal(t, http.StatusOK, r2.StatusCode)
		})
	}
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

// TestBodyOverMaxBodyIs413: a query body over serve.max_body runs
// nothing (issue 16: it was cut at 1 MB and the first part ran, 200), and
// an oversized write with the right token gets 413 too (it was a 500).
func TestBodyOverMaxBodyIs413(t *testing.T) {
	st := memStore(t)
	_, ts := newTestServer(t, st, graph.ServeConfig{MaxBody: 1 << 20, Writable: true, WriteToken: "secret"})
	// Cut anywhere in the comment, the program still parses and emits
	// "first"; whole, it emits both.
	prog := "g.Emit(\"first\");\n// " + strings.Repeat("x", 1<<20) + "\ng.Emit(\"second\");\n"
	resp, err := http.Post(ts.URL+"/api/v2/query?lang=gizmo", "text/plain", strings.NewReader(prog))
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Equal(t, http.StatusRequestEntityTooLarge, resp.StatusCode, string(body))
	assert.Contains(t, string(body), "serve.max_body (1048576 bytes); nothing was run")
	assert.NotContains(t, string(body), "first")

	small := "g.Emit(\"first\");\n// " + strings.Repeat("x", 1000) + "\ng.Emit(\"second\");\n"
	resp, err = http.Post(ts.URL+"/api/v2/query?lang=gizmo", "text/plain", strings.NewReader(small))
	require.NoError(t, err)
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.JSONEq(t, `{"result": ["first", "second"], "truncated": false}`, string(body))

	var nq strings.Builder
	for i := 0; nq.Len() < 2<<20; i++ {
		fmt.Fprintf(&nq, "<http://example.org/s%d> <http://example.org/p> \"%s\" .\n", i, strings.Repeat("v", 100))
	}
	req, _ := http.NewRequest("POST", ts.URL+"/api/v2/write", strings.NewReader(nq.String()))
	req.Header.Set("Authorization", "Bearer secret")
	req.Header.Set("Content-Type", "application/n-quads")
	code, out := getJSON(t, req)
	assert.Equal(t, http.StatusRequestEntityTooLarge, code, "%v", out)
	n, err := st.Count(context.Background())
	require.NoError(t, err)
	assert.Zero(t, n, "nothing was written")
}

// TestResultCapEveryWay: however a program emits, the answer holds at
// most serve.result_cap rows and says when it was cut, in its JSON and
// in a header (issue 16: All() was cut silently at the cap, and
// GetLimit(1e9) returned 100,400 rows).
func TestResultCapEveryWay(t *testing.T) {
	st := thirtySpeakers(t)
	_, ts := newTestServer(t, st, graph.ServeConfig{ResultCap: 10})
	tests := []struct {
		name, prog string
		rows       int
		cut        bool
	}{
		{"All", `g.V().All()`, 10, true},
		{"GetLimit past the cap", `g.V().GetLimit(1e9)`, 10, true},
		{"All twice", `g.V().All(); g.V().All()`, 10, true},
		{"Emit in a loop", `for (var i = 0; i < 1e6; i++) { g.Emit(i) }`, 10, true},
		{"ForEach", `g.V().ForEach(function (x) { g.Emit(x) })`, 10, true},
		{"an emitted array", `g.Emit(g.V().ToArray())`, 1, true},
		{"under the cap", `g.V().Limit(3).All()`, 3, false},
		{"at the cap", `for (var i = 0; i < 10; i++) { g.Emit(i) }`, 10, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, err := http.Post(ts.URL+"/api/v2/query?lang=gizmo", "text/plain", strings.NewReader(tc.prog))
			require.NoError(t, err)
			defer resp.Body.Close()
			var out struct {
				Result    []any `json:"result"`
				Truncated bool  `json:"truncated"`
			}
			require.Equal(t, http.StatusOK, resp.StatusCode)
			require.NoError(t, json.NewDecoder(resp.Body).Decode(&out))
			assert.Len(t, out.Result, tc.rows)
			if tc.name == "an emitted array" {
				assert.Len(t, out.Result[0], 10, "the array is cut to the cap")
			}
			assert.Equal(t, tc.cut, out.Truncated)
			if tc.cut {
				assert.Equal(t, "true", resp.Header.Get("X-Result-Truncated"))
				assert.Equal(t, "10", resp.Header.Get("X-Result-Cap"))
			} else {
				assert.Empty(t, resp.Header.Get("X-Result-Truncated"))
			}
		})
	}

	// A stored query cut by the cap says so the same way, from the cache
	// too.
	for _, cache := range []string{"", "hit"} {
		req, _ := http.NewRequest("GET", ts.URL+"/api/queries/entities?limit=50", nil)
		resp, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		var out struct {
			Rows      []any `json:"rows"`
			Truncated bool  `json:"truncated"`
		}
		require.NoError(t, json.NewDecoder(resp.Body).Decode(&out))
		resp.Body.Close()
		assert.Equal(t, http.StatusOK, resp.StatusCode)
		assert.Equal(t, cache, resp.Header.Get("X-Cache"))
		assert.Len(t, out.Rows, 10)
		assert.True(t, out.Truncated)
		assert.Equal(t, "true", resp.Header.Get("X-Result-Truncated"))
	}

	// A paged query cut by the cap says so, with the page's place in the
	// whole answer: the next page starts after the rows sent.
	resp, err := http.Get(ts.URL + "/api/queries/who-said-what?limit=25&offset=3")
	require.NoError(t, err)
	var paged struct {
		Rows      []any `json:"rows"`
		Truncated bool  `json:"truncated"`
		Offset    int   `json:"offset"`
		Total     int   `json:"total"`
	}
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&paged))
	resp.Body.Close()
	assert.Len(t, paged.Rows, 10)
	assert.True(t, paged.Truncated)
	assert.Equal(t, []int{3, 30}, []int{paged.Offset, paged.Total})
	assert.Equal(t, "true", resp.Header.Get("X-Result-Truncated"))
}

// TestQueryTimeoutSaysSo: a stored query stopped by the server's timeout
// is no answer with fewer rows but an error that names the timeout
// (issue 19, "honest at the edges").
func TestQueryTimeoutSaysSo(t *testing.T) {
	st := thirtySpeakers(t)
	_, ts := newTestServer(t, st, graph.ServeConfig{QueryTimeout: time.Nanosecond, CacheEntries: -1})
	for _, q := range []string{"who-said-what", "no-comment", "entities"} {
		resp, err := http.Get(ts.URL + "/api/queries/" + q)
		require.NoError(t, err)
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		assert.Equal(t, http.StatusGatewayTimeout, resp.StatusCode, q)
		assert.Contains(t, string(body), "timeout", q)
		assert.NotContains(t, string(body), `"rows"`, q)
	}
}

// TestAdhocQueriesByPostOnly: a GET with ?qu= runs no program (issue 16:
// any web page could, through an <img src>, with no Origin header);
// stored queries by GET stay.
func TestAdhocQueriesByPostOnly(t *testing.T) {
	_, ts := newTestServer(t, memStore(t), graph.ServeConfig{})
	for _, u := range []string{"/api/v2/query?lang=gizmo&qu=g.Emit(1)", "/api/v2/query?lang=gizmo"} {
		resp, err := http.Get(ts.URL + u)
		require.NoError(t, err)
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		assert.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode, u)
		assert.Equal(t, "POST", resp.Header.Get("Allow"))
		assert.NotContains(t, string(body), "result")
	}
	resp, err := http.Post(ts.URL+"/api/v2/query?lang=gizmo", "text/plain", strings.NewReader("g.Emit(1)"))
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	// A cross-site POST carries its Origin, and is refused.
	req, _ := http.NewRequest("POST", ts.URL+"/api/v2/query?lang=gizmo", strings.NewReader("g.Emit(1)"))
	req.Header.Set("Origin", "http://evil.example")
	code, _ := getJSON(t, req)
	assert.Equal(t, http.StatusForbidden, code)
	resp, err = http.Get(ts.URL + "/api/queries/who-said-what")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
}

// syncBuffer is a log sink the server and the test share.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestLeftWhileQueuedIs499 and repeated parameters: a client that leaves
// while its query waits for a slot is logged as 499, as docs/http.md
// says (it was 0), and a parameter given twice is refused rather than
// cached as a second answer.
func TestLeftWhileQueuedIs499(t *testing.T) {
	set, err := queries.Load("")
	require.NoError(t, err)
	var log syncBuffer
	srv := graph.NewServer(memStore(t), set, graph.ServeConfig{MaxConcurrent: 1, QueueWait: 5 * time.Second, QueryTimeout: 3 * time.Second,
		Logger: slog.New(slog.NewJSONHandler(&log, nil))})
	ts := httptest.NewServer(srv.Handler())
	defer ts.Close()
	busy := make(chan struct{})
	go func() {
		defer close(busy)
		resp, err := http.Post(ts.URL+"/api/v2/query?lang=gizmo", "text/plain",
			strings.NewReader(`var t = new Date().getTime(); while (new Date().getTime() - t < 1500) {} g.Emit(1)`))
		if err == nil {
			resp.Body.Close()
		}
	}()
	time.Sleep(300 * time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", ts.URL+"/api/queries/entities?limit=3", nil)
	_, err = http.DefaultClient.Do(req)
	require.Error(t, err, "the client gives up while queued")
	<-busy
	require.Eventually(t, func() bool { return strings.Contains(log.String(), `"path":"/api/queries/entities"`) }, 3*time.Second, 20*time.Millisecond)
	for _, line := range strings.Split(log.String(), "\n") {
		if strings.Contains(line, `"path":"/api/queries/entities"`) {
			assert.Contains(t, line, `"status":499`)
		}
	}

	resp, err := http.Get(ts.URL + "/api/queries/entities?limit=3300&limit=1")
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Equal(t, http.StatusBadRequest, resp.StatusCode)
	assert.Contains(t, string(body), `the parameter \"limit\" is given 2 times; give it once`)
}

// TestAdhocSlots: ad-hoc programs take at most serve.max_adhoc of the
// query slots, so programs that run long (or a page hammering the API)
// leave the stored queries answering.
func TestAdhocSlots(t *testing.T) {
	_, ts := newTestServer(t, memStore(t), graph.ServeConfig{MaxConcurrent: 3, MaxAdhoc: 1, QueueWait: 100 * time.Millisecond, QueryTimeout: 2 * time.Second})
	done := make(chan struct{})
	go func() {
		defer close(done)
		resp, err := http.Post(ts.URL+"/api/v2/query?lang=gizmo", "text/plain",
			strings.NewReader(`var t = new Date().getTime(); while (new Date().getTime() - t < 1000) {} g.Emit(1)`))
		if err == nil {
			resp.Body.Close()
		}
	}()
	time.Sleep(200 * time.Millisecond)
	resp, err := http.Post(ts.URL+"/api/v2/query?lang=gizmo", "text/plain", strings.NewReader(`g.Emit(2)`))
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Equal(t, http.StatusServiceUnavailable, resp.StatusCode)
	assert.Contains(t, string(body), "serve.max_adhoc")
	resp, err = http.Get(ts.URL + "/api/queries/who-said-what")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode, "a stored query still finds a slot")
	<-done
}

// thirtySpeakers is a memory store of 30 articles, each quoting its own
// speaker once: more rows than the small caps and pages the tests set.
func thirtySpeakers(t *testing.T) *graph.Store {
	st := memStore(t)
	var batch []schema.Bundle
	for i := 0; i < 30; i++ {
		batch = append(batch, bundle(fmt.Sprintf("a%d", i), fmt.Sprintf("Speaker%02d", i), "yes"))
	}
	_, err := st.Write(context.Background(), batch)
	require.NoError(t, err)
	return st
}
