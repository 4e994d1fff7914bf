package graph

import (
	"bytes"
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	_ "embed"

	cgraph "github.com/cayleygraph/cayley/graph"
	chttp "github.com/cayleygraph/cayley/server/http"

	"github.com/claimgraph/claimgraph/graph/explorer"
	"github.com/claimgraph/claimgraph/queries"
	"github.com/claimgraph/claimgraph/schema"
)

// openAPIDoc describes the HTTP API, served at /api/openapi.json.
//
//go:embed openapi.json
var openAPIDoc []byte

// ServeConfig bounds what the HTTP server lets clients do.
type ServeConfig struct {
	Addr string
	// Writable enables /api/v2/write and /api/v2/delete; they then need
	// WriteToken as a bearer token.
	Writable   bool
	WriteToken string
	// QueryTimeout and ResultCap bound every query.
	QueryTimeout time.Duration
	ResultCap    int
	// MaxBody bounds a request body; MaxWriteBody a batch of articles
	// posted to /api/articles.
	MaxBody      int64
	MaxWriteBody int64
	// MaxQueryHeap stops every running query when the Go heap grows by
	// more than this many bytes while one runs: a Gizmo program can
	// allocate gigabytes within its timeout (see docs/http.md).
	MaxQueryHeap uint64
	// MaxConcurrent queries run at once; others wait up to QueueWait
	// for a slot, at most MaxQueued of them, and the rest get 503.
	MaxConcurrent int
	QueueWait     time.Duration
	MaxQueued     int
	// MaxAdhoc of the MaxConcurrent may be ad-hoc programs (POST
	// /api/v2/query): a program is anyone's code, and few at once keep
	// the stored queries answering and bound what runaway ones allocate
	// together.
	MaxAdhoc int
	// CacheEntries stored-query answers are kept (negative: none), for
	// CacheTTL at most; any write through the server clears them.
	CacheEntries int
	CacheTTL     time.Duration
	// AllowedOrigins are extra origins (scheme://host:port) whose
	// browsers may call the API, besides the server's own.
	AllowedOrigins []string
	// AllowedHosts are extra Host header values accepted, besides the
	// listen address, localhost and 127.0.0.1.
	AllowedHosts []string
	Logger       *slog.Logger
}

// Server serves a store over HTTP: Cayley's APIv2 and claimgraph's
// stored queries.
type Server struct {
	cfg     ServeConfig
	store   *Store
	queries *queries.Set
	slots   chan struct{}
	adhoc   chan struct{} // the slots ad-hoc programs may take, besides one of slots
	queued  atomic.Int64
	cache   *answerCache
	handler http.Handler
}

// NewServer builds the HTTP handler for store.
func NewServer(store *Store, qs *queries.Set, cfg ServeConfig) *Server {
	if cfg.QueryTimeout <= 0 {
		cfg.QueryTimeout = 5 * time.Second
	}
	if cfg.ResultCap <= 0 {
		cfg.ResultCap = 5000
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = 1 << 20
	}
	if cfg.MaxWriteBody <= 0 {
		cfg.MaxWriteBody = 64 << 20
	}
	if cfg.MaxQueryHeap == 0 {
		cfg.MaxQueryHeap = 256 << 20
	}
	if cfg.MaxConcurrent <= 0 {
		cfg.MaxConcurrent = 8
	}
	if cfg.MaxAdhoc <= 0 {
		cfg.MaxAdhoc = 2
	}
	if cfg.QueueWait == 0 {
		cfg.QueueWait = 2 * time.Second
	}
	if cfg.MaxQueued <= 0 {
		cfg.MaxQueued = 256
	}
	if cfg.CacheEntries == 0 {
		cfg.CacheEntries = 1024
	}
	if cfg.CacheTTL <= 0 {
		cfg.CacheTTL = 30 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	s := &Server{cfg: cfg, store: store, queries: qs, slots: make(chan struct{}, cfg.MaxConcurrent), adhoc: make(chan struct{}, cfg.MaxAdhoc),
		cache: newAnswerCache(cfg.CacheEntries, cfg.CacheTTL)}
	h := &cgraph.Handle{QuadStore: store.QS, QuadWriter: store.writer}
	api := chttp.NewAPIv2Writer(h, "single", cgraph.Options{"ignore_duplicate": true, "ignore_missing": true})
	api.SetReadOnly(!cfg.Writable)
	api.SetQueryTimeout(cfg.QueryTimeout)
	api.SetQueryLimit(cfg.ResultCap)

	mux := http.NewServeMux()
	mux.Handle("/api/v2/", s.limited(s.guardWrites(api)))
	// Ad-hoc programs run only by POST, whose Origin a browser always
	// sends (sameOrigin refuses other sites'); a GET could come from any
	// page the user visits, as an <img src>, with no Origin at all.
	mux.Handle("POST /api/v2/query", s.limitedTo(s.adhoc, http.HandlerFunc(s.adhocQuery)))
	mux.HandleFunc("/api/v2/query", adhocByPostOnly)
	// Cayley's v1 route, as older clients and scripts call it.
	mux.Handle("POST /api/v1/query/{lang}", s.limitedTo(s.adhoc, http.HandlerFunc(s.v1Query)))
	mux.HandleFunc("/api/v1/query/{lang}", adhocByPostOnly)
	mux.HandleFunc("GET /api/queries", s.listQueries)
	mux.Handle("GET /api/queries/{name}", s.limited(http.HandlerFunc(s.runQuery)))
	mux.HandleFunc("GET /healthz", s.health)
	mux.HandleFunc("GET /api/openapi.json", s.openAPI)
	mux.HandleFunc("GET "+schema.ContextPath, jsonLDContext)
	mux.Handle("POST /api/articles", s.guardWrites(http.HandlerFunc(s.postArticles)))
	mux.Handle("POST /api/derived", s.guardWrites(http.HandlerFunc(s.postDerived)))
	mux.Handle("GET /api/overview", s.limited(explorer.OverviewHandler(store.QS)))
	mux.HandleFunc("GET /api/derived", s.getDerived)
	mux.Handle("GET /{$}", explorer.Handler())
	mux.Handle("GET /explorer/", explorer.Handler())
	s.handler = s.logged(s.sameOrigin(mux))
	return s
}

// Handler returns the server's root handler.
func (s *Server) Handler() http.Handler { return s.handler }

// Handle adds a handler to the server's routes behind the same checks.
func (s *Server) Handle(pattern string, h http.Handler) {
	inner := s.handler
	mux := http.NewServeMux()
	mux.Handle(pattern, s.sameOrigin(h))
	mux.Handle("/", inner)
	s.handler = mux
}

// ListenAndServe serves until ctx is cancelled, then shuts down
// gracefully, letting running requests finish.
func (s *Server) ListenAndServe(ctx context.Context, ready func(addr string)) error {
	ln, err := net.Listen("tcp", s.cfg.Addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", s.cfg.Addr, err)
	}
	s.cfg.Addr = ln.Addr().String()
	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      s.cfg.QueryTimeout + 30*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
	if ready != nil {
		ready(s.cfg.Addr)
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), s.cfg.QueryTimeout+5*time.Second)
		defer cancel()
		return srv.Shutdown(sctx)
	}
}

// sameOrigin refuses requests whose Host is not the server's own (DNS
// rebinding) or whose Origin is another site's (cross-site requests).
func (s *Server) sameOrigin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.hostAllowed(r.Host) {
			httpError(w, http.StatusForbidden, fmt.Sprintf("host %q is not this server's; add it to serve.allowed_hosts if you proxy to claimgraph", r.Host))
			return
		}
		if o := r.Header.Get("Origin"); o != "" && !s.originAllowed(o, r.Host) {
			httpError(w, http.StatusForbidden, fmt.Sprintf("cross-origin request from %q refused; add it to serve.allowed_origins to allow it", o))
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) hostAllowed(host string) bool {
	h := strings.ToLower(host)
	name, _, err := net.SplitHostPort(h)
	if err != nil {
		name = h
	}
	name = strings.Trim(name, "[]")
	switch name {
	case "localhost", "127.0.0.1", "::1":
		return true
	}
	if strings.EqualFold(h, s.cfg.Addr) {
		return true
	}
	if lh, _, err := net.SplitHostPort(s.cfg.Addr); err == nil && lh != "" && strings.EqualFold(name, strings.Trim(lh, "[]")) && lh != "0.0.0.0" && lh != "::" {
		return true
	}
	for _, a := range s.cfg.AllowedHosts {
		if strings.EqualFold(a, h) || strings.EqualFold(a, name) {
			return true
		}
	}
	return false
}

func (s *Server) originAllowed(origin, host string) bool {
	u, err := url.Parse(origin)
	if err != nil || u.Host == "" {
		return false
	}
	if strings.EqualFold(u.Host, host) {
		return true
	}
	for _, a := range s.cfg.AllowedOrigins {
		if strings.EqualFold(strings.TrimRight(a, "/"), origin) {
			return true
		}
	}
	return false
}

// guardWrites refuses Cayley's write endpoints unless writes are enabled
// and the request carries the configured bearer token. Cayley's own
// read-only flag only hides the routes of a fresh API; we check here so
// that it holds whatever Cayley does.
func (s *Server) guardWrites(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		if p == "/api/articles" || p == "/api/derived" && r.Method != http.MethodGet || strings.HasSuffix(p, "/write") || strings.HasSuffix(p, "/delete") || strings.Contains(p, "/write/") {
			if !s.cfg.Writable {
				httpError(w, http.StatusForbidden, "this server is read-only; start it with serve.writable: true and a serve.write_token to accept writes")
				return
			}
			tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
			if s.cfg.WriteToken == "" || subtle.ConstantTimeCompare([]byte(tok), []byte(s.cfg.WriteToken)) != 1 {
				httpError(w, http.StatusUnauthorized, "writes need the bearer token set in serve.write_token (or CLAIMGRAPH_SERVE_WRITE_TOKEN)")
				return
			}
			// Clear before and after: no answer computed during the
			// write survives it.
			s.cache.clear()
			defer s.cache.clear()
		}
		next.ServeHTTP(w, r)
	})
}

// errQueryMemory is the cause given to a query stopped by the heap watch.
var errQueryMemory = errors.New("the query was stopped because the server's memory grew too fast while it ran; narrow it or bound its loops")

// limited bounds the body, the number of queries running at once and the
// memory they may take. The body is read whole first, before a query
// slot is taken (a slow upload holds no slot), and one over MaxBody gets
// 413 with nothing run or written: a handler reading through a limit of
// its own would run the cut program, or fail as a 500. Timeouts interrupt
// the Gizmo VM through the context (Cayley calls vm.Interrupt when it is
// done); the heap watch cancels the same context, so one mechanism stops
// both a busy loop and a string-doubling bomb.
func (s *Server) limited(next http.Handler) http.Handler { return s.limitedTo(nil, next) }

// limitedTo is limited for requests that must also hold one of extra's
// slots (ad-hoc programs).
func (s *Server) limitedTo(extra chan struct{}, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.readBody(w, r) {
			return
		}
		deadline := time.Now().Add(s.cfg.QueueWait)
		if extra != nil {
			if !s.acquire(r.Context(), extra, deadline) {
				s.busy(w, r, "too many ad-hoc queries are running (serve.max_adhoc); retry shortly")
				return
			}
			defer func() { <-extra }()
		}
		if !s.acquire(r.Context(), s.slots, deadline) {
			s.busy(w, r, "too many queries are running; retry shortly")
			return
		}
		defer func() { <-s.slots }()
		ctx, cancel := context.WithCancelCause(r.Context())
		defer cancel(nil)
		done := make(chan struct{})
		stopped := make(chan uint64, 1)
		go func() { stopped <- watchHeap(ctx, done, s.cfg.MaxQueryHeap, cancel) }()
		next.ServeHTTP(w, r.WithContext(ctx))
		close(done)
		if base := <-stopped; base > 0 {
			s.cfg.Logger.Warn("query stopped by the heap watch", "path", r.URL.Path, "limit_bytes", s.cfg.MaxQueryHeap)
			settle(base, s.cfg.MaxQueryHeap)
		}
	})
}

// settle follows a query the heap watch stopped, before its slots are
// given back: its VM ends only after the concatenation in progress, and
// a query waiting for the slot would otherwise start beside that memory.
// It returns the garbage to the OS now rather than at the next GC cycle,
// which a large heap pushes far away, until the heap is back near where
// the query started, for at most two seconds.
func settle(base, limit uint64) {
	deadline := time.Now().Add(2 * time.Second)
	for {
		debug.FreeOSMemory()
		if heapObjects() < base+limit/4 || time.Now().After(deadline) {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func heapObjects() uint64 {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	return sample[0].Value.Uint64()
}

// statusClientClosed is nginx's "client closed request", which keeps a
// client that left apart from real errors in the access log.
const statusClientClosed = 499

// readBody reads the request body into memory, up to MaxBody, and
// answers 413 (false) when it is larger.
func (s *Server) readBody(w http.ResponseWriter, r *http.Request) bool {
	if r.Body == nil || r.Body == http.NoBody {
		return true
	}
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBody))
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		httpError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("the request body is larger than serve.max_body (%d bytes); nothing was run or written", s.cfg.MaxBody))
		return false
	case err != nil:
		httpError(w, http.StatusBadRequest, fmt.Sprintf("reading the request body: %v", err))
		return false
	}
	r.Body = io.NopCloser(bytes.NewReader(data))
	return true
}

// busy answers a request that found no free slot: 503, or 499 when the
// client left while it waited (nobody reads an answer, but the log says
// what happened).
func (s *Server) busy(w http.ResponseWriter, r *http.Request, msg string) {
	if r.Context().Err() != nil {
		w.WriteHeader(statusClientClosed)
		return
	}
	w.Header().Set("Retry-After", "1")
	httpError(w, http.StatusServiceUnavailable, msg)
}

// acquire takes a slot of slots, waiting until deadline (QueueWait) behind
// at most MaxQueued others; a short wait turns bursts into latency instead
// of errors, and the bounded queue keeps a flood from piling up
// goroutines.
func (s *Server) acquire(ctx context.Context, slots chan struct{}, deadline time.Time) bool {
	select {
	case slots <- struct{}{}:
		return true
	default:
	}
	if s.cfg.QueueWait < 0 || s.queued.Add(1) > int64(s.cfg.MaxQueued) {
		if s.cfg.QueueWait >= 0 {
			s.queued.Add(-1)
		}
		return false
	}
	defer s.queued.Add(-1)
	t := time.NewTimer(time.Until(deadline))
	defer t.Stop()
	select {
	case slots <- struct{}{}:
		return true
	case <-t.C:
		return false
	case <-ctx.Done():
		return false
	}
}

// watchHeap cancels ctx with errQueryMemory when the heap grows by more
// than limit bytes before done closes. It returns the heap's size where
// the growth was measured from when it did, 0 when it did not.
func watchHeap(ctx context.Context, done <-chan struct{}, limit uint64, cancel context.CancelCauseFunc) uint64 {
	base := heapObjects()
	t := time.NewTicker(2 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-done:
			return 0
		case <-ctx.Done():
			return 0
		case <-t.C:
			h := heapObjects()
			// The heap at the start may hold other requests' garbage; a
			// collection that frees it must lower the baseline, or the
			// query could grow by that garbage plus limit unseen.
			base = min(base, h)
			if h-base > limit {
				cancel(errQueryMemory)
				return max(base, 1)
			}
		}
	}
}

func (s *Server) listQueries(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{"queries": s.queries.List()})
}

func (s *Server) runQuery(w http.ResponseWriter, r *http.Request) {
	q, ok := s.queries.Get(r.PathValue("name"))
	if !ok {
		httpError(w, http.StatusNotFound, fmt.Sprintf("no stored query named %q; GET /api/queries lists them", r.PathValue("name")))
		return
	}
	params := map[string]string{}
	for k, v := range r.URL.Query() {
		if len(v) > 1 {
			httpError(w, http.StatusBadRequest, fmt.Sprintf("the parameter %q is given %d times; give it once", k, len(v)))
			return
		}
		params[k] = v[0]
	}
	// The key is the parameters as bound (JSON sorts the names), so one
	// answer has one entry whatever the order of the query string.
	canon, _ := json.Marshal(params)
	key := q.Name + "?" + string(canon)
	gen := s.cache.generation()
	if body, ok := s.cache.get(key); ok {
		w.Header().Set("X-Cache", "hit")
		writeAnswer(w, body)
		return
	}
	if _, err := s.queries.Bind(q, params); err != nil {
		httpError(w, http.StatusBadRequest, err.Error())
		return
	}
	ans, err := s.store.RunStored(r.Context(), s.queries, q, params, s.cfg.ResultCap, s.cfg.QueryTimeout)
	if errors.Is(err, ErrBadParam) {
		httpError(w, http.StatusBadRequest, err.Error())
		return
	}
	if err != nil {
		s.queryFailed(w, r, err)
		return
	}
	rows, cut := ans.Rows, ans.Truncated
	if rows == nil {
		rows = []any{}
	}
	env := map[string]any{"query": q.Name, "columns": q.Columns, "rows": rows, "truncated": cut}
	if ans.Paged {
		// The page's place in the whole answer: total is exact unless
		// total_at_least says counting stopped there.
		env["offset"], env["total"], env["total_at_least"] = ans.Offset, ans.Total, ans.AtLeast
	}
	body, err := json.MarshalIndent(env, "", " ")
	if err != nil {
		httpError(w, http.StatusInternalServerError, fmt.Sprintf("encoding the rows: %v", err))
		return
	}
	body = append(body, '\n')
	a := answer{body: body, truncated: cut, cap: s.cfg.ResultCap}
	s.cache.put(key, a, gen)
	writeAnswer(w, a)
}

// adhocByPostOnly answers a GET (or any method but POST) on the ad-hoc
// query route.
func adhocByPostOnly(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Allow", http.MethodPost)
	httpError(w, http.StatusMethodNotAllowed, "ad-hoc queries run only by POST, with the program as the body (a GET can be sent by any web page you visit); stored queries run by GET /api/queries/NAME")
}

// queryFailed answers a query that did not finish: the client left
// (499), the heap watch stopped it (503), it ran out of time (504), or
// the program is wrong (400).
func (s *Server) queryFailed(w http.ResponseWriter, r *http.Request, err error) {
	status, err := failure(r, err)
	if status == statusClientClosed {
		w.WriteHeader(status)
		return
	}
	httpError(w, status, err.Error())
}

// failure is the status and the error to report for a query that did
// not finish (see queryFailed).
func failure(r *http.Request, err error) (int, error) {
	switch {
	case errors.Is(err, context.Canceled) && r.Context().Err() != nil && context.Cause(r.Context()) == context.Canceled:
		return statusClientClosed, err
	case errors.Is(context.Cause(r.Context()), errQueryMemory):
		return http.StatusServiceUnavailable, errQueryMemory
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusGatewayTimeout, err
	}
	return http.StatusBadRequest, err
}

// answer is a query's encoded answer, as sent and as cached.
type answer struct {
	body      []byte
	truncated bool
	cap       int
}

// writeAnswer sends an answer; a cut one says so in headers too, for
// clients that look at headers only.
func writeAnswer(w http.ResponseWriter, a answer) {
	if a.truncated {
		w.Header().Set("X-Result-Truncated", "true")
		w.Header().Set("X-Result-Cap", strconv.Itoa(a.cap))
	}
	writeRaw(w, a.body)
}

func writeRaw(w http.ResponseWriter, body []byte) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(body)
}

// postDerived recounts the derived speaker and mention values, as a local
// load does at its end; `claimgraph load --server` calls it after its last
// batch.
func (s *Server) postDerived(w http.ResponseWriter, r *http.Request) {
	t0 := time.Now()
	if err := s.store.RefreshDerived(r.Context()); err != nil {
		httpError(w, http.StatusInternalServerError, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"seconds": time.Since(t0).Seconds()})
}

// getDerived says whether the derived values miss some write.
func (s *Server) getDerived(w http.ResponseWriter, r *http.Request) {
	stale, err := s.store.DerivedStale(r.Context())
	if err != nil {
		httpError(w, http.StatusInternalServerError, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"stale": stale})
}

// postArticles stores a batch of extracted articles sent by
// `claimgraph load --server` through Store.Write, so a reload replaces an
// article exactly as a local load does.
func (s *Server) postArticles(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxWriteBody)
	var in struct {
		Articles []wireBundle `json:"articles"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		httpError(w, http.StatusBadRequest, fmt.Sprintf("reading the batch: %v; send {\"articles\": [{\"article\", \"owned\", \"shared\"}]} under %d bytes", err, s.cfg.MaxWriteBody))
		return
	}
	batch, err := fromWire(in.Articles)
	if err != nil {
		httpError(w, http.StatusBadRequest, err.Error())
		return
	}
	res, err := s.store.Write(r.Context(), batch)
	if err != nil {
		httpError(w, http.StatusInternalServerError, fmt.Sprintf("storing the batch: %v", err))
		return
	}
	out := make([]wireResult, 0, len(res))
	for _, x := range res {
		out = append(out, wireResult{Article: string(x.Article), Replaced: x.Replaced, Added: x.Added, Removed: x.Removed})
	}
	writeJSON(w, http.StatusOK, map[string]any{"results": out})
}

func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(openAPIDoc)
}

// jsonLDContext serves the context every JSON-LD export embeds, so that
// a document may also refer to it by URL.
func jsonLDContext(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/ld+json")
	w.Header().Set("Access-Control-Allow-Origin", "*")
	_, _ = w.Write(schema.ContextDocument())
}

func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	if _, err := s.store.QS.Stats(ctx, false); err != nil {
		httpError(w, http.StatusServiceUnavailable, "store not ready: "+err.Error())
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "backend": s.store.Backend()})
}

type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (w *statusWriter) WriteHeader(code int) { w.status = code; w.ResponseWriter.WriteHeader(code) }
func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}

// Flush lets streaming handlers flush through the wrapper.
func (w *statusWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

func (s *Server) logged(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		s.cfg.Logger.Info("request", "method", r.Method, "path", r.URL.Path, "status", sw.status,
			"bytes", sw.bytes, "ms", float64(time.Since(start).Microseconds())/1000, "remote", r.RemoteAddr)
	})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	_ = enc.Encode(v)
}

func httpError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}
