#!/usr/bin/env bash
# Load test of `claimgraph serve` over the stored queries: wrk, 50
# connections for 30 s, against 127.0.0.1 only, on the BBC graph.
#
#   scripts/loadtest.sh            # answer cache on (the default)
#   CACHE=off scripts/loadtest.sh  # every request runs its query
#   WARMUP=5s scripts/loadtest.sh  # an unmeasured run first
#
# Needs wrk (apt-get install -y wrk) and ../shared/data/news/bbc. The
# store is built once in out/loadtest.bolt; the server's access log goes
# to out/loadtest-server.log. Results are printed; docs/http.md records them.
set -euo pipefail
cd "$(dirname "$0")/.."
CONNS="${CONNS:-50}"
DURATION="${DURATION:-30s}"
PORT="${PORT:-64212}"
DB=out/loadtest.bolt
DATA=../shared/data/news/bbc/articles.jsonl
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
mkdir -p out
go build -o out/claimgraph-loadtest ./cmd/claimgraph
BIN=out/claimgraph-loadtest
if [ ! -f "$DB" ]; then
  [ -f "$DATA" ] || { echo "$DATA is missing" >&2; exit 1; }
  "$BIN" --backend bolt --db "$DB" load "$DATA"
fi
export CLAIMGRAPH_SERVE_CACHE_ENTRIES=1024
[ "${CACHE:-on}" = off ] && export CLAIMGRAPH_SERVE_CACHE_ENTRIES=-1
"$BIN" --backend bolt --db "$DB" serve --addr "127.0.0.1:$PORT" 2>out/loadtest-server.log >/dev/null &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null; wait "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done
BASE="http://127.0.0.1:$PORT"

# The request mix: every stored query except top-speakers and conflicting
# (whole-graph scans, measured on their own in docs/http.md), with
# parameters drawn from the graph itself.
python3 - "$BASE" > out/loadtest-paths.txt <<'PY'
import json, sys, urllib.parse, urllib.request
base = sys.argv[1]
def rows(q):
    with urllib.request.urlopen(base + "/api/queries/" + q) as r:
        return json.load(r)["rows"]
people = [r["entity"] for r in rows("entities?type=Person&limit=60")]
orgs = [r["entity"] for r in rows("entities?type=Organization&limit=30")]
arts = sorted({r["article"] for r in rows("who-said-what?limit=100")})[:40]
enc = lambda s: urllib.parse.quote(s)
paths = ["/api/queries/who-said-what", "/api/queries/no-comment"]
for p in people:
    paths += ["/api/queries/what-did-X-say?speaker=" + enc(p), "/api/queries/timeline?speaker=" + enc(p),
              "/api/queries/no-comment?entity=" + enc(p), "/api/queries/entities?search=" + enc(p.split()[-1])]
for o in orgs:
    paths += ["/api/queries/claims-about?entity=" + enc(o), "/api/queries/speakers-of?organization=" + enc(o)]
for a in arts:
    paths += ["/api/queries/sources-of-article?id=" + a, "/api/queries/article-text?id=" + a,
              "/api/queries/silent-mentioned?article=" + a, "/api/queries/article?id=" + a]
paths += ["/api/queries/claims-about?event=attack", "/api/queries/entities?type=Place"]
print("\n".join(paths))
PY
echo "$(wc -l < out/loadtest-paths.txt) distinct requests, cache ${CACHE:-on}, $CONNS connections for $DURATION"
if [ -n "${WARMUP:-}" ]; then
  echo "warm-up: $WARMUP, not measured"
  wrk -t2 -c"$CONNS" -d"$WARMUP" -s scripts/loadtest.lua "$BASE" >/dev/null
fi
wrk -t2 -c"$CONNS" -d"$DURATION" --latency -s scripts/loadtest.lua "$BASE" | tee out/loadtest-wrk.txt
echo "server log: $(grep -c '"status":200' out/loadtest-server.log) answered 200, $(grep -c '"status":[45]' out/loadtest-server.log || true) answered 4xx/5xx"
