package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	"github.com/claimgraph/claimgraph/bench"
	"github.com/claimgraph/claimgraph/cmd/internal/config"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/loaders/load"
	"github.com/claimgraph/claimgraph/queries"
)

// benchOptions are the bench command's flags.
type benchOptions struct {
	Data        string
	Replays     int
	Limit       int
	Out         string
	SkipRaw     bool
	QueriesOnly bool
	Runs        int
	Budget      time.Duration
	Step        int
	KeepSpool   bool
	MemoryMax   string
	Stage       string // internal: "load" or "raw" in the child process
	Config      string
}

func newRootCmd(v *viper.Viper) *cobra.Command {
	var o benchOptions
	var cfgFile string
	cmd := &cobra.Command{
		Use:           "claimgraph-bench",
		Short:         "Measure a full load, the raw Cayley write rate, memory and every stored query",
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if err := config.Read(v, cmd, cfgFile); err != nil {
				return err
			}
			return config.ApplyMemoryLimit(v.GetString("memory_limit"))
		},
		Long: `Bench builds a corpus from the BBC and Reuters JSON Lines under --data (the
unique articles, by the loader's identity, replayed --replays times with
fresh ids), loads it into a fresh bolt store through the same path as
` + "`claimgraph load`" + ` (package loaders/load) in a child process whose memory is sampled, writes the
same quads again without extraction into another fresh store (the raw
Cayley rate), then times every stored query in process and over HTTP.
It prints a table and writes every figure to DIR/bench.json.

	claimgraph-bench --out out/bench                # the full run (~106k articles)
	claimgraph-bench --limit 5000 --out /tmp/b      # a quick run
	claimgraph-bench --queries-only --db out/bench/bench.bolt
	claimgraph-bench html                           # the HTML reader's benchmark`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Config = cfgFile
			switch o.Stage {
			case "":
				return runBench(cmd, v, o)
			case "load":
				return benchLoadChild(cmd.Context(), v, o, cmd.ErrOrStderr())
			case "raw":
				return benchRawChild(cmd.Context(), v, o)
			}
			return fmt.Errorf("unknown bench stage %q", o.Stage)
		},
	}
	pf := cmd.PersistentFlags()
	pf.StringVar(&cfgFile, "config", "", "config file (default: ./config.yaml when present)")
	pf.String("db", "", "with --queries-only: the bolt store to query")
	pf.Bool("verbose", false, "log Cayley's own messages")
	cmd.AddCommand(newHTMLCmd(), newKVCmd())
	f := cmd.Flags()
	f.StringVar(&o.Data, "data", filepath.Join("..", "shared", "data", "news"), "folder holding bbc/articles.jsonl and reuters/articles.jsonl")
	f.IntVar(&o.Replays, "replays", 5, "times the unique articles are loaded, each time with fresh ids")
	f.IntVar(&o.Limit, "limit", 0, "stop after this many articles in all (0: no limit), for quick runs")
	f.StringVar(&o.Out, "out", filepath.Join("out", "bench"), "folder for the corpus, the stores and bench.json (emptied of earlier bench files)")
	f.BoolVar(&o.SkipRaw, "skip-raw", false, "skip the raw Cayley write pass")
	f.BoolVar(&o.QueriesOnly, "queries-only", false, "only time the stored queries, on the store given by --db")
	f.IntVar(&o.Runs, "runs", 20, "runs of each query, in process and over HTTP")
	f.DurationVar(&o.Budget, "query-budget", 30*time.Second, "stop timing a query after this long (at least 3 runs), so that a slow one cannot take the whole bench")
	f.IntVar(&o.Step, "step", 10000, "articles per row of the rate curve")
	f.BoolVar(&o.KeepSpool, "keep-spool", false, "keep the N-Quads spool of the load (large) after the raw pass")
	f.StringVar(&o.MemoryMax, "memory-max", "", "run the load and raw stages in a memory cgroup limited to this size (e.g. 1G), which counts page cache too, to show that what RSS holds above it is reclaimable; needs root and a cgroup memory controller")
	f.StringVar(&o.Stage, "stage", "", "internal: the part run in a child process")
	_ = f.MarkHidden("stage")
	return cmd
}

// benchReport is bench.json.
type benchReport struct {
	Started   time.Time          `json:"started"`
	Command   string             `json:"command"`
	Machine   map[string]string  `json:"machine"`
	Settings  map[string]any     `json:"settings"`
	Corpus    *bench.CorpusStats `json:"corpus,omitempty"`
	Load      *benchLoad         `json:"load,omitempty"`
	Raw       *benchRaw          `json:"raw,omitempty"`
	Ratio     float64            `json:"pipeline_over_raw,omitempty"`
	Store     string             `json:"store"`
	StoreSize int64              `json:"store_bytes"`
	Queries   []benchQuery       `json:"queries,omitempty"`
	Params    map[string]string  `json:"picked_params,omitempty"`
	TotalSec  float64            `json:"total_s"`
}

// benchLoad is what the load child reports, plus the parent's samples of
// its memory.
type benchLoad struct {
	Articles       int     `json:"articles"`
	Rejected       int     `json:"rejected"`
	QuadsSubmitted int64   `json:"quads_submitted"` // owned + shared, in transactions
	QuadsAdded     int     `json:"quads_added"`     // owned quads new to the store
	QuadsInStore   int64   `json:"quads_in_store"`  // counted by the parent afterwards
	ElapsedSec     float64 `json:"elapsed_s"`
	WriteSec       float64 `json:"write_s"` // inside Store.Write
	// DerivedSec is the recount of speaker and mention counts that
	// `claimgraph load` runs after a load, timed apart from the load.
	DerivedSec     float64       `json:"derived_s"`
	ArticlesPerSec float64       `json:"articles_per_s"`
	QuadsPerSec    float64       `json:"quads_per_s"`
	Curve          []bench.Point `json:"curve"`
	Batches        []int         `json:"batches"`
	// VmHWM is the kernel's peak RSS of the child, read by the child from
	// /proc/self/status just before it exits.
	VmHWM      int64       `json:"vm_hwm"`
	Final      bench.Mem   `json:"final_mem"`
	Sampled    bench.Peaks `json:"sampled"` // by the parent, from /proc/PID/status
	GoMemLimit int64       `json:"go_mem_limit"`
	Workers    int         `json:"workers"`
	BatchQuads int         `json:"batch_quads"`
}

type benchRaw struct {
	bench.RawResult
	VmHWM   int64       `json:"vm_hwm"`
	Sampled bench.Peaks `json:"sampled"`
}

type benchQuery struct {
	Name   string            `json:"name"`
	Params map[string]string `json:"params"`
	Rows   int               `json:"rows"`
	// Error and HTTPErr are the last error of the runs, and Errors and
	// HTTPErrors how many runs failed (timed all the same).
	Error      string        `json:"error,omitempty"`
	Errors     int           `json:"errors,omitempty"`
	InProc     bench.Latency `json:"in_process"`
	HTTP       bench.Latency `json:"http"`
	HTTPErr    string        `json:"http_error,omitempty"`
	HTTPErrors int           `json:"http_errors,omitempty"`
}

func runBench(cmd *cobra.Command, v *viper.Viper, o benchOptions) error {
	ctx := cmd.Context()
	out := cmd.OutOrStdout()
	start := time.Now()
	rep := &benchReport{Started: start.UTC(), Command: strings.Join(os.Args, " "), Machine: machineInfo()}
	rep.Settings = map[string]any{
		"replays": o.Replays, "limit": o.Limit, "runs": o.Runs, "query_budget": o.Budget.String(), "step": o.Step,
		"workers": v.GetInt("workers"), "batch_quads": config.BatchQuads(v, false), "nosync": v.GetBool("nosync"),
		"bolt_bloom": v.GetBool("bolt.bloom"), "memory_limit": v.GetString("memory_limit"), "memory_max": o.MemoryMax,
		"GOGC": os.Getenv("GOGC"), "GOMEMLIMIT": os.Getenv("GOMEMLIMIT"),
	}
	if err := os.MkdirAll(o.Out, 0o755); err != nil {
		return fmt.Errorf("creating the output folder %s: %w", o.Out, err)
	}
	fmt.Fprintf(out, "claimgraph-bench: %s, %s cores, %s RAM, %s\n", rep.Machine["cpu"], rep.Machine["nproc"], rep.Machine["ram"], rep.Machine["go"])

	storePath := filepath.Join(o.Out, "bench.bolt")
	if o.QueriesOnly {
		if !cmd.Flags().Changed("db") {
			return errors.New("--queries-only needs --db FILE, the bolt store to query")
		}
		storePath = v.GetString("db")
		if _, err := os.Stat(storePath); err != nil {
			return fmt.Errorf("no store at %s: %w", storePath, err)
		}
	} else if err := runLoadStages(ctx, o, storePath, rep, out, cmd.ErrOrStderr()); err != nil {
		return err
	}
	rep.Store = storePath
	rep.StoreSize = fileSize(storePath)

	fmt.Fprintf(out, "timing every stored query, %d runs each, in process and over HTTP ...\n", o.Runs)
	if err := benchQueries(ctx, v, o, storePath, rep); err != nil {
		return err
	}
	rep.TotalSec = time.Since(start).Seconds()
	printBench(out, rep)
	js, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	jsonPath := filepath.Join(o.Out, "bench.json")
	if err := os.WriteFile(jsonPath, append(js, '\n'), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", jsonPath, err)
	}
	fmt.Fprintf(out, "\nevery figure: %s; bench ran for %s\n", jsonPath, time.Since(start).Round(time.Second))
	return nil
}

// runLoadStages builds the corpus, loads it in a child process and, unless
// --skip-raw, writes the same quads again without extraction in another,
// recording both in rep.
func runLoadStages(ctx context.Context, o benchOptions, storePath string, rep *benchReport, out, errw io.Writer) error {
	corpus := filepath.Join(o.Out, "corpus.jsonl")
	spool := filepath.Join(o.Out, "quads.nq")
	for _, p := range []string{corpus, spool, storePath, storePath + ".owner", filepath.Join(o.Out, "raw.bolt"), filepath.Join(o.Out, "raw.bolt.owner")} {
		if err := os.Remove(p); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("clearing %s: %w", p, err)
		}
	}
	sources := []string{filepath.Join(o.Data, "bbc", "articles.jsonl"), filepath.Join(o.Data, "reuters", "articles.jsonl")}
	for _, s := range sources {
		if _, err := os.Stat(s); err != nil {
			return fmt.Errorf("the benchmark corpus needs %s (set --data): %w", s, err)
		}
	}
	fmt.Fprintf(out, "building the corpus (%d replays) in %s ...\n", o.Replays, corpus)
	cs, err := writeCorpus(sources, o, corpus)
	if err != nil {
		return err
	}
	rep.Corpus = &cs
	fmt.Fprintf(out, "corpus: %d articles read, %d unique by identity (%d repeated ids dropped, %d texts repeated under distinct ids kept), %d rejected; %d documents written (%.0f MB)\n",
		cs.Read, cs.Unique, cs.DuplicateIDs, cs.DuplicateTexts, cs.Rejected, cs.Written, float64(cs.Bytes)/(1<<20))

	fmt.Fprintf(out, "loading %d documents through the load path (child process) ...\n", cs.Written)
	var load benchLoad
	peaks, err := runBenchChild(ctx, o, "load", errw)
	if err != nil {
		return err
	}
	if err := readJSONFile(filepath.Join(o.Out, "load.json"), &load); err != nil {
		return err
	}
	load.Sampled = peaks
	rep.Load = &load

	if !o.SkipRaw {
		fmt.Fprintf(out, "writing the same %d quads in %d transactions without extraction (child process) ...\n", load.QuadsSubmitted, len(load.Batches))
		var raw benchRaw
		peaks, err := runBenchChild(ctx, o, "raw", errw)
		if err != nil {
			return err
		}
		if err := readJSONFile(filepath.Join(o.Out, "raw.json"), &raw); err != nil {
			return err
		}
		raw.Sampled = peaks
		rep.Raw = &raw
		if raw.QuadsPerSec > 0 {
			rep.Ratio = load.QuadsPerSec / raw.QuadsPerSec
		}
	}
	if !o.KeepSpool {
		_ = os.Remove(spool)
	}
	return nil
}

func writeCorpus(sources []string, o benchOptions, path string) (bench.CorpusStats, error) {
	f, err := os.Create(path)
	if err != nil {
		return bench.CorpusStats{}, fmt.Errorf("creating the corpus %s: %w", path, err)
	}
	cs, err := bench.BuildCorpus(sources, o.Replays, o.Limit, f)
	if e := f.Close(); err == nil && e != nil {
		err = fmt.Errorf("writing the corpus %s: %w", path, e)
	}
	return cs, err
}

// runBenchChild runs this program's bench stage in a child process, so
// that its peak memory is its own, and samples the child's memory.
func runBenchChild(ctx context.Context, o benchOptions, stage string, errw io.Writer) (bench.Peaks, error) {
	exe, err := os.Executable()
	if err != nil {
		return bench.Peaks{}, fmt.Errorf("finding this program to run the %s stage: %w", stage, err)
	}
	args := []string{"--stage", stage, "--out", o.Out, "--step", fmt.Sprint(o.Step)}
	if o.SkipRaw {
		args = append(args, "--skip-raw")
	}
	if o.Config != "" {
		args = append([]string{"--config", o.Config}, args...)
	}
	var group *bench.MemoryGroup
	if o.MemoryMax != "" {
		group, err = bench.NewMemoryGroup(fmt.Sprintf("claimgraph-bench-%d-%s", os.Getpid(), stage), o.MemoryMax)
		if err != nil {
			return bench.Peaks{}, fmt.Errorf("--memory-max: %w", err)
		}
		defer group.Remove() //nolint:errcheck // an empty group left behind costs nothing
		// The child must be born in the group, or its first allocations
		// escape the limit: this process enters, starts it, and leaves.
		if err := group.Enter(os.Getpid()); err != nil {
			return bench.Peaks{}, fmt.Errorf("--memory-max: %w", err)
		}
	}
	c := exec.CommandContext(ctx, exe, args...)
	c.Stdout, c.Stderr = errw, errw
	err = c.Start()
	if group != nil {
		if lerr := group.Leave(os.Getpid()); lerr != nil && err == nil {
			err = lerr
		}
	}
	if err != nil {
		if c.Process != nil {
			_ = c.Process.Kill()
			_ = c.Wait()
		}
		return bench.Peaks{}, fmt.Errorf("starting the %s stage: %w", stage, err)
	}
	s := bench.StartSampler(c.Process.Pid, 100*time.Millisecond)
	err = c.Wait()
	peaks := s.Stop()
	if group != nil {
		gs := group.Stats()
		peaks.Group = &gs
		if err != nil {
			return peaks, fmt.Errorf("the %s stage failed in a memory cgroup limited to %s (limit reached %d times, %d processes killed for memory): %w", stage, o.MemoryMax, gs.LimitHits, gs.OOMKills, err)
		}
	}
	if err != nil {
		return peaks, fmt.Errorf("the %s stage failed: %w", stage, err)
	}
	return peaks, nil
}

// benchStore opens a fresh bolt store for a child stage with the user's
// store settings.
func benchStore(ctx context.Context, v *viper.Viper, path string) (*graph.Store, error) {
	cfg := config.Store(v, "bench")
	cfg.Backend, cfg.Address = graph.Bolt, path
	return graph.Open(ctx, cfg)
}

func benchLoadChild(ctx context.Context, v *viper.Viper, o benchOptions, errw io.Writer) error {
	// The collector's pace of `claimgraph load`, so that the peak RSS
	// measured is a load's.
	if _, _, err := config.ApplyLoadGC(v); err != nil {
		return err
	}
	storePath, err := filepath.Abs(filepath.Join(o.Out, "bench.bolt"))
	if err != nil {
		return err
	}
	st, err := benchStore(ctx, v, storePath)
	if err != nil {
		return err
	}
	defer st.Close()
	spool := filepath.Join(o.Out, "quads.nq")
	if o.SkipRaw {
		spool = "" // nothing will read it: spare the load the work
	}
	rec, err := bench.NewRecorder(st, o.Step, spool)
	if err != nil {
		return err
	}
	rec.StorePath = storePath
	rec.Log = errw
	opts := load.Options{Workers: v.GetInt("workers"), BatchQuads: config.BatchQuads(v, false), Progress: isTerminal(os.Stderr)}
	rec.Start()
	sum, err := load.Articles(ctx, rec, []string{filepath.Join(o.Out, "corpus.jsonl")}, nil, errw, opts)
	if err != nil {
		return err
	}
	batches, err := rec.Finish()
	if err != nil {
		return err
	}
	arts, quads, wt := rec.Totals()
	t0 := time.Now()
	if err := st.RefreshDerived(ctx); err != nil {
		return err
	}
	derived := time.Since(t0)
	// The parent counts the store's quads: an exact count reads every
	// page, which would put the whole file in this process's RSS.
	if err := st.Close(); err != nil {
		return fmt.Errorf("closing the store: %w", err)
	}
	m, _ := bench.ReadMem(0)
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	res := benchLoad{
		Articles: arts, Rejected: sum.Rejected, QuadsSubmitted: quads, QuadsAdded: sum.Quads,
		ElapsedSec: sum.Elapsed.Seconds(), WriteSec: wt.Seconds(), DerivedSec: derived.Seconds(),
		ArticlesPerSec: float64(arts) / sum.Elapsed.Seconds(), QuadsPerSec: float64(quads) / sum.Elapsed.Seconds(),
		Curve: rec.Curve, Batches: batches, VmHWM: m.HWM, Final: m,
		GoMemLimit: debug.SetMemoryLimit(-1), Workers: workers, BatchQuads: opts.BatchQuads,
	}
	return writeJSONFile(filepath.Join(o.Out, "load.json"), res)
}

func benchRawChild(ctx context.Context, v *viper.Viper, o benchOptions) error {
	var load benchLoad
	if err := readJSONFile(filepath.Join(o.Out, "load.json"), &load); err != nil {
		return err
	}
	st, err := benchStore(ctx, v, filepath.Join(o.Out, "raw.bolt"))
	if err != nil {
		return err
	}
	defer st.Close()
	r, err := bench.RawWrite(ctx, st.QS, filepath.Join(o.Out, "quads.nq"), load.Batches)
	if err != nil {
		return err
	}
	if err := st.Close(); err != nil {
		return fmt.Errorf("closing the store: %w", err)
	}
	m, _ := bench.ReadMem(0)
	return writeJSONFile(filepath.Join(o.Out, "raw.json"), benchRaw{RawResult: r, VmHWM: m.HWM})
}

// benchQueries times every stored query on the store at path, with
// parameters picked from the data in it.
func benchQueries(ctx context.Context, v *viper.Viper, o benchOptions, path string, rep *benchReport) error {
	set, err := config.Queries(v)
	if err != nil {
		return err
	}
	cfg := config.Store(v, "bench")
	cfg.Backend, cfg.Address = graph.Bolt, path
	st, err := graph.Open(ctx, cfg)
	if err != nil {
		return err
	}
	defer st.Close()
	timeout := v.GetDuration("serve.query_timeout")
	limit := v.GetInt("serve.result_cap")
	if rep.Load != nil {
		n, err := st.Count(ctx)
		if err != nil {
			return err
		}
		rep.Load.QuadsInStore = n
	}
	picked := pickParams(ctx, st, set, limit, timeout)
	rep.Params = picked

	// The real handler, on a loopback port, with the answer cache off so
	// that every request runs its query.
	srv := graph.NewServer(st, set, graph.ServeConfig{
		QueryTimeout: timeout, ResultCap: limit, CacheEntries: -1,
		MaxConcurrent: v.GetInt("serve.max_concurrent"),
		Logger:        discardLogger(),
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("listening on a loopback port for the HTTP timings: %w", err)
	}
	hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = hs.Serve(ln) }()
	defer hs.Close()
	base := "http://" + ln.Addr().String()
	client := &http.Client{Timeout: timeout + 10*time.Second}

	for _, q := range set.List() {
		for _, params := range queryVariants(q, picked) {
			bq := benchQuery{Name: q.Name, Params: params}
			if _, err := set.Bind(q, params); err != nil {
				bq.Error = err.Error()
				rep.Queries = append(rep.Queries, bq)
				continue
			}
			var ds []time.Duration
			began := time.Now()
			for i := 0; i < o.Runs && (i < 3 || time.Since(began) < o.Budget); i++ {
				t := time.Now()
				ans, err := st.RunStored(ctx, set, q, params, limit, timeout)
				rows := ans.Rows
				ds = append(ds, time.Since(t))
				if err != nil {
					bq.Error = err.Error()
					bq.Errors++
					continue
				}
				bq.Rows = len(rows)
			}
			bq.InProc = bench.Summarise(ds)
			bq.HTTP, bq.HTTPErr, bq.HTTPErrors = timeHTTP(ctx, client, base, q.Name, params, o)
			rep.Queries = append(rep.Queries, bq)
			fmt.Fprintf(os.Stderr, "  %-20s %-40s p50 %7.1f ms  p95 %7.1f ms (http p95 %7.1f ms)\n", q.Name, fmtParams(params), bq.InProc.P50, bq.InProc.P95, bq.HTTP.P95)
		}
	}
	return nil
}

// timeHTTP times one stored query over HTTP, o.Runs times or until
// o.Budget is spent (at least 3 runs); it returns the latencies, the last
// error and how many runs failed.
func timeHTTP(ctx context.Context, client *http.Client, base, name string, params map[string]string, o benchOptions) (bench.Latency, string, int) {
	vals := url.Values{}
	for k, val := range params {
		vals.Set(k, val)
	}
	u := base + "/api/queries/" + url.PathEscape(name)
	if len(vals) > 0 {
		u += "?" + vals.Encode()
	}
	var ds []time.Duration
	var last string
	failed := 0
	began := time.Now()
	for i := 0; i < o.Runs && (i < 3 || time.Since(began) < o.Budget); i++ {
		t := time.Now()
		status, err := httpGet(ctx, client, u)
		ds = append(ds, time.Since(t))
		if err == nil && status != http.StatusOK {
			err = fmt.Errorf("HTTP %d", status)
		}
		if err != nil {
			last = err.Error()
			failed++
		}
	}
	return bench.Summarise(ds), last, failed
}

func httpGet(ctx context.Context, c *http.Client, u string) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return 0, err
	}
	resp, err := c.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	_, err = io.Copy(io.Discard, resp.Body)
	return resp.StatusCode, err
}

// pickParams finds parameter values that exist in the store: the top
// speaker, the top organization speaking, an article that quotes the top
// speaker, an entity and an event type. It asks the stored queries
// themselves, so it works whatever they look like inside, and leaves out
// what it cannot find.
func pickParams(ctx context.Context, st *graph.Store, set *queries.Set, limit int, timeout time.Duration) map[string]string {
	p := map[string]string{}
	first := func(name string, params map[string]string, col string) string {
		q, ok := set.Get(name)
		if !ok {
			return ""
		}
		ans, err := st.RunStored(ctx, set, q, params, limit, 4*timeout)
		if err != nil {
			return ""
		}
		rows := ans.Rows
		for _, r := range rows {
			if m, ok := r.(map[string]any); ok {
				if s, ok := m[col].(string); ok && s != "" {
					return s
				}
			}
		}
		return ""
	}
	if s := first("top-speakers", map[string]string{"type": "Person"}, "speaker"); s != "" {
		p["speaker"] = s
	} else if s := first("top-speakers", nil, "speaker"); s != "" {
		p["speaker"] = s
	}
	if s := first("top-speakers", map[string]string{"type": "Organization"}, "speaker"); s != "" {
		p["organization"] = s
		p["entity"] = s
	}
	if p["speaker"] != "" {
		if a := first("what-did-X-say", map[string]string{"speaker": p["speaker"]}, "article"); a != "" {
			p["id"] = a
		}
	}
	// A quote that several articles carry, for quote-history.
	if s := first("most-repeated", nil, "content"); s != "" {
		p["text"] = s
	}
	// An event type that exists: the store's own vocabulary, read directly.
	rows, _ := st.RunGizmo(ctx, `g.V("<http://schema.org/Event>").In("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>").Out("<https://w3id.org/claimgraph/ns#eventType>").Limit(1).All()`, 10, timeout)
	for _, r := range rows {
		if m, ok := r.(map[string]any); ok {
			if s, ok := m["id"].(string); ok && s != "" {
				p["event"] = strings.Trim(s, `"`)
			}
		}
	}
	return p
}

// queryVariants are the parameter sets a query is timed with: its
// required parameters only (what a first request looks like) and, when it
// takes an optional entity, event, about, speaker or article, those
// filled too.
func queryVariants(q queries.Query, picked map[string]string) []map[string]string {
	alias := map[string]string{"about": "entity", "article": "id"}
	value := func(name string) string {
		if a, ok := alias[name]; ok {
			return picked[a]
		}
		return picked[name]
	}
	base := map[string]string{}
	full := map[string]string{}
	narrowing := map[string]bool{"entity": true, "event": true, "about": true, "speaker": true, "article": true}
	extra := false
	for _, p := range q.Params {
		val := value(p.Name)
		if p.Required {
			base[p.Name], full[p.Name] = val, val
			continue
		}
		if narrowing[p.Name] && val != "" {
			full[p.Name] = val
			extra = true
		}
	}
	out := []map[string]string{base}
	if extra {
		if q.Name == "claims-about" && full["entity"] != "" && full["event"] != "" {
			// One at a time: together they ask for claims about both.
			e, ev := maps2(full, "event"), maps2(full, "entity")
			return append(out, e, ev)
		}
		out = append(out, full)
	}
	return out
}

// maps2 returns a copy of m without key.
func maps2(m map[string]string, key string) map[string]string {
	c := make(map[string]string, len(m))
	for k, v := range m {
		if k != key {
			c[k] = v
		}
	}
	return c
}

func fmtParams(p map[string]string) string {
	keys := make([]string, 0, len(p))
	for k := range p {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		parts = append(parts, k+"="+p[k])
	}
	if len(parts) == 0 {
		return "(defaults)"
	}
	return strings.Join(parts, " ")
}

func printBench(w io.Writer, r *benchReport) {
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	if l := r.Load; l != nil {
		fmt.Fprintf(tw, "load\t%d articles (%d rejected), %d quads in transactions, %d in the store\n", l.Articles, l.Rejected, l.QuadsSubmitted, l.QuadsInStore)
		fmt.Fprintf(tw, "elapsed\t%.1f s (%.1f s inside Store.Write); %d workers, batches of %d quads\n", l.ElapsedSec, l.WriteSec, l.Workers, l.BatchQuads)
		fmt.Fprintf(tw, "derived counts\t%.1f s recounting speaker and mention counts after the load (as claimgraph load does)\n", l.DerivedSec)
		fmt.Fprintf(tw, "rate\t%.0f articles/s, %.0f quads/s\n", l.ArticlesPerSec, l.QuadsPerSec)
		fmt.Fprintf(tw, "peak RSS (VmHWM, child)\t%s\n", bench.MB(l.VmHWM))
		fmt.Fprintf(tw, "sampled every %s\tpeak RSS %s = anon %s + file %s; peak anon %s, peak file (bolt mmap) %s\n", l.Sampled.Interval,
			bench.MB(l.Sampled.RSS), bench.MB(l.Sampled.AnonAtPeakRSS), bench.MB(l.Sampled.FileAtPeakRSS), bench.MB(l.Sampled.RssAnon), bench.MB(l.Sampled.RssFile))
		if g := l.Sampled.Group; g != nil {
			fmt.Fprintf(tw, "memory cgroup	limit %s (page cache counted): peak charge %s, limit reached %d times, %d processes killed for memory\n", bench.MB(g.Limit), bench.MB(g.MaxUsage), g.LimitHits, g.OOMKills)
		}
	}
	if x := r.Raw; x != nil {
		fmt.Fprintf(tw, "raw Cayley writes\t%d quads in %d transactions: %.1f s in ApplyTransaction, %.0f quads/s; peak RSS %s\n", x.Quads, x.Batches, x.WriteSec, x.QuadsPerSec, bench.MB(x.VmHWM))
		fmt.Fprintf(tw, "pipeline / raw\t%.2f\n", r.Ratio)
	}
	fmt.Fprintf(tw, "store on disk\t%s (%s)\n", bench.MB(r.StoreSize), r.Store)
	tw.Flush()
	if r.Load != nil && len(r.Load.Curve) > 0 {
		fmt.Fprintln(w, "\nrate per step (window since the previous row):")
		tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintln(tw, "articles\telapsed s\tarticles/s\tquads/s\twrite s\tCPU s\tRSS MB\tanon MB\tfile MB\tbolt mmap MB\tstore MB\tload avg\t")
		for _, p := range r.Load.Curve {
			fmt.Fprintf(tw, "%d\t%.1f\t%.0f\t%.0f\t%.1f\t%.1f\t%d\t%d\t%d\t%d\t%d\t%.1f\t\n", p.Articles, p.Elapsed, p.ArticlesPerSec, p.QuadsPerSec, p.WriteSec, p.CPUSec, p.RSS>>20, p.RssAnon>>20, p.RssFile>>20, p.StoreMapped>>20, p.StoreBytes>>20, p.LoadAvg)
		}
		tw.Flush()
	}
	if len(r.Queries) > 0 {
		fmt.Fprintln(w, "\nstored queries (ms; HTTP through the real handler, answer cache off):")
		tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "query\tparams\trows\tp50\tp95\thttp p50\thttp p95\t")
		for _, q := range r.Queries {
			note := ""
			if q.Error != "" {
				note = fmt.Sprintf("%d/%d runs failed: %s", q.Errors, q.InProc.Runs, q.Error)
			}
			if q.HTTPErr != "" {
				note += fmt.Sprintf(" %d/%d HTTP runs failed: %s", q.HTTPErrors, q.HTTP.Runs, q.HTTPErr)
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%s\n", q.Name, fmtParams(q.Params), q.Rows, q.InProc.P50, q.InProc.P95, q.HTTP.P50, q.HTTP.P95, note)
		}
		tw.Flush()
	}
}

func machineInfo() map[string]string {
	m := map[string]string{"nproc": fmt.Sprint(runtime.NumCPU()), "go": runtime.Version(), "os": runtime.GOOS + "/" + runtime.GOARCH,
		"gomaxprocs": fmt.Sprint(runtime.GOMAXPROCS(0))}
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if k, val, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
				m["cpu"] = strings.TrimSpace(val)
				break
			}
		}
		f.Close()
	}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		var kb int64
		if _, err := fmt.Sscanf(string(b), "MemTotal: %d kB", &kb); err == nil {
			m["ram"] = fmt.Sprintf("%.1f GB", float64(kb)/(1<<20))
		}
	}
	return m
}

func fileSize(p string) int64 {
	st, err := os.Stat(p)
	if err != nil {
		return 0
	}
	return st.Size()
}

func readJSONFile(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	return nil
}

func writeJSONFile(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

func discardLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
