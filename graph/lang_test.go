package graph_test

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/graph"
)

// postQuery posts a query and returns the status, the decoded answer and
// the response's headers.
func postQuery(t *testing.T, url, body string) (int, map[string]any, http.Header) {
	t.Helper()
	resp, err := http.Post(url, "text/plain", strings.NewReader(body))
	require.NoError(t, err)
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	var out map[string]any
	require.NoError(t, json.Unmarshal(data, &out), "%s", data)
	return resp.StatusCode, out, resp.Header
}

// meshServer serves a graph where each of n nodes links to every node by
// <p>, so that every level of a nested query multiplies the answer by n.
func meshServer(t *testing.T, n int, cfg graph.ServeConfig) *httptest.Server {
	t.Helper()
	cfg.Writable, cfg.WriteToken = true, "secret"
	_, ts := newTestServer(t, memStore(t), cfg)
	var nq strings.Builder
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			fmt.Fprintf(&nq, "<http://example.org/n%d> <http://example.org/p> <http://example.org/n%d> .\n", i, j)
		}
	}
	req, _ := http.NewRequest("POST", ts.URL+"/api/v2/write", strings.NewReader(nq.String()))
	req.Header.Set("Authorization", "Bearer secret")
	req.Header.Set("Content-Type", "application/n-quads")
	code, out := getJSON(t, req)
	require.Equal(t, http.StatusOK, code, "%v", out)
	return ts
}

// rows counts the rows of an answer as the result cap counts them: each
// object at any depth, each value of a field with several.
func rows(v any) int {
	switch x := v.(type) {
	case map[string]any:
		n := 1
		for _, f := range x {
			n += rows(f)
		}
		return n
	case []any:
		n := 0
		for _, e := range x {
			if _, ok := e.(map[string]any); ok {
				n += rows(e)
			} else {
				n++
			}
		}
		return n
	}
	return 0
}

// TestLanguagesUnderTheResultCap: GraphQL and MQL, on APIv2 and v1, are
// cut at serve.result_cap like Gizmo's All(), and say so (issue 24: a
// GraphQL query for every node, a deeply nested one, and MQL with a huge
// limit). Cayley's GraphQL ignores the query limit and reads every node a
// level matches; the deep query here would build 40^4 objects.
func TestLanguagesUnderTheResultCap(t *testing.T) {
	ts := meshServer(t, 40, graph.ServeConfig{ResultCap: 10, QueryTimeout: 20 * time.Second})
	deep := `{ nodes { id <http://example.org/p> { id <http://example.org/p> { id <http://example.org/p> { id } } } } }`
	tests := []struct {
		name, route, query string
		rows               int
		cut                bool
	}{
		{"gizmo All", "/api/v2/query?lang=gizmo", `g.V().All()`, 10, true},
		{"graphql every node", "/api/v2/query?lang=graphql", `{ nodes { id } }`, 10, true},
		{"graphql first past the cap", "/api/v2/query?lang=graphql", `{ nodes(first: 100000000) { id } }`, 10, true},
		{"graphql first -1 (all, to Cayley)", "/api/v2/query?lang=graphql", `{ nodes(first: -1) { id } }`, 10, true},
		{"graphql first under the cap", "/api/v2/query?lang=graphql", `{ nodes(first: 4) { id } }`, 4, false},
		{"graphql deeply nested", "/api/v2/query?lang=graphql", deep, 10, true},
		{"graphql many values of a field", "/api/v2/query?lang=graphql", `{ nodes(id: <http://example.org/n1>) { <http://example.org/p> } }`, 10, true},
		{"mql every node", "/api/v2/query?lang=mql", `[{"id": null}]`, 10, true},
		{"mql on v1 with a huge limit", "/api/v1/query/mql?limit=1000000000", `[{"id": null}]`, 10, true},
		{"gizmo on v1 with a huge limit", "/api/v1/query/gizmo?limit=1000000000", `g.V().All()`, 10, true},
		{"graphql on v1", "/api/v1/query/graphql", `{ nodes { id } }`, 10, true},
		{"v1 limit under the cap is no cut", "/api/v1/query/gizmo?limit=3", `g.V().All()`, 3, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t0 := time.Now()
			code, out, hdr := postQuery(t, ts.URL+tc.route, tc.query)
			require.Equal(t, http.StatusOK, code, "%v", out)
			assert.Less(t, time.Since(t0), 10*time.Second)
			if strings.Contains(tc.route, "graphql") {
				data, _ := out["data"].(map[string]any)
				n := 0
				for _, v := range data {
					n += rows(v)
				}
				assert.Equal(t, tc.rows, n, "%v", data)
			} else {
				assert.Len(t, out["result"], tc.rows)
			}
			assert.Equal(t, tc.cut, out["truncated"])
			if tc.cut {
				assert.Equal(t, "true", hdr.Get("X-Result-Truncated"))
				assert.Equal(t, "10", hdr.Get("X-Result-Cap"))
			} else {
				assert.Empty(t, hdr.Get("X-Result-Truncated"))
			}
		})
	}
}

// TestLanguagesUnderTheOtherLimits: the body limit, the timeout, the
// ad-hoc slots and the heap watch hold for GraphQL and MQL too, and for
// the v1 routes.
func TestLanguagesUnderTheOtherLimits(t *testing.T) {
	t.Run("body over serve.max_body is 413", func(t *testing.T) {
		_, ts := newTestServer(t, memStore(t), graph.ServeConfig{MaxBody: 1000})
		pad := strings.Repeat(" ", 2000)
		for _, route := range []string{"/api/v2/query?lang=graphql", "/api/v2/query?lang=mql", "/api/v1/query/gizmo", "/api/v1/query/graphql"} {
			code, out, _ := postQuery(t, ts.URL+route, `{ nodes { id } }`+pad)
			assert.Equal(t, http.StatusRequestEntityTooLarge, code, route)
			assert.Contains(t, out["error"], "serve.max_body", route)
		}
	})
	t.Run("timeout is 504", func(t *testing.T) {
		ts := meshServer(t, 40, graph.ServeConfig{QueryTimeout: time.Nanosecond})
		code, out, _ := postQuery(t, ts.URL+"/api/v2/query?lang=graphql", `{ nodes { id } }`)
		assert.Equal(t, http.StatusGatewayTimeout, code, "%v", out)
		assert.Contains(t, fmt.Sprint(out["errors"]), "timeout")
		code, out, _ = postQuery(t, ts.URL+"/api/v1/query/mql", `[{"id": null}]`)
		assert.Equal(t, http.StatusGatewayTimeout, code, "%v", out)
		assert.Contains(t, out["error"], "timeout")
	})
	t.Run("serve.max_adhoc", func(t *testing.T) {
		_, ts := newTestServer(t, memStore(t), graph.ServeConfig{MaxConcurrent: 3, MaxAdhoc: 1, QueueWait: 100 * time.Millisecond, QueryTimeout: 2 * time.Second})
		done := make(chan struct{})
		go func() {
			defer close(done)
			resp, err := http.Post(ts.URL+"/api/v1/query/gizmo", "text/plain",
				strings.NewReader(`var t = new Date().getTime(); while (new Date().getTime() - t < 1000) {} g.Emit(1)`))
			if err == nil {
				resp.Body.Close()
			}
		}()
		time.Sleep(200 * time.Millisecond)
		for _, route := range []string{"/api/v2/query?lang=graphql", "/api/v1/query/mql"} {
			code, out, hdr := postQuery(t, ts.URL+route, `[{"id": null}]`)
			assert.Equal(t, http.StatusServiceUnavailable, code, route)
			assert.Contains(t, out["error"], "serve.max_adhoc", route)
			assert.Equal(t, "1", hdr.Get("Retry-After"))
		}
		<-done
	})
	t.Run("heap watch is 503", func(t *testing.T) {
		ts := meshServer(t, 60, graph.ServeConfig{MaxQueryHeap: 1 << 10, ResultCap: 100000, QueryTimeout: 20 * time.Second})
		code, out, _ := postQuery(t, ts.URL+"/api/v2/query?lang=graphql", `{ nodes { id <http://example.org/p> { id <http://example.org/p> { id } } } }`)
		assert.Equal(t, http.StatusServiceUnavailable, code, "%v", out)
		assert.Contains(t, fmt.Sprint(out["errors"]), "memory grew too fast")
	})
}

// TestLanguageRoutes: unknown languages, empty bodies, nesting past
// MaxGraphQLDepth and GETs are refused with a reason; GraphQL errors come
// in GraphQL's shape.
func TestLanguageRoutes(t *testing.T) {
	_, ts := newTestServer(t, memStore(t), graph.ServeConfig{})
	deep := "{ " + strings.Repeat("a { ", graph.MaxGraphQLDepth) + "id" + strings.Repeat(" }", graph.MaxGraphQLDepth+1)
	tests := []struct {
		route, body string
		code        int
		says        string
	}{
		{"/api/v2/query?lang=sparql", "x", 400, "use one of gizmo, graphql, mql"},
		{"/api/v1/query/sexp", "x", 400, "use one of gizmo, graphql, mql"},
		{"/api/v2/query?lang=mql", " ", 400, "the query is empty"},
		{"/api/v2/query?lang=mql", "[{", 400, "running the query"},
		{"/api/v2/query?lang=graphql", "{ nodes { id }", 400, "Syntax Error"},
		{"/api/v2/query?lang=graphql", deep, 400, "deeper than 8 levels"},
		{"/api/v1/query/gizmo?limit=many", "g.V().All()", 400, "not a whole number"},
	}
	for _, tc := range tests {
		code, out, _ := postQuery(t, ts.URL+tc.route, tc.body)
		assert.Equal(t, tc.code, code, "%s %v", tc.route, out)
		assert.Contains(t, fmt.Sprint(out), tc.says, tc.route)
	}
	resp, err := http.Get(ts.URL + "/api/v1/query/gizmo")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusMethodNotAllowed, resp.StatusCode)
}

// answers collects the strings under the given keys, anywhere in v.
func answers(v any, keys map[string]bool, out []string) []string {
	switch x := v.(type) {
	case map[string]any:
		for k, f := range x {
			if s, ok := f.(string); ok && keys[k] {
				out = append(out, s)
			} else {
				out = answers(f, keys, out)
			}
		}
	case []any:
		for _, e := range x {
			out = answers(e, keys, out)
		}
	}
	return out
}

// TestSameQuestionThreeLanguages asks the seed graph the two questions of
// docs/http.md, what Zabihullah Mujahid said and who did not comment on
// the strike, in Gizmo, GraphQL and MQL (graph/testdata/lang/, shown
// verbatim in docs/http.md), and checks the three answers are the same.
func TestSameQuestionThreeLanguages(t *testing.T) {
	fixture := filepath.Join("..", "..", "shared", "fixtures", "kabul-talks.txt")
	needed(t, fixture, "the seed fixture (../shared)")
	_, ts := newTestServer(t, explorerStore(t, fixture), graph.ServeConfig{})
	doc, err := os.ReadFile(filepath.Join("..", "docs", "http.md"))
	require.NoError(t, err)
	// Where each language puts the answer: Gizmo's All() in "id", and
	// the names the GraphQL and MQL queries give the field asked for.
	keys := map[string]bool{"id": true, "text": true, "name": true, "<http://schema.org/text>": true, "<http://schema.org/name>": true}
	want := map[string][]string{
		"said": {
			"Talks have taken place in Kabul between the Pakistani government and the Tehreek-e-Taliban Pakistan under the mediation of the Islamic emirate",
			"The Islamic Emirate of Afghanistan, in good faith, strives to complete the negotiation process and expects both sides to be tolerant and flexible",
		},
		"silent": {"Pakistan"},
	}
	for question, expected := range want {
		for _, lang := range graph.Languages() {
			t.Run(question+"/"+lang, func(t *testing.T) {
				q, err := os.ReadFile(filepath.Join("testdata", "lang", question+"."+lang))
				require.NoError(t, err)
				assert.True(t, strings.Contains(string(doc), strings.TrimSpace(string(q))), "docs/http.md shows %s.%s as tested", question, lang)
				code, out, _ := postQuery(t, ts.URL+"/api/v2/query?lang="+lang, string(q))
				require.Equal(t, http.StatusOK, code, "%v", out)
				got := answers(out["result"], keys, answers(out["data"], keys, nil))
				if question == "said" {
					// GraphQL and MQL also name the speaker they start from.
					got = slices.DeleteFunc(got, func(s string) bool { return s == "Zabihullah Mujahid" })
				}
				sort.Strings(got)
				assert.Equal(t, expected, got)
			})
		}
	}
}

// TestGraphQLNestingCostIsBounded: a GraphQL query four levels deep on a
// 60-node mesh would build 60^4 = 13 million objects, far past the
// timeout; with first: cap+1 on every level it builds 11^4 and answers.
func TestGraphQLNestingCostIsBounded(t *testing.T) {
	ts := meshServer(t, 60, graph.ServeConfig{ResultCap: 10, QueryTimeout: 5 * time.Second})
	p := "<http://example.org/p>"
	q := "{ nodes { id " + p + " { id " + p + " { id " + p + " { id } } } } }"
	code, out, hdr := postQuery(t, ts.URL+"/api/v2/query?lang=graphql", q)
	require.Equal(t, http.StatusOK, code, "%v", out)
	assert.Equal(t, true, out["truncated"])
	assert.Equal(t, "true", hdr.Get("X-Result-Truncated"))
}
