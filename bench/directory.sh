#!/usr/bin/env bash
# Directory benchmark: the filtered desk finder and the HSDS API search with
# `demo --scale 10000` (10,000 generated desks on top of the seed, five generated services
# each: 50,000 services), on SQLite and on PostgreSQL, measured with wrk against the release
# server. Baseline: a static asset served by the same server in the same run.
# Results: bench/results/directory.md
#
# PostgreSQL: BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/test) names a server
# where the script may drop and create the database sportello_bench.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

DURATION="${DURATION:-10s}"
# Latency bars are read at LOW concurrency (below saturation: on 2 shared cores any server's
# latency grows with the queue), throughput at HIGH concurrency.
LOW="${LOW:-4}"
HIGH="${HIGH:-16}"
PORT="${PORT:-18481}"
SCALE="${SCALE:-10000}"
PG_ADMIN="${BENCH_PG_URL:-postgres://postgres@127.0.0.1:5432/test}"
base="http://127.0.0.1:$PORT"

ensure_wrk
build_release

server=
stop_server() { if [ -n "$server" ]; then kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; server=; }
trap stop_server EXIT
measure() { # CONNECTIONS URL
  wrk -t1 -c"$1" -d2s "$2" >/dev/null 2>&1 # warm-up
  wrk -t1 -c"$1" -d"$DURATION" --latency "$2"
}

FINDER_NEAR="/ar/sportelli?language=ar&open=1&near=Bologna"
FINDER_FILTERS="/it/sportelli?theme=salute&level=l2&province=BO&page=2"
API_SEARCH="/api/hsds/v3/services?search=permesso&per_page=20"

run_backend() { # NAME URL
  local name=$1 url=$2
  local started loaded
  started=$(date +%s)
  "$bin" --database-url "$url" demo --scale "$SCALE" --load-only >"$work/demo-$name.log" 2>&1
  loaded=$(( $(date +%s) - started ))
  SPORTELLO_LOG__FILTER=warn "$bin" --database-url "$url" serve --bind "127.0.0.1:$PORT" >>"$work/server-$name.log" 2>&1 &
  server=$!
  wait_ready "$base"
  local css
  css=$(curl -fsS "$base/it/" | grep -o '/static/style\.[0-9a-f]*\.css' | head -n1)
  local desks services
  desks=$(curl -fsS "$base/it/sportelli" | grep -o '<h2 id="results-heading">[^<]*' | sed 's/.*>//')
  services=$(curl -fsS "$base/api/hsds/v3/services?per_page=1" | grep -o '"total_items": *[0-9]*' | grep -o '[0-9]*$' || echo "?")
  for c in "$LOW" "$HIGH"; do
    rows+=("$(row "$name, $c conn.: finder \`$FINDER_NEAR\`" "$(measure "$c" "$base$FINDER_NEAR")")")
    rows+=("$(row "$name, $c conn.: finder \`$FINDER_FILTERS\`" "$(measure "$c" "$base$FINDER_FILTERS")")")
    rows+=("$(row "$name, $c conn.: API \`$API_SEARCH\`" "$(measure "$c" "$base$API_SEARCH")")")
    rows+=("$(row "$name, $c conn.: static asset (baseline)" "$(measure "$c" "$base$css")")")
  done
  local rss
  rss=$(awk '{ printf "%.0f", $1 / 1024 }' <<<"$(ps -o rss= -p "$server")")
  notes+=("$name: the finder lists \"$desks\", $services services in the API, demo load took ${loaded} s, server RSS after the run ${rss} MB.")
  stop_server
}

rows=()
notes=()
rm -f "$work"/directory.db*
run_backend sqlite "sqlite://$work/directory.db"
psql "$PG_ADMIN" -qc "DROP DATABASE IF EXISTS sportello_bench" >/dev/null
psql "$PG_ADMIN" -qc "CREATE DATABASE sportello_bench" >/dev/null
run_backend postgres "${PG_ADMIN%/*}/sportello_bench"

{
  echo "# Directory benchmark"
  echo
  echo "Run by \`bench/directory.sh\` on $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown),"
  echo "$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo). Release build, \`demo --scale $SCALE\`,"
  echo "wrk with 1 thread for $DURATION per URL after a 2 s warm-up, at $LOW connections (latency, below"
  echo "saturation) and $HIGH (throughput); client and server on the same cores."
  echo
  table "${rows[@]}"
  echo
  for n in "${notes[@]}"; do echo "- $n"; done
  echo
  echo "Ratios to the static-asset baseline of the same backend (requests/s):"
  echo
  for i in 0 4 8 12; do
    echo "- ${rows[$i]%%:*}: finder near $(ratio "${rows[$i]}" "${rows[$((i + 3))]}")×, finder filters $(ratio "${rows[$((i + 1))]}" "${rows[$((i + 3))]}")×, API search $(ratio "${rows[$((i + 2))]}" "${rows[$((i + 3))]}")×"
  done
  echo
  echo "Targets (issue #5): the filtered finder page p99 ≤ 20 ms and \`/api/hsds/v3/services?search=…\`"
  echo "p99 ≤ 30 ms, on SQLite and on PostgreSQL (read at $LOW connections)."
} > bench/results/directory.md
cat bench/results/directory.md
