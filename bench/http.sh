#!/usr/bin/env bash
# HTTP benchmark: requests/s and latency percentiles of the home page and of a static asset
# served by the same release server over the SQLite demo, measured in one run with wrk.
# The static asset is the baseline: it shows what the HTTP stack costs without the page.
# Results: bench/results/http.md
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
PORT="${PORT:-18480}"
SCALE="${SCALE:-0}"

if ! command -v wrk >/dev/null 2>&1; then
  echo "installing wrk" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

cargo build --release --locked -p sportello >&2
bin=target/release/sportello
work=bench/work
mkdir -p "$work" bench/results
rm -f "$work"/http.db*

"$bin" --database-url "sqlite://$work/http.db" demo --scale "$SCALE" --load-only >"$work/demo.log" 2>&1
server=
stop_server() { [ -n "$server" ] && { kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }; server=; }
trap stop_server EXIT
# start_server PAGE_CACHE_MS
start_server() {
  stop_server
  SPORTELLO_LOG__FILTER=warn SPORTELLO_SERVER__PAGE_CACHE_MS="$1" \
    "$bin" --database-url "sqlite://$work/http.db" serve --bind "127.0.0.1:$PORT" >>"$work/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 200); do
    curl -fsS "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "server did not become ready" >&2; exit 1
}
start_server 2000

base="http://127.0.0.1:$PORT"
css=$(curl -fsS "$base/it/" | grep -o '/static/style\.[0-9a-f]*\.css' | head -n1)
[ -n "$css" ] || { echo "no stylesheet link on the home page" >&2; exit 1; }

# wrk prints latency percentiles with --latency; we keep requests/s, p50 and p99.
measure() {
  local url=$1
  wrk -t1 -c"$CONNECTIONS" -d2s "$url" >/dev/null 2>&1 # warm-up
  wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency "$url"
}
to_ms() { # wrk units: us, ms, s
  awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v } else { sub(/s$/, "", v); printf "%.2f", v * 1000 } }'
}
row() {
  local name=$1 out=$2
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  errors=$(grep -Eo 'Non-2xx or 3xx responses: [0-9]+' <<<"$out" | grep -Eo '[0-9]+$' || echo 0)
  echo "$name|$rps|$p50|$p99|$errors"
}

home_out=$(measure "$base/it/")
ar_out=$(measure "$base/ar/sportelli")
css_out=$(measure "$base$css")
start_server 0
uncached_out=$(measure "$base/it/")
home=$(row "home page \`/it/\` (default: 2 s page-data cache)" "$home_out")
uncached=$(row "home page \`/it/\`, page-data cache off (5 queries a request)" "$uncached_out")
desks=$(row "desk list \`/ar/sportelli\` (50 desks, RTL, 3 queries a request)" "$ar_out")
static=$(row "static asset \`$css\` (baseline)" "$css_out")
home_rps=$(cut -d'|' -f2 <<<"$home"); static_rps=$(cut -d'|' -f2 <<<"$static")
ratio=$(awk -v a="$home_rps" -v b="$static_rps" 'BEGIN { printf "%.2f", a / b }')

{
  echo "# HTTP benchmark"
  echo
  echo "Run by \`bench/http.sh\` on $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown),"
  echo "$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo). Release build, SQLite demo database"
  echo "(scale $SCALE), wrk with 1 thread and $CONNECTIONS connections for $DURATION per URL after a 2 s warm-up,"
  echo "client and server on the same 2 cores. No compression (wrk sends no Accept-Encoding)."
  echo
  echo "| URL | requests/s | p50 ms | p99 ms | non-2xx |"
  echo "|---|---:|---:|---:|---:|"
  for r in "$home" "$uncached" "$desks" "$static"; do
    IFS='|' read -r n a b c d <<<"$r"
    echo "| $n | $a | $b | $c | $d |"
  done
  echo
  echo "Home page throughput is **$ratio×** the static-asset baseline measured in the same run."
  echo
  echo "Targets (issue: foundation): home page ≥ 5,000 requests/s with p99 ≤ 20 ms."
} > bench/results/http.md
cat bench/results/http.md
