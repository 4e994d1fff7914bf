package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/mql" // the MQL language
)

// Languages returns the query languages served on /api/v2/query?lang=
// and /api/v1/query/{lang}, in the order the explorer offers them.
func Languages() []string { return []string{"gizmo", "graphql", "mql"} }

// v1DefaultLimit is Cayley's own for /api/v1/query when ?limit= is absent.
const v1DefaultLimit = 100

// RunCapped runs a program in one of Cayley's session languages (gizmo,
// mql) over qs and returns at most limit rows, and whether it cut the
// answer there. Cayley stops its iterator at limit+1 results, so a query
// asking for everything costs what limit+1 rows cost. For Gizmo every way
// a program emits counts: each result of All() or GetLimit(n) (whatever
// n), each g.Emit(x), and each element of an emitted array, which is cut
// to fit. MQL's rows are its top-level results.
func RunCapped(ctx context.Context, qs cgraph.QuadStore, lang, code string, limit int, timeout time.Duration) ([]any, bool, error) {
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	it, err := query.Execute(ctx, qs, lang, code, query.Options{Collation: query.JSON, Limit: limit + 1})
	if err != nil {
		return nil, false, fmt.Errorf("running the query: %w", err)
	}
	defer it.Close()
	var out []any
	n := 0
	for it.Next(ctx) {
		r := it.Result()
		size := 1
		if arr, ok := r.([]any); ok {
			size = len(arr)
			if n+size > limit {
				out = append(out, arr[:limit-n])
				return out, true, nil
			}
		} else if n == limit {
			return out, true, nil
		}
		n += size
		out = append(out, r)
	}
	return out, false, queryEnd(ctx, it.Err(), timeout)
}

// queryEnd is the error a query that stopped iterating ends with: none,
// its timeout (the context's deadline, however the language reported it),
// or the language's own error.
func queryEnd(ctx context.Context, err error, timeout time.Duration) error {
	timedOut := errors.Is(ctx.Err(), context.DeadlineExceeded)
	if err != nil && !timedOut && !errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("running the query: %w", err)
	}
	if err != nil || timedOut {
		return fmt.Errorf("the query ran past its %s timeout: %w", timeout, context.DeadlineExceeded)
	}
	return nil
}

// langQuery is one ad-hoc query as a route received it.
type langQuery struct {
	lang string
	code string
	// limit is the rows the client may get: the result cap, or less when
	// a v1 client asked for less with ?limit=.
	limit int
}

// adhocQuery runs a program POSTed to /api/v2/query?lang=gizmo|graphql|mql,
// answering as Cayley's APIv2 does ({"result": [...]}, or {"data": {...}}
// for GraphQL) with "truncated" added.
func (s *Server) adhocQuery(w http.ResponseWriter, r *http.Request) {
	s.serveLang(w, r, langQuery{lang: r.URL.Query().Get("lang"), limit: s.cfg.ResultCap})
}

// v1Query serves Cayley's older route, POST /api/v1/query/{lang}?limit=N,
// which older clients and scripts use: the same answers as APIv2, with
// Cayley's v1 default of 100 rows when no limit is given; a limit above
// the result cap gets the cap, and says it was cut.
func (s *Server) v1Query(w http.ResponseWriter, r *http.Request) {
	q := langQuery{lang: r.PathValue("lang"), limit: v1DefaultLimit}
	if v := r.URL.Query().Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			langError(w, q.lang, http.StatusBadRequest, fmt.Sprintf("the limit %q is not a whole number of rows", v))
			return
		}
		if n > 0 {
			q.limit = n
		}
	}
	q.limit = min(q.limit, s.cfg.ResultCap)
	s.serveLang(w, r, q)
}

func (s *Server) serveLang(w http.ResponseWriter, r *http.Request, q langQuery) {
	if !slices.Contains(Languages(), q.lang) {
		langError(w, q.lang, http.StatusBadRequest, fmt.Sprintf("query language %q is not served here; use one of %s", q.lang, strings.Join(Languages(), ", ")))
		return
	}
	data, err := io.ReadAll(r.Body)
	if err != nil {
		langError(w, q.lang, http.StatusBadRequest, fmt.Sprintf("reading the query: %v", err))
		return
	}
	q.code = string(data)
	if strings.TrimSpace(q.code) == "" {
		langError(w, q.lang, http.StatusBadRequest, fmt.Sprintf("the query is empty: POST a %s query as the request body", q.lang))
		return
	}
	body, cut, err := s.runLang(r.Context(), q)
	if err != nil {
		status, err := failure(r, err)
		if status == statusClientClosed {
			w.WriteHeader(status)
			return
		}
		langError(w, q.lang, status, err.Error())
		return
	}
	// A v1 client's own smaller limit is what it asked for, not a cut.
	cut = cut && q.limit == s.cfg.ResultCap
	body["truncated"] = cut
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(body); err != nil {
		langError(w, q.lang, http.StatusInternalServerError, fmt.Sprintf("encoding the result: %v", err))
		return
	}
	writeAnswer(w, answer{body: buf.Bytes(), truncated: cut, cap: s.cfg.ResultCap})
}

// runLang runs q and returns its answer in Cayley's envelope:
// {"data": ...} for GraphQL, {"result": [...]} for the others.
func (s *Server) runLang(ctx context.Context, q langQuery) (map[string]any, bool, error) {
	if q.lang == "graphql" {
		data, cut, err := RunGraphQLCapped(ctx, s.store.QS, q.code, q.limit, s.cfg.QueryTimeout)
		return map[string]any{"data": data}, cut, err
	}
	rows, cut, err := RunCapped(ctx, s.store.QS, q.lang, q.code, q.limit, s.cfg.QueryTimeout)
	if rows == nil {
		rows = []any{}
	}
	return map[string]any{"result": rows}, cut, err
}

// langError answers an error in the shape the language's clients read:
// GraphQL's {"data": null, "errors": [{"message"}]}, Cayley's {"error"}
// for the others.
func langError(w http.ResponseWriter, lang string, status int, msg string) {
	if lang == "graphql" {
		writeJSON(w, status, map[string]any{"data": nil, "errors": []map[string]string{{"message": msg}}})
		return
	}
	httpError(w, status, msg)
}
