#!/usr/bin/env bash
# Times `claimgraph load` against the official `cayley load` of the same
# graph: claimgraph loads the articles (extraction, writing and the
# derived counts, end to end) into a fresh store, exports it as N-Quads,
# and the reference cayley, built from the module version in go.mod,
# loads that export into a fresh store of the same backend. Each pair is
# run --runs times, alternating, under /usr/bin/time -v; it prints the
# median wall time, rate and peak RSS of each and the ratio
# claimgraph / cayley (below 1.0: claimgraph is faster).
#
#   scripts/vs-cayley.sh ../shared/data/news/bbc/articles.jsonl            # 2.2k articles, bolt
#   scripts/vs-cayley.sh --runs 3 ../shared/data/news/{bbc,reuters}/articles.jsonl
#   scripts/vs-cayley.sh --backend postgres --db postgres://127.0.0.1:5432/test?sslmode=disable ARTICLES...
#
# With postgres, --db names a database that the script empties (it drops
# Cayley's tables quads and nodes and claimgraph's claim index tables)
# before each load, for both programs.
# Scratch files go to --work (default out/vs-cayley); the cayley binary is
# kept there and rebuilt only when the version changes.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=1 backend=bolt db="" work=out/vs-cayley
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --backend) backend=$2; shift 2 ;;
    --db) db=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -e/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
    --) shift; break ;;
    -*) echo "vs-cayley: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || { echo "vs-cayley: give the articles to load (files or folders)" >&2; exit 2; }
case "$backend" in
  bolt) ;;
  postgres) [ -n "$db" ] || { echo "vs-cayley: --backend postgres needs --db URL" >&2; exit 2; } ;;
  *) echo "vs-cayley: --backend is bolt or postgres" >&2; exit 2 ;;
esac
[ -x /usr/bin/time ] || { echo "vs-cayley: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }
mkdir -p "$work"
work=$(cd "$work" && pwd)

# The reference cayley: its module at the version claimgraph builds
# against, compiled with its own go.mod (it has replace directives, so
# `go install module@version` refuses it).
version=$(go list -m -f '{{.Version}}' github.com/cayleygraph/cayley)
cayley="$work/cayley-$version"
if [ ! -x "$cayley" ]; then
  echo "building cayley $version ..." >&2
  src=$(go mod download -json "github.com/cayleygraph/cayley@$version" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
  rm -rf "$work/cayley-src"
  cp -r "$src" "$work/cayley-src"
  chmod -R u+w "$work/cayley-src"
  (cd "$work/cayley-src" && go build -o "$cayley" ./cmd/cayley)
  rm -rf "$work/cayley-src"
fi
go build -o "$work/claimgraph" ./cmd/claimgraph
claimgraph="$work/claimgraph"

# fresh empties the store a load writes into.
fresh() {
  if [ "$backend" = bolt ]; then
    rm -rf "$1" "$1.owner"  # cayley makes a folder at its path
  else
    # The claim index's tables too: a run that found the last run's index
    # (marked ready) would replace its rows instead of writing new ones.
    psql -q "$db" -c 'SET client_min_messages = warning' -c 'DROP TABLE IF EXISTS quads, nodes, cg_claim_index, cg_claim_index_meta, cg_quote_words CASCADE' >/dev/null
  fi
}

# timed runs a command under /usr/bin/time -v and prints "WALL_S CPU_S
# RSS_KB" (CPU: user + system; on a shared machine it varies less than
# the wall time).
timed() {
  local log=$1; shift
  /usr/bin/time -v -o "$log.time" "$@" >"$log" 2>&1 || { cat "$log" "$log.time" >&2; exit 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
              /User time|System time/ { cpu += $2 }
              /Maximum resident set size/ { rss = $2 } END { printf "%.2f %.2f %d\n", s, cpu, rss }' "$log.time"
}

cgstore="$work/claimgraph.bolt" cystore="$work/cayley.bolt"
[ "$backend" = postgres ] && cgstore=$db cystore=$db
args=(--backend "$backend" --db "$cgstore")
cg=() cy=() cgcpu=() cycpu=() cgrss=() cyrss=()
for ((i = 1; i <= runs; i++)); do
  fresh "$cgstore"
  read -r s cpu rss < <(CLAIMGRAPH_DB= CLAIMGRAPH_BACKEND= timed "$work/claimgraph.log" "$claimgraph" "${args[@]}" load "$@")
  cg+=("$s") cgcpu+=("$cpu") cgrss+=("$rss")
  if [ "$i" = 1 ]; then
    "$claimgraph" "${args[@]}" export -o "$work/graph.nq" 2>"$work/export.log"
    quads=$(wc -l <"$work/graph.nq")
  fi
  fresh "$cystore"
  read -r s cpu rss < <(timed "$work/cayley.log" "$cayley" load --init -d "$backend" -a "$cystore" -i "$work/graph.nq")
  cy+=("$s") cycpu+=("$cpu") cyrss+=("$rss")
  echo "run $i: claimgraph ${cg[-1]} s (${cgcpu[-1]} s CPU), cayley ${cy[-1]} s (${cycpu[-1]} s CPU)" >&2
done

median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
mcg=$(median "${cg[@]}") mcy=$(median "${cy[@]}")
echo "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores; $(date -u +%F); backend $backend; $runs run(s), medians"
echo "claimgraph: $(grep -m1 '^loaded' "$work/claimgraph.log")"
awk -v q="$quads" -v a="$mcg" -v b="$mcy" -v ca="$(median "${cgcpu[@]}")" -v cb="$(median "${cycpu[@]}")" \
  -v ra="$(median "${cgrss[@]}")" -v rb="$(median "${cyrss[@]}")" 'BEGIN {
  printf "%-34s %9s %9s %12s %10s\n", "", "wall s", "CPU s", "quads/s", "RSS MB"
  printf "%-34s %9.1f %9.1f %12.0f %10.0f\n", "claimgraph load (articles)", a, ca, q / a, ra / 1024
  printf "%-34s %9.1f %9.1f %12.0f %10.0f\n", "cayley load (its N-Quads export)", b, cb, q / b, rb / 1024
  printf "%d quads; claimgraph / cayley: wall time %.2f, CPU time %.2f\n", q, a / b, ca / cb
}'
