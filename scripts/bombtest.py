#!/usr/bin/env python3
"""The Gizmo memory bomb against `claimgraph serve`: posts BOMBS copies of
`var s="x"; while(true){s=s+s}` at once to a fresh server on DB, RUNS
times, and prints each run's peak resident memory (VmHWM from
/proc/PID/status), the memory after, how long the bombs took to be
stopped and the status codes; docs/http.md records the results.

    python3 scripts/bombtest.py DB [BOMBS [RUNS]]   # default 8 bombs, 5 runs

Run from the repository root after `make build`; the server gets the
settings of config.yaml and the environment (CLAIMGRAPH_SERVE_*), so
CLAIMGRAPH_SERVE_MAX_QUERY_HEAP=536870912 python3 scripts/bombtest.py …
tries another watch.
"""
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

BOMB = b'var s="x"; while(true){s=s+s}'


def status_kib(pid, field):
    with open(f"/proc/{pid}/status") as f:
        return int(re.search(field + r":\s+(\d+)", f.read()).group(1))


def post(base, out):
    start = time.time()
    req = urllib.request.Request(base + "/api/v2/query?lang=gizmo", data=BOMB, method="POST")
    try:
        with urllib.request.urlopen(req) as r:
            code = r.status
    except urllib.error.HTTPError as e:
        code = e.code
    out.append((code, time.time() - start))


def run(db, bombs):
    srv = subprocess.Popen(["bin/claimgraph", "--db", db, "serve", "--addr", "127.0.0.1:0"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        base = re.search(r"http://[0-9.:]+", srv.stdout.readline()).group(0)
        results = []
        threads = [threading.Thread(target=post, args=(base, results)) for _ in range(bombs)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        time.sleep(0.3)
        return status_kib(srv.pid, "VmHWM"), status_kib(srv.pid, "VmRSS"), results
    finally:
        srv.terminate()
        srv.wait()


def main():
    db = sys.argv[1]
    bombs = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    peaks = []
    for i in range(runs):
        hwm, after, res = run(db, bombs)
        peaks.append(hwm / 1024)
        took = [r[1] for r in res]
        print(f"run {i + 1}: {bombs} bombs: peak {hwm / 1024:.0f} MiB, after {after / 1024:.0f} MiB; "
              f"stopped after {min(took):.1f}-{max(took):.1f} s; status {sorted({r[0] for r in res})}", flush=True)
    print(f"peak RSS over {runs} runs: {min(peaks):.0f}-{max(peaks):.0f} MiB, median {statistics.median(peaks):.0f}")


if __name__ == "__main__":
    main()
