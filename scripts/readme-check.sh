#!/usr/bin/env bash
# Runs the README's commands as a new user would type them: `make demo`
# (the first set-up command; the second, `make test`, is CI's own step),
# then every ```sh block of README.md in order, from the repository root,
# each in a fresh `bash -e -o pipefail` with a 10-minute limit. A block
# whose fence follows the line
#     <!-- readme-check: skip: REASON -->
# is listed with its reason and not run. The first failing block stops
# the check, printed with its output.
#
#   scripts/readme-check.sh            # all blocks
#   scripts/readme-check.sh --list     # print the blocks, run nothing
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

awk -v dir="$work" '
  /^```sh[[:space:]]*$/ && !inblock {
    inblock = 1; n++; f = sprintf("%s/%03d.sh", dir, n); printf "" > f
    if (prev ~ /^<!-- readme-check: skip/) { print prev > (f ".skip"); close(f ".skip") }
    next
  }
  /^```/ && inblock { inblock = 0; close(f); prev = ""; next }
  inblock { print >> f; next }
  { prev = $0 }
' README.md

blocks=("$work"/*.sh)
[ -e "${blocks[0]}" ] || { echo "README.md has no sh blocks" >&2; exit 1; }
if [ "${1:-}" = --list ]; then
  for f in "${blocks[@]}"; do echo "== $(basename "$f")$([ -f "$f.skip" ] && echo " (skipped)")"; cat "$f"; done
  exit 0
fi

echo "== make demo"
if ! make demo >"$work/demo.log" 2>&1; then
  cat "$work/demo.log"; echo "readme-check: make demo failed" >&2; exit 1
fi

ran=0 skipped=0
for f in "${blocks[@]}"; do
  n=$(basename "$f" .sh)
  if [ -f "$f.skip" ]; then
    echo "-- block $n skipped: $(sed -e 's/^<!-- readme-check: skip:* *//' -e 's/ *-->$//' "$f.skip")"
    skipped=$((skipped + 1))
    continue
  fi
  echo "== block $n: $(grep -m1 -v '^\s*#' "$f" | cut -c1-100)"
  start=$SECONDS
  code=0
  timeout 600 bash -e -o pipefail "$f" >"$work/$n.log" 2>&1 </dev/null || code=$?
  if [ "$code" -ne 0 ]; then
    echo "readme-check: block $n failed (exit $code) after $((SECONDS - start)) s:" >&2
    sed 's/^/    /' "$f" >&2
    echo "  output (last 40 lines):" >&2
    tail -40 "$work/$n.log" | sed 's/^/    /' >&2
    echo "readme-check: $ran passed, 1 failed, $skipped skipped"
    exit 1
  fi
  echo "   ok in $((SECONDS - start)) s"
  ran=$((ran + 1))
done
echo "readme-check: $ran passed, 0 failed, $skipped skipped"
