package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/cayleygraph/quad/nquads"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/internal/pgtest"
	"github.com/claimgraph/claimgraph/schema"
)

// The crash tests kill `claimgraph load` with SIGKILL at chosen points
// and check issue #6's promise, "nothing lost": the store opens, holds
// only whole articles, and running the same command again ends with the
// graph a clean load gives. They run the binary, so they test whatever
// each backend's writer does.

// crashBackend is a store kind under test: the corpus to load (small
// batches make it 15 to 35 commits to kill between; kept small because
// the re-run after each kill replaces every article already stored, and
// on bolt each replace scans the whole store, which has no label index),
// and how to get a new, empty store of that kind.
type crashBackend struct {
	name       string
	copies     int // copies of the four example articles
	batchQuads int // small, so that a load makes many commits to kill between
	fresh      func(t *testing.T, dir string, n int) []string
	// notCompared are stored queries whose rows this backend does not
	// give the same on two stores holding the same quads, or that take
	// too long for CI here, with why.
	notCompared map[string]string
}

var crashBackends = []crashBackend{
	{
		name: "bolt", copies: 40, batchQuads: 500,
		fresh: func(t *testing.T, dir string, n int) []string {
			return []string{"--backend", "bolt", "--db", filepath.Join(dir, fmt.Sprintf("store-%d.bolt", n))}
		},
	},
	{
		name: "postgres", copies: 20, batchQuads: 500,
		fresh: func(t *testing.T, dir string, n int) []string {
			return []string{"--backend", "postgres", "--db", pgtest.Fresh(t)}
		},
		notCompared: map[string]string{
			"no-comment": "takes about 10 s per run on Cayley's SQL backend with this corpus",
		},
	},
}

// killPoint says when to kill: during the write of commit `after` (a
// fraction of the clean load's commits, at least the first), as soon as
// the load says it is writing it, or, when not `during`, once that
// commit is done and `delay` of the way into the next one's interval.
// Every stored query is compared at one kill point only: a query run
// costs about a second, and the sorted export, compared at every point,
// already shows the same quads.
//
// A kill point with a mark kills the load at the first line on standard
// error that starts with it instead: "recounting" as the final recount
// of the derived values starts, "recounted 1" once its first
// transaction has committed (issue 16: a re-run used to skip the
// recount, leaving top-speakers empty).
type killPoint struct {
	name    string
	after   float64
	during  bool
	delay   float64
	mark    string
	queries bool
}

var killPoints = []killPoint{
	{name: "early", after: 0, during: true},
	{name: "mid", after: 0.5, delay: 0.5, queries: true},
	{name: "late", after: 0.85, during: true},
	{name: "recount-start", mark: "recounting"},
	{name: "recount-mid", mark: "recounted 1", queries: true},
}

func TestCrashKill9(t *testing.T) {
	buildBinary(t)
	for _, be := range crashBackends {
		t.Run(be.name, func(t *testing.T) {
			dir := t.TempDir()
			corpus, total := crashCorpus(t, dir, be.copies)
			env := []string{fmt.Sprintf("CLAIMGRAPH_BATCH_QUADS=%d", be.batchQuads), "CLAIMGRAPH_TEST_COMMIT_MARKS=1"}

			// The clean reference: one uninterrupted load.
			refStore := be.fresh(t, dir, 0)
			start := time.Now()
			r := runCG(t, dir, env, append(refStore, "load", corpus)...)
			require.Equal(t, 0, r.code, r.stderr)
			t.Logf("clean load: %s in %s", strings.TrimSpace(r.stdout), time.Since(start).Round(time.Millisecond))
			commits := len(commitMarks(r.stderr))
			require.GreaterOrEqual(t, commits, 8, "the corpus should need several commits")
			ref := exportGraph(t, dir, refStore)
			require.Len(t, ref.articles(), total)
			refRows := runAllQueries(t, dir, refStore, be.notCompared, true)

			for i, kp := range killPoints {
				t.Run(kp.name, func(t *testing.T) {
					store := be.fresh(t, dir, i+1)
					loadArgs := append(append([]string(nil), store...), "load", corpus)
					after := max(1, int(kp.after*float64(commits)))
					marks := loadAndKill(t, dir, env, loadArgs, kp, after)
					committed := 0
					if len(marks) > 0 {
						committed = marks[len(marks)-1].loaded
					}

					// The store opens at once (bolt: the killed process's
					// owner note is still there and must not block it).
					if be.name == "bolt" {
						require.FileExists(t, store[3]+".owner", "the killed load leaves its owner note behind")
					}
					// A held lock would make export wait open_timeout (5 s)
					// and fail; a hang is caught by runCG's limit.
					crashed := exportGraph(t, dir, store)

					present := crashed.articles()
					when := "after"
					if kp.during {
						when = "while writing"
					}
					assert.GreaterOrEqual(t, len(present), committed, "every article reported committed is in the store")
					if kp.mark != "" {
						t.Logf("killed at %q: %d articles reported committed, %d in the store", kp.mark, committed, len(present))
						assert.Equal(t, total, len(present), "every article was committed before the recount")
					} else {
						t.Logf("killed %s commit %d of ~%d: %d articles reported committed, %d in the store", when, after, commits, committed, len(present))
						assert.Less(t, len(present), total, "the kill came before the load ended")
					}
					crashed.assertWholeArticles(t, ref)

					// Running the same command again completes the load.
					r := runCG(t, dir, env, loadArgs...)
					require.Equal(t, 0, r.code, r.stderr)
					m := summaryRe.FindStringSubmatch(strings.TrimSpace(r.stdout))
					require.NotNil(t, m, r.stdout)
					assert.Equal(t, []string{strconv.Itoa(total), strconv.Itoa(total - len(present)), strconv.Itoa(len(present)), "0"}, m[1:5],
						"the re-run loads every article and replaces exactly those the killed load committed")

					again := exportGraph(t, dir, store)
					assert.Equal(t, ref.count, again.count, "quad count after the re-run")
					if !assert.Equal(t, len(ref.lines), len(again.lines)) || !assert.True(t, ref.sameAs(again), "the sorted N-Quads export equals a clean load's") {
						t.Log(ref.diff(again))
					}
					if !kp.queries {
						return
					}
					rows := runAllQueries(t, dir, store, be.notCompared, false)
					for name, want := range refRows {
						assert.Equal(t, want, rows[name], "query %s gives the same rows as on a clean load", name)
					}
				})
			}
		})
	}
}

// crashCorpus writes `copies` copies of the example articles, each copy
// with fresh ids, as JSON Lines files, and returns their folder and the
// number of articles.
func crashCorpus(t *testing.T, dir string, copies int) (string, int) {
	t.Helper()
	examples, err := filepath.Abs(filepath.Join("..", "..", "examples"))
	require.NoError(t, err)
	var arts []map[string]any
	wire, err := os.ReadFile(filepath.Join(examples, "wire.jsonl"))
	require.NoError(t, err)
	for _, line := range strings.Split(strings.TrimSpace(string(wire)), "\n") {
		var a map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &a))
		arts = append(arts, a)
	}
	for _, name := range []string{"clinic-funding", "harbor-strike"} {
		b, err := os.ReadFile(filepath.Join(examples, name+".txt"))
		require.NoError(t, err)
		title, body, _ := strings.Cut(string(b), "\n")
		arts = append(arts, map[string]any{"id": name, "title": strings.TrimSpace(title), "body": strings.TrimSpace(body), "published": "2026-03-05"})
	}
	out := filepath.Join(dir, "corpus")
	require.NoError(t, os.MkdirAll(out, 0o755))
	const files = 4
	n := 0
	for f := 0; f < files; f++ {
		var buf bytes.Buffer
		for c := f * copies / files; c < (f+1)*copies/files; c++ {
			for _, a := range arts {
				cp := map[string]any{}
				for k, v := range a {
					cp[k] = v
				}
				cp["id"] = fmt.Sprintf("crash-%04d-%s", c, a["id"])
				b, err := json.Marshal(cp)
				require.NoError(t, err)
				buf.Write(b)
				buf.WriteByte('\n')
				n++
			}
		}
		require.NoError(t, os.WriteFile(filepath.Join(out, fmt.Sprintf("part-%d.jsonl", f)), buf.Bytes(), 0o644))
	}
	return out, n
}

// runCG runs the test binary with extra environment variables.
func runCG(t *testing.T, dir string, env []string, args ...string) result {
	t.Helper()
	return runBinEnv(t, dir, binPath, env, args...)
}

// commitMark is one "committed N SOURCE" line of a load.
type commitMark struct {
	loaded int
	source string
	at     time.Time
}

var commitMarkRe = regexp.MustCompile(`^committed (\d+) (.+)$`)

func parseCommitMark(line string) (commitMark, bool) {
	m := commitMarkRe.FindStringSubmatch(line)
	if m == nil {
		return commitMark{}, false
	}
	n, _ := strconv.Atoi(m[1])
	return commitMark{loaded: n, source: m[2], at: time.Now()}, true
}

func commitMarks(stderr string) []commitMark {
	var out []commitMark
	for _, line := range strings.Split(stderr, "\n") {
		if m, ok := parseCommitMark(line); ok {
			out = append(out, m)
		}
	}
	return out
}

// loadAndKill starts a load and kills it with SIGKILL: at the first line
// starting with kp.mark when it has one; when kp.during, as soon as it
// says it is writing commit number `after`; otherwise once that commit
// is done, kp.delay of the last interval between commits later. It
// returns the commits the load reported before the kill.
func loadAndKill(t *testing.T, dir string, env, args []string, kp killPoint, after int) []commitMark {
	t.Helper()
	cmd := exec.Command(binPath, args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "CLAIMGRAPH_DB=", "CLAIMGRAPH_BACKEND="), env...)
	stderr, err := cmd.StderrPipe()
	require.NoError(t, err)
	start := time.Now()
	require.NoError(t, cmd.Start())
	lines := make(chan string)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			lines <- sc.Text()
		}
	}()
	var marks []commitMark
	var other []string
	writes, killed := 0, false
	kill := func() {
		if !killed {
			_ = cmd.Process.Signal(syscall.SIGKILL)
			killed = true
		}
	}
	timeout := time.After(2 * time.Minute)
wait:
	for {
		select {
		case line, ok := <-lines:
			if !ok {
				break wait
			}
			if kp.mark != "" && strings.HasPrefix(line, kp.mark) {
				kill()
				continue
			}
			if strings.HasPrefix(line, "writing ") {
				if writes++; kp.mark == "" && kp.during && writes == after {
					kill()
				}
				continue
			}
			m, isMark := parseCommitMark(line)
			if !isMark {
				other = append(other, line)
				continue
			}
			if !killed {
				marks = append(marks, m)
			}
			if kp.mark == "" && !kp.during && len(marks) == after && !killed {
				prev := start
				if len(marks) > 1 {
					prev = marks[len(marks)-2].at
				}
				time.Sleep(time.Duration(kp.delay * float64(m.at.Sub(prev))))
				kill()
			}
		case <-timeout:
			kill()
			t.Errorf("the load made no progress for two minutes (after %d commits)", len(marks))
		}
	}
	_ = cmd.Wait()
	ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
	require.True(t, ws.Signaled() && ws.Signal() == syscall.SIGKILL,
		"the load ended by itself before the kill point (%s after %d commits); make the corpus larger: %s", cmd.ProcessState, len(marks), strings.Join(other, "\n"))
	return marks
}

// graphDump is a store's export: its N-Quads lines, sorted, and the
// owned quads of each article (keyed by label) and the shared ones.
type graphDump struct {
	count  int
	lines  []string
	owned  map[string]map[string]bool
	shared map[string]bool
	// subjects and objects of owned quads: what the articles present
	// refer to, which every shared quad's subject must be.
	referenced map[string]bool
	sharedSubj map[string]string
}

var exportedRe = regexp.MustCompile(`exported (\d+) quads`)

func exportGraph(t *testing.T, dir string, store []string) graphDump {
	t.Helper()
	r := runCG(t, dir, nil, append(append([]string(nil), store...), "export", "--format", "nquads")...)
	require.Equal(t, 0, r.code, "the store opens after the crash: %s", r.stderr)
	m := exportedRe.FindStringSubmatch(r.stderr)
	require.NotNil(t, m, r.stderr)
	g := graphDump{owned: map[string]map[string]bool{}, shared: map[string]bool{}, referenced: map[string]bool{}, sharedSubj: map[string]string{}}
	g.count, _ = strconv.Atoi(m[1])
	for _, line := range strings.Split(r.stdout, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		q, err := nquads.Parse(line)
		require.NoError(t, err, "export line %q", line)
		g.lines = append(g.lines, line)
		if q.Label == nil {
			g.shared[line] = true
			g.sharedSubj[line] = q.Subject.String()
			continue
		}
		l := q.Label.String()
		if l == schema.Derived.String() {
			// Derived counts are recounted at the end of a load, so
			// after a kill they describe the last finished load; they
			// take part in the comparison after the re-run (g.lines),
			// but they are not an article.
			continue
		}
		if g.owned[l] == nil {
			g.owned[l] = map[string]bool{}
		}
		g.owned[l][line] = true
		g.referenced[q.Subject.String()] = true
		g.referenced[q.Object.String()] = true
	}
	sort.Strings(g.lines)
	require.Len(t, g.lines, g.count, "the export writes every quad it counts")
	return g
}

func (g graphDump) articles() []string {
	out := make([]string, 0, len(g.owned))
	for l := range g.owned {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// assertWholeArticles checks that every article in g is exactly as in a
// clean load, and that no shared quad is there without an article that
// refers to its subject.
func (g graphDump) assertWholeArticles(t *testing.T, ref graphDump) {
	t.Helper()
	for label, quads := range g.owned {
		want, ok := ref.owned[label]
		if !assert.True(t, ok, "quads labelled %s, an article the clean load does not have", label) {
			continue
		}
		if len(quads) != len(want) {
			assert.Failf(t, "half an article", "%s has %d of its %d quads", label, len(quads), len(want))
			continue
		}
		for q := range quads {
			assert.True(t, want[q], "%s has a quad a clean load does not give it: %s", label, q)
		}
	}
	for q := range g.shared {
		assert.True(t, ref.shared[q], "a shared quad a clean load does not have: %s", q)
		assert.True(t, g.referenced[g.sharedSubj[q]], "an orphan shared quad, about nothing any article present refers to: %s", q)
	}
}

func (g graphDump) sameAs(o graphDump) bool {
	if len(g.lines) != len(o.lines) {
		return false
	}
	for i := range g.lines {
		if g.lines[i] != o.lines[i] {
			return false
		}
	}
	return true
}

// diff names a few quads one dump has and the other lacks.
func (g graphDump) diff(o graphDump) string {
	in := func(a, b graphDump) []string {
		set := map[string]bool{}
		for _, l := range b.lines {
			set[l] = true
		}
		var out []string
		for _, l := range a.lines {
			if !set[l] && len(out) < 5 {
				out = append(out, l)
			}
		}
		return out
	}
	return fmt.Sprintf("only in the clean load: %q\nonly after the re-run: %q", in(g, o), in(o, g))
}

// crashQueryParams are, for each stored query, parameters that make it
// return rows that do not depend on the order the store iterates in:
// one article, a filter by speaker (whose claims are taken oldest
// first, ties by IRI), or results small enough to be complete.
var crashQueryParams = map[string][]string{
	"article":            {"id=crash-0000-example-wire-1"},
	"article-text":       {"id=crash-0000-example-wire-1"},
	"article-marks":      {"id=crash-0000-example-wire-1"},
	"claims-about":       {"entity=Meridian Terminals"},
	"conflicting":        nil,
	"entities":           nil,
	"no-comment":         nil,
	"silent-mentioned":   {"article=crash-0000-harbor-strike"},
	"sources-of-article": {"id=crash-0000-example-wire-1"},
	"speakers-of":        {"organization=Westbrook Medical Association", "limit=5"},
	"timeline":           {"speaker=Elena Varga", "limit=5"},
	"top-speakers":       nil,
	"quote-history":      {"text=there will be no plan", "limit=5"},
	"first-said":         {"limit=5"},
	"most-repeated":      {"limit=5"},
	"misattributed":      {"limit=5"},
	"what-did-X-say":     {"speaker=Elena Varga", "limit=5"},
	"who-said-what":      {"speaker=Elena Varga", "limit=5"},
}

// noRows are the stored queries our example articles give no rows: no
// two speakers in them affirm and deny claims about the same thing, and
// the crash corpus (wire.jsonl and the .txt examples) gives each quote
// one speaker.
var noRows = map[string]bool{"conflicting": true, "misattributed": true}

// runAllQueries runs every stored query `query list` names and returns
// each one's rows as sorted JSON objects.
func runAllQueries(t *testing.T, dir string, store []string, skip map[string]string, wantRows bool) map[string][]string {
	t.Helper()
	r := runCG(t, dir, nil, append(append([]string(nil), store...), "query", "list")...)
	require.Equal(t, 0, r.code, r.stderr)
	out := map[string][]string{}
	for _, line := range strings.Split(r.stdout, "\n") {
		if line == "" || strings.HasPrefix(line, " ") {
			continue
		}
		name := strings.TrimSpace(line)
		params, ok := crashQueryParams[name]
		require.True(t, ok, "the crash test needs parameters for the stored query %s", name)
		if why, ok := skip[name]; ok {
			if wantRows {
				t.Logf("query %s not compared: %s", name, why)
			}
			continue
		}
		args := append(append([]string(nil), store...), "query", "run", name, "--format", "json")
		for _, p := range params {
			args = append(args, "--param", p)
		}
		qr := runCG(t, dir, nil, args...)
		require.Equal(t, 0, qr.code, "query %s: %s", name, qr.stderr)
		var rows []map[string]any
		require.NoError(t, json.Unmarshal([]byte(qr.stdout), &rows), "query %s", name)
		canon := make([]string, 0, len(rows))
		for _, row := range rows {
			// sources-of-article lists an entity's cues in the order the
			// store gives its claims, which two stores with the same
			// quads need not share.
			if cues, ok := row["cues"].(string); ok {
				list := strings.Split(cues, ", ")
				sort.Strings(list)
				row["cues"] = strings.Join(list, ", ")
			}
			b, err := json.Marshal(row)
			require.NoError(t, err)
			canon = append(canon, string(b))
		}
		sort.Strings(canon)
		if wantRows && !noRows[name] {
			require.NotEmpty(t, canon, "query %s returns rows on a clean load", name)
		}
		out[name] = canon
	}
	require.Len(t, out, len(crashQueryParams)-len(skip), "every query the test has parameters for is stored")
	return out
}

// cutProxy forwards TCP connections to a server until it is cut; then
// it closes every connection and refuses new ones, as a lost network or
// a crashed database server would.
type cutProxy struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	conns  []net.Conn
	cut    bool
}

func startCutProxy(t *testing.T, target string) *cutProxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	p := &cutProxy{ln: ln, target: target}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			up, err := net.Dial("tcp", target)
			p.mu.Lock()
			if err != nil || p.cut {
				p.mu.Unlock()
				c.Close()
				if up != nil {
					up.Close()
				}
				continue
			}
			p.conns = append(p.conns, c, up)
			p.mu.Unlock()
			go func() { _, _ = io.Copy(up, c); up.Close() }()
			go func() { _, _ = io.Copy(c, up); c.Close() }()
		}
	}()
	t.Cleanup(p.Cut)
	return p
}

func (p *cutProxy) Addr() string { return p.ln.Addr().String() }

func (p *cutProxy) Cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.cut = true
	p.ln.Close()
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

// stoppedRe matches the error a load that stopped ends with.
var stoppedRe = regexp.MustCompile(`claimgraph: the load stopped: (.+)\. (\d+) articles? (?:were|was) committed,(?: the last of them)? (\S+); running the same command again completes the load safely`)

// assertStoppedAfter checks a failed load's error against its commit
// marks: it names what failed and the last article committed, and the
// exit code is not zero.
func assertStoppedAfter(t *testing.T, r result, cause *regexp.Regexp) (committed int, last string) {
	t.Helper()
	assert.NotEqual(t, 0, r.code, "a load that lost its store exits non-zero")
	marks := commitMarks(r.stderr)
	require.NotEmpty(t, marks, r.stderr)
	m := stoppedRe.FindStringSubmatch(r.stderr)
	require.NotNil(t, m, "the error reads: %s", r.stderr)
	assert.Regexp(t, cause, m[1])
	lastMark := marks[len(marks)-1]
	assert.Equal(t, strconv.Itoa(lastMark.loaded), m[2], "the error counts the articles committed")
	assert.Equal(t, lastMark.source, m[3], "the error names the last article committed")
	t.Logf("the load ended: %s", m[0])
	assert.NotContains(t, r.stderr[strings.Index(r.stderr, "claimgraph:"):], "\n\t", "the error is one sentence, without a query's text")
	n, _ := strconv.Atoi(m[2])
	return n, m[3]
}

// TestLoadLostConnectionPostgres cuts the connection between a load and
// PostgreSQL after a few commits (a proxy in between closes every
// connection and refuses new ones).
func TestLoadLostConnectionPostgres(t *testing.T) {
	buildBinary(t)
	dsn := pgtest.Fresh(t)
	u, err := url.Parse(dsn)
	require.NoError(t, err)
	proxy := startCutProxy(t, u.Host)
	viaProxy := *u
	viaProxy.Host = proxy.Addr()

	dir := t.TempDir()
	corpus, total := crashCorpus(t, dir, 20)
	env := []string{"CLAIMGRAPH_BATCH_QUADS=1000", "CLAIMGRAPH_TEST_COMMIT_MARKS=1"}
	args := []string{"--backend", "postgres", "--db", viaProxy.String(), "load", corpus}

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, binPath, args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "CLAIMGRAPH_DB=", "CLAIMGRAPH_BACKEND="), env...)
	stderr, err := cmd.StderrPipe()
	require.NoError(t, err)
	var stdout bytes.Buffer
	cmd.Stdout = &stdout
	require.NoError(t, cmd.Start())
	var all strings.Builder
	sc := bufio.NewScanner(stderr)
	commits := 0
	for sc.Scan() {
		all.WriteString(sc.Text() + "\n")
		if _, ok := parseCommitMark(sc.Text()); ok {
			if commits++; commits == 3 {
				proxy.Cut()
			}
		}
	}
	err = cmd.Wait()
	require.NoError(t, ctx.Err(), "the load hung after losing its connection")
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	}
	require.GreaterOrEqual(t, commits, 3, "the load ended before the cut: %s", all.String())
	committed, _ := assertStoppedAfter(t, result{stdout.String(), all.String(), code}, regexp.MustCompile(`connection|EOF|broken pipe`))
	assert.Less(t, committed, total)

	// With the connection back, the same command completes the load.
	args[3] = dsn
	r := runCG(t, dir, env, args...)
	require.Equal(t, 0, r.code, r.stderr)
	m := summaryRe.FindStringSubmatch(strings.TrimSpace(r.stdout))
	require.NotNil(t, m, r.stdout)
	assert.Equal(t, strconv.Itoa(total), m[1])
	// A commit whose answer the cut lost may have landed too: at least
	// the articles reported committed are there to be replaced.
	replaced, _ := strconv.Atoi(m[3])
	assert.GreaterOrEqual(t, replaced, committed, "the re-run replaces the articles committed before the cut")
}

// TestLoadFullDiskBolt loads into a bolt file on a tmpfs too small for
// the corpus: a real "no space left on device". It needs root (mount);
// elsewhere TestLoadArticlesWriteFails covers the error with a failing
// writer.
func TestLoadFullDiskBolt(t *testing.T) {
	buildBinary(t)
	dir := t.TempDir()
	disk := filepath.Join(dir, "disk")
	require.NoError(t, os.MkdirAll(disk, 0o755))
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a small tmpfs here (needs root): %v: %s", err, out)
	}
	t.Cleanup(func() {
		if out, err := exec.Command("umount", disk).CombinedOutput(); err != nil {
			t.Logf("umount %s: %v: %s", disk, err, out)
		}
	})
	corpus, total := crashCorpus(t, dir, 40)
	env := []string{"CLAIMGRAPH_BATCH_QUADS=1000", "CLAIMGRAPH_TEST_COMMIT_MARKS=1"}
	store := []string{"--backend", "bolt", "--db", filepath.Join(disk, "g.bolt")}
	args := append(append([]string(nil), store...), "load", corpus)

	r := runCG(t, dir, env, args...)
	committed, _ := assertStoppedAfter(t, r, regexp.MustCompile(`no space left on device`))
	assert.Less(t, committed, total)

	// The store still opens and holds whole articles only, as a clean
	// load on a roomy disk gives them.
	g := exportGraph(t, dir, store)
	assert.GreaterOrEqual(t, len(g.articles()), committed)
	refStore := []string{"--backend", "bolt", "--db", filepath.Join(dir, "ref.bolt")}
	require.Equal(t, 0, runCG(t, dir, nil, append(append([]string(nil), refStore...), "load", corpus)...).code)
	g.assertWholeArticles(t, exportGraph(t, dir, refStore))

	// With room again, the same command completes the load.
	out, err := exec.Command("mount", "-o", "remount,size=64m", disk).CombinedOutput()
	require.NoError(t, err, "%s", out)
	r = runCG(t, dir, env, args...)
	require.Equal(t, 0, r.code, r.stderr)
	m := summaryRe.FindStringSubmatch(strings.TrimSpace(r.stdout))
	require.NotNil(t, m, r.stdout)
	assert.Equal(t, strconv.Itoa(total), m[1])
	assert.Equal(t, strconv.Itoa(len(g.articles())), m[3], "the re-run replaces exactly the articles the full disk let through")
}

// TestRepairAfterKilledRecount kills a load as its recount starts: the
// stored queries then warn that the counts are stale, and `claimgraph
// repair` makes the store a clean load's.
func TestRepairAfterKilledRecount(t *testing.T) {
	buildBinary(t)
	dir := t.TempDir()
	corpus, _ := crashCorpus(t, dir, 8)
	env := []string{"CLAIMGRAPH_BATCH_QUADS=500", "CLAIMGRAPH_TEST_COMMIT_MARKS=1"}
	ref := []string{"--db", filepath.Join(dir, "ref.bolt")}
	require.Equal(t, 0, runCG(t, dir, nil, append(append([]string(nil), ref...), "load", corpus)...).code)
	want := exportGraph(t, dir, ref)

	store := []string{"--db", filepath.Join(dir, "g.bolt")}
	loadAndKill(t, dir, env, append(append([]string(nil), store...), "load", corpus), killPoint{mark: "recounting"}, 0)
	r := runCG(t, dir, nil, append(append([]string(nil), store...), "query", "run", "top-speakers")...)
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stderr, "`claimgraph repair` recounts them", "a query on stale counts says so")

	// serve recounts a stale store before it answers.
	served := filepath.Join(dir, "served.bolt")
	require.NoError(t, copyFile(store[1], served))
	base := startServer(t, dir, binPath, "--db", served)
	resp, err := http.Get(base + "/api/derived")
	require.NoError(t, err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.JSONEq(t, `{"stale": false}`, string(body))

	r = runCG(t, dir, nil, append(append([]string(nil), store...), "repair")...)
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "(they were stale)")
	got := exportGraph(t, dir, store)
	if !assert.True(t, want.sameAs(got), "after repair, the sorted export equals a clean load's") {
		t.Log(want.diff(got))
	}
	r = runCG(t, dir, nil, append(append([]string(nil), store...), "query", "run", "top-speakers")...)
	assert.NotContains(t, r.stderr, "warning")
	r = runCG(t, dir, nil, append(append([]string(nil), store...), "repair")...)
	assert.Contains(t, r.stdout, "(they were up to date)")
}

func copyFile(from, to string) error {
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, b, 0o644)
}
