#!/usr/bin/env bash
# The BBC kill -9 test: loads ../shared/data/news/bbc/articles.jsonl once
# cleanly, then, for each kill point, loads it into a fresh store, kills
# the load with SIGKILL at that point, runs the same load again, and
# checks that the store's sorted N-Quads export and `top-speakers` are
# the clean load's.
#
#   scripts/kill9.sh                      # bolt and postgres
#   BACKENDS=bolt scripts/kill9.sh        # one backend
#
# Kill points: "batch" (between two commits, while the next batch is
# extracted), "commit" (as a batch's write transaction starts), "recount"
# (after the final recount of the derived values has committed its first
# transaction). PostgreSQL is the server of the tests (trust auth,
# database test; PGSERVER overrides postgres://postgres@127.0.0.1:5432);
# each store is a fresh database, dropped at the end. Work files go to out/kill9/. Exit 0 when every run
# matches the clean load.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${DATA:-../shared/data/news/bbc/articles.jsonl}
BACKENDS=${BACKENDS:-bolt postgres}
PGSERVER=${PGSERVER:-postgres://postgres@127.0.0.1:5432}
PGADMIN="$PGSERVER/test?sslmode=disable"
OUT=out/kill9
[ -f "$DATA" ] || { echo "$DATA is missing" >&2; exit 1; }
mkdir -p "$OUT"
BIN=$OUT/claimgraph
go build -o "$BIN" ./cmd/claimgraph
export CLAIMGRAPH_TEST_COMMIT_MARKS=1 CLAIMGRAPH_DB= CLAIMGRAPH_BACKEND=
# The databases this run created end in its pid.
cleanup() {
	case " $BACKENDS " in *" postgres "*) ;; *) return 0 ;; esac
	for db in $(psql "$PGADMIN" -Atc "SELECT datname FROM pg_database WHERE datname LIKE 'kill9%\\_$$'" 2>/dev/null); do
		psql "$PGADMIN" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
	done
}
trap cleanup EXIT

# store BACKEND NAME prints the flags of a fresh store.
store() {
	if [ "$1" = bolt ]; then
		rm -f "$OUT/$2.bolt" "$OUT/$2.bolt.owner"
		echo "--backend bolt --db $OUT/$2.bolt"
	else
		local db="kill9_${2//-/_}_$$"
		psql "$PGADMIN" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1
		psql "$PGADMIN" -qc "CREATE DATABASE $db" >/dev/null
		echo "--backend postgres --db $PGSERVER/$db?sslmode=disable"
	fi
}

# snapshot FLAGS NAME writes the sorted export and top-speakers.
snapshot() {
	# shellcheck disable=SC2086
	"$BIN" $1 export --format nquads 2>/dev/null | LC_ALL=C sort >"$OUT/$2.nq"
	# shellcheck disable=SC2086
	"$BIN" $1 query run top-speakers --param limit=20 --format json >"$OUT/$2.top.json"
}

# killed FLAGS POINT COMMITS loads until POINT, then kills the load with
# SIGKILL, and prints what it had reported by then.
killed() {
	local flags=$1 point=$2 commits=$3 writes=0 committed=0 last="" now
	local target=$((commits / 2))
	# shellcheck disable=SC2086
	coproc LOAD { exec "$BIN" $flags load "$DATA" 2>&1 >/dev/null; }
	local pid=$LOAD_PID
	while IFS= read -r line <&"${LOAD[0]}"; do
		case "$line" in
		writing*)
			writes=$((writes + 1))
			if [ "$point" = commit ] && [ "$writes" -eq "$target" ]; then kill -9 "$pid"; fi
			;;
		committed*)
			committed=${line#committed }
			committed=${committed%% *}
			now=$(date +%s.%N)
			if [ "$point" = batch ] && [ "$writes" -eq "$target" ]; then
				# Half the last interval between commits into the next one.
				sleep "$(awk -v a="$now" -v b="${last:-$now}" 'BEGIN { print (a - b) / 2 }')"
				kill -9 "$pid"
			fi
			last=$now
			;;
		"recounted 1")
			if [ "$point" = recount ]; then kill -9 "$pid"; fi
			;;
		esac
	done
	local code=0
	wait "$pid" || code=$?
	[ "$code" -eq 137 ] || { echo "the load was not killed at $point (exit $code)" >&2; return 1; }
	echo "killed at $point: $committed articles reported committed"
}

fail=0
for be in $BACKENDS; do
	flags=$(store "$be" "$be-clean")
	# shellcheck disable=SC2086
	summary=$("$BIN" $flags load "$DATA" 2>"$OUT/$be-clean.err")
	commits=$(grep -c '^committed ' "$OUT/$be-clean.err")
	echo "$be, clean: $summary ($commits commits)"
	snapshot "$flags" "$be-clean"
	for point in batch commit recount; do
		flags=$(store "$be" "$be-$point")
		what=$(killed "$flags" "$point" "$commits")
		# shellcheck disable=SC2086
		again=$("$BIN" $flags load "$DATA" 2>"$OUT/$be-$point.err")
		snapshot "$flags" "$be-$point"
		verdict="same export, same top-speakers"
		if ! cmp -s "$OUT/$be-clean.nq" "$OUT/$be-$point.nq"; then
			verdict="EXPORT DIFFERS ($(diff "$OUT/$be-clean.nq" "$OUT/$be-$point.nq" | grep -c '^[<>]') lines)"
			fail=1
		elif ! cmp -s "$OUT/$be-clean.top.json" "$OUT/$be-$point.top.json"; then
			verdict="TOP-SPEAKERS DIFFER"
			fail=1
		fi
		echo "$be, $what; re-run: $again; $(wc -l <"$OUT/$be-$point.nq") quads: $verdict"
	done
done
exit $fail
