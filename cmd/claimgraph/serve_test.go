package main

import (
	"bufio"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestServeLoadThroughServerAndSIGTERM runs serve as a user would: a load
// through it with --server, a request in flight when SIGTERM arrives
// that still gets its answer, a clean exit, and JSON access logs.
func TestServeLoadThroughServerAndSIGTERM(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	examples, _ := filepath.Abs(filepath.Join("..", "..", "examples"))
	db := filepath.Join(dir, "g.bolt")
	env := append(os.Environ(), "CLAIMGRAPH_DB=", "CLAIMGRAPH_BACKEND=", "CLAIMGRAPH_SERVE_WRITE_TOKEN=s3cret")

	srv := exec.Command(bin, "--db", db, "serve", "--addr", "127.0.0.1:0")
	srv.Dir = dir
	srv.Env = append(env, "CLAIMGRAPH_SERVE_WRITABLE=true")
	stdout, err := srv.StdoutPipe()
	require.NoError(t, err)
	var logs strings.Builder
	srv.Stderr = &logs
	require.NoError(t, srv.Start())
	exited := make(chan error, 1)
	go func() { exited <- srv.Wait() }()
	t.Cleanup(func() { _ = srv.Process.Kill() })
	line, err := bufio.NewReader(stdout).ReadString('\n')
	require.NoError(t, err)
	addr := regexp.MustCompile(`http://([0-9.:]+)/`).FindStringSubmatch(line)
	require.NotNil(t, addr, line)
	base := "http://" + addr[1]

	load := exec.Command(bin, "load", "--server", base, examples)
	load.Dir, load.Env = dir, env
	out, err := load.CombinedOutput()
	require.NoError(t, err, string(out))
	assert.Regexp(t, `^loaded \d+ articles \(\d+ new, 0 replaced\)`, string(out))

	resp, err := http.Get(base + "/api/queries/who-said-what?speaker=Lina+Park")
	require.NoError(t, err)
	var res struct {
		Rows []map[string]any `json:"rows"`
	}
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&res))
	resp.Body.Close()
	require.Len(t, res.Rows, 1, "the articles loaded through the server are queryable at once")

	got := make(chan int, 1)
	go func() {
		resp, err := http.Post(base+"/api/v2/query?lang=gizmo", "text/plain",
			strings.NewReader(`var t = new Date().getTime(); while (new Date().getTime() - t < 500) {} g.Emit(1)`))
		if err != nil {
			got <- 0
			return
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		got <- resp.StatusCode
	}()
	time.Sleep(150 * time.Millisecond)
	require.NoError(t, srv.Process.Signal(syscall.SIGTERM))
	assert.Equal(t, http.StatusOK, <-got, "the request in flight finishes")
	select {
	case err := <-exited:
		assert.NoError(t, err, "serve exits cleanly on SIGTERM")
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not exit within 10 s of SIGTERM")
	}
	first := strings.SplitN(logs.String(), "\n", 2)[0]
	var entry map[string]any
	require.NoError(t, json.Unmarshal([]byte(first), &entry), first)
	assert.Equal(t, "request", entry["msg"])
	assert.Contains(t, entry, "status")
}
