#!/usr/bin/env bash
# Builds a large test store for query timing: the BBC and Reuters corpora
# replayed REPLAYS times (default 5), each replay with fresh article ids
# so every replay adds new articles rather than replacing the previous
# ones (~106k articles, ~8M quads). The store is written outside the repo.
#
#   scripts/bigstore.sh [DB] [REPLAYS]     # default /tmp/big/big.bolt 5
#
# Run from the repository root after `go build -o bin/claimgraph ./cmd/claimgraph`.
set -euo pipefail
DB=${1:-/tmp/big/big.bolt}
REPLAYS=${2:-5}
DATA=${DATA:-../shared/data/news}
mkdir -p "$(dirname "$DB")"
export CLAIMGRAPH_NOSYNC=true
for ((r = 1; r <= REPLAYS; r++)); do
	for f in "$DATA"/bbc/articles.jsonl "$DATA"/reuters*/*.jsonl; do
		# Prefix the id (and url, where present) so replay r is a new article.
		jq -c --arg p "r$r-" '.id = ($p + (.id|tostring)) | if .url then .url = (.url + "#" + $p) else . end' "$f"
	done
done | bin/claimgraph --db "$DB" load -
