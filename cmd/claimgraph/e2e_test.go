package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimgraph/claimgraph/internal/sharedtest"
)

// binPath is the claimgraph binary built once by TestMain for the tests
// that run it as a user would.
var binPath string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "claimgraph-bin")
	if err != nil {
		panic(err)
	}
	binPath = filepath.Join(dir, "claimgraph")
	if out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput(); err != nil {
		os.RemoveAll(dir)
		panic("go build: " + string(out))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func buildBinary(t *testing.T) string {
	t.Helper()
	return binPath
}

type result struct {
	stdout, stderr string
	code           int
}

func runBin(t *testing.T, dir, bin string, args ...string) result {
	t.Helper()
	return runBinEnv(t, dir, bin, nil, args...)
}

// runBinEnv runs the binary with extra environment variables, and fails
// the test if it runs for more than two minutes (a hang).
func runBinEnv(t *testing.T, dir, bin string, env []string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "CLAIMGRAPH_DB=", "CLAIMGRAPH_BACKEND="), env...)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	require.NoError(t, ctx.Err(), "claimgraph %s hung", strings.Join(args, " "))
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return result{o.String(), e.String(), code}
}

// startServer runs `claimgraph ARGS... serve` on a free loopback port
// until the test ends, and returns its base URL.
func startServer(t *testing.T, dir, bin string, args ...string) string {
	t.Helper()
	srv := exec.Command(bin, append(args, "serve", "--addr", "127.0.0.1:0")...)
	srv.Dir = dir
	srv.Env = append(os.Environ(), "CLAIMGRAPH_DB=", "CLAIMGRAPH_BACKEND=")
	stdout, err := srv.StdoutPipe()
	require.NoError(t, err)
	srv.Stderr = io.Discard
	require.NoError(t, srv.Start())
	t.Cleanup(func() { _ = srv.Process.Kill(); _ = srv.Wait() })
	line, err := bufio.NewReader(stdout).ReadString('\n')
	require.NoError(t, err)
	addr := regexp.MustCompile(`http://([0-9.:]+)/`).FindStringSubmatch(line)
	require.NotNil(t, addr, line)
	return "http://" + addr[1]
}

var summaryRe = regexp.MustCompile(`^loaded (\d+) articles? \((\d+) new, (\d+) replaced\), rejected (\d+); (\d+) quads written in [\d.]+s`)

func TestEndToEndExamples(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	examples, err := filepath.Abs(filepath.Join("..", "..", "examples"))
	require.NoError(t, err)
	db := filepath.Join(dir, "g.bolt")

	r := runBin(t, dir, bin, "--db", db, "load", examples)
	require.Equal(t, 0, r.code, r.stderr)
	m := summaryRe.FindStringSubmatch(strings.TrimSpace(r.stdout))
	require.NotNil(t, m, "summary line: %q", r.stdout)
	assert.Equal(t, []string{"6", "6", "0", "0"}, m[1:5])

	// Loading again replaces and never duplicates.
	before := runBin(t, dir, bin, "--db", db, "export")
	r = runBin(t, dir, bin, "--db", db, "load", examples)
	require.Equal(t, 0, r.code, r.stderr)
	m = summaryRe.FindStringSubmatch(strings.TrimSpace(r.stdout))
	require.NotNil(t, m)
	assert.Equal(t, []string{"6", "0", "6", "0", "0"}, m[1:6], "a re-load replaces all six and writes nothing new")
	after := runBin(t, dir, bin, "--db", db, "export")
	assert.Equal(t, strings.Count(before.stdout, "\n"), strings.Count(after.stdout, "\n"))

	r = runBin(t, dir, bin, "--db", db, "query", "run", "who-said-what", "--param", "speaker=Elena Varga", "--format", "json")
	require.Equal(t, 0, r.code, r.stderr)
	var rows []map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &rows))
	require.Len(t, rows, 4, "two claims in example-wire-1, two in example-post-1")
	for _, row := range rows {
		assert.Equal(t, "Elena Varga", row["speaker"])
		assert.Contains(t, []string{"example-wire-1", "example-post-1"}, row["article"])
	}

	// One quotation for her quote in three articles, one of which puts
	// it in Marek Novak's mouth.
	r = runBin(t, dir, bin, "--db", db, "query", "run", "quote-history", "--param", "text=there will be no plan", "--format", "json")
	require.Equal(t, 0, r.code, r.stderr)
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &rows))
	require.Len(t, rows, 3)
	assert.Equal(t, []any{"example-wire-1", "example-post-1", "example-herald-1"}, []any{rows[0]["article"], rows[1]["article"], rows[2]["article"]})
	r = runBin(t, dir, bin, "--db", db, "query", "run", "misattributed", "--format", "csv")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "Marek Novak")

	r = runBin(t, dir, bin, "--db", db, "query", "run", "no-comment", "--format", "csv")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "declined to comment")
	assert.Contains(t, r.stdout, "The national rail operator")

	// A bad input is named with its reason; the rest go on; exit is non-zero.
	bad := filepath.Join(dir, "bad")
	require.NoError(t, os.MkdirAll(bad, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(bad, "empty.txt"), nil, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(bad, "broken.jsonl"), []byte("{\"body\": \"A new article said nothing.\"}\n{\"body\": \n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(bad, "ok.txt"), []byte("Headline\n\nThe mayor said the bridge would reopen."), 0o644))
	r = runBin(t, dir, bin, "--db", db, "load", bad)
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, "empty.txt")
	assert.Contains(t, r.stderr, "broken.jsonl:2")
	m = summaryRe.FindStringSubmatch(strings.TrimSpace(r.stdout))
	require.NotNil(t, m, r.stdout)
	assert.Equal(t, []string{"2", "2", "0", "2"}, m[1:5])

	// Export is N-Quads that Cayley's own parser reads back.
	r = runBin(t, dir, bin, "--db", db, "export", "--format", "nquads")
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stdout, "<http://schema.org/Claim>")
}

func TestServeOverHTTP(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	examples, _ := filepath.Abs(filepath.Join("..", "..", "examples"))
	db := filepath.Join(dir, "g.bolt")
	require.Equal(t, 0, runBin(t, dir, bin, "--db", db, "load", examples).code)

	base := startServer(t, dir, bin, "--db", db)

	get := func(path string, hdr map[string]string) (int, string) {
		req, _ := http.NewRequest("GET", base+path, nil)
		for k, v := range hdr {
			if k == "Host" {
				req.Host = v
			} else {
				req.Header.Set(k, v)
			}
		}
		resp, err := http.DefaultClient.Do(req)
		require.NoError(t, err)
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}

	code, body := get("/api/queries/who-said-what?speaker="+url.QueryEscape("Lina Park"), nil)
	require.Equal(t, 200, code, body)
	var res struct {
		Rows []map[string]any `json:"rows"`
	}
	require.NoError(t, json.Unmarshal([]byte(body), &res))
	require.Len(t, res.Rows, 1)
	assert.Contains(t, res.Rows[0]["content"], "Crews have been working")

	q := `g.V("<http://schema.org/Claim>").In("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>").Count()`
	resp, err := http.Post(base+"/api/v2/query?lang=gizmo", "application/javascript", strings.NewReader(q))
	require.NoError(t, err)
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	require.Equal(t, 200, resp.StatusCode, string(b))
	assert.Contains(t, string(b), `"result"`)

	code, _ = get("/api/queries", map[string]string{"Origin": "http://evil.example"})
	assert.Equal(t, http.StatusForbidden, code, "cross-origin requests are refused")
	code, _ = get("/api/queries", map[string]string{"Host": "rebind.example:64210"})
	assert.Equal(t, http.StatusForbidden, code, "foreign Host headers are refused")

	resp, err = http.Post(base+"/api/v2/write", "application/n-quads", strings.NewReader(`<a> <b> <c> .`))
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusForbidden, resp.StatusCode, "the server is read-only by default")

	// A second process gets a clear message, not a hang, while serve holds the file.
	start := time.Now()
	r := runBin(t, dir, bin, "--db", db, "load", examples)
	assert.NotEqual(t, 0, r.code)
	assert.Contains(t, r.stderr, "in use by another claimgraph serve process")
	assert.Less(t, time.Since(start), 30*time.Second)
}

func TestSeedFixture(t *testing.T) {
	shared := sharedtest.Path(t)
	bin := buildBinary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "g.bolt")
	r := runBin(t, dir, bin, "--db", db, "load", filepath.Join(shared, "fixtures", "kabul-talks.txt"))
	require.Equal(t, 0, r.code, r.stderr)

	r = runBin(t, dir, bin, "--db", db, "query", "run", "who-said-what", "--param", "speaker=Zabihullah Mujahid", "--format", "json")
	require.Equal(t, 0, r.code, r.stderr)
	var rows []map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &rows))
	require.Len(t, rows, 2, "his two quotes")
	assert.True(t, strings.HasPrefix(rows[0]["content"].(string), "Talks have taken place in Kabul"))
	assert.True(t, strings.HasPrefix(rows[1]["content"].(string), "The Islamic Emirate of Afghanistan"))
	assert.Equal(t, "Twitter", rows[1]["channel"])

	r = runBin(t, dir, bin, "--db", db, "query", "run", "no-comment", "--format", "json")
	require.Equal(t, 0, r.code, r.stderr)
	rows = nil
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &rows))
	require.Len(t, rows, 2)
	got := map[string]string{}
	for _, row := range rows {
		got[row["topic"].(string)] = row["who"].(string)
	}
	assert.Equal(t, map[string]string{"the talks": "Pakistan", "the strike": "Pakistan"}, got)
	texts := []string{rows[0]["who_text"].(string), rows[1]["who_text"].(string)}
	assert.ElementsMatch(t, []string{"Pakistani government officials", "Pakistan"}, texts)

	// The extract output passes the reference scorer at the full bar.
	if _, err := exec.LookPath("python3"); err == nil {
		r = runBin(t, dir, bin, "extract", filepath.Join(shared, "fixtures", "kabul-talks.txt"))
		require.Equal(t, 0, r.code, r.stderr)
		pred := filepath.Join(dir, "seed.jsonl")
		require.NoError(t, os.WriteFile(pred, []byte(r.stdout), 0o644))
		out, err := exec.Command("python3", filepath.Join(shared, "eval", "score_extract.py"), "seed",
			filepath.Join(shared, "fixtures", "kabul-talks.gold.json"), pred, "--bar", "full").CombinedOutput()
		assert.NoError(t, err, "%s", out)
	}
}
