#!/usr/bin/env bash
# HTTP benchmark: requests/s and latency percentiles of the home page and of a static asset
# served by the same release server over the SQLite demo, measured in one run with wrk.
# The static asset is the baseline: it shows what the HTTP stack costs without the page.
# Results: bench/results/http.md
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
PORT="${PORT:-18480}"
SCALE="${SCALE:-0}"
base="http://127.0.0.1:$PORT"

ensure_wrk
build_release
rm -f "$work"/http.db*
"$bin" --database-url "sqlite://$work/http.db" demo --scale "$SCALE" --load-only >"$work/demo.log" 2>&1

server=
stop_server() { if [ -n "$server" ]; then kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; server=; }
trap stop_server EXIT
start_server() { # PAGE_CACHE_MS
  stop_server
  SPORTELLO_LOG__FILTER=warn SPORTELLO_SERVER__PAGE_CACHE_MS="$1" \
    "$bin" --database-url "sqlite://$work/http.db" serve --bind "127.0.0.1:$PORT" >>"$work/server.log" 2>&1 &
  server=$!
  wait_ready "$base"
}
measure() { # URL
  wrk -t1 -c"$CONNECTIONS" -d2s "$1" >/dev/null 2>&1 # warm-up
  wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency "$1"
}

start_server 2000
css=$(curl -fsS "$base/it/" | grep -o '/static/style\.[0-9a-f]*\.css' | head -n1)
[ -n "$css" ] || { echo "no stylesheet link on the home page" >&2; exit 1; }
home=$(row "home page \`/it/\` (default: 2 s page-data cache)" "$(measure "$base/it/")")
desks=$(row "desk list \`/ar/sportelli\` (50 desks, RTL, 3 queries a request)" "$(measure "$base/ar/sportelli")")
static=$(row "static asset \`$css\` (baseline)" "$(measure "$base$css")")
start_server 0
uncached=$(row "home page \`/it/\`, page-data cache off (5 queries a request)" "$(measure "$base/it/")")

{
  echo "# HTTP benchmark"
  echo
  echo "Run by \`bench/http.sh\` on $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown),"
  echo "$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo). Release build, SQLite demo database"
  echo "(scale $SCALE), wrk with 1 thread and $CONNECTIONS connections for $DURATION per URL after a 2 s warm-up,"
  echo "client and server on the same 2 cores. No compression (wrk sends no Accept-Encoding)."
  echo
  table "$home" "$uncached" "$desks" "$static"
  echo
  echo "Home page throughput is **$(ratio "$home" "$static")×** the static-asset baseline measured in the same run"
  echo "($(ratio "$uncached" "$static")× with the page-data cache off)."
  echo
  echo "Targets (issue: foundation): home page ≥ 5,000 requests/s with p99 ≤ 20 ms."
} > bench/results/http.md
cat bench/results/http.md
