#!/usr/bin/env bash
# HTTP benchmark against the physical limit: the home page, the finder and a desk page, each
# served by the release server with the page cache on, with it off, and by nginx serving the
# very same bytes from files, measured in one run with the same wrk settings, all asking for
# gzip. nginx is what this machine can do for a page at all; the ratios say how close we are.
# Results: bench/results/http.md
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-1}"
PORT="${PORT:-18480}"
NGINX_PORT="${NGINX_PORT:-18481}"
SCALE="${SCALE:-0}"
base="http://127.0.0.1:$PORT"
nginx_base="http://127.0.0.1:$NGINX_PORT"
# path|what
pages=(
  "/it/|home page"
  "/ar/sportelli|finder (RTL, every desk)"
  "/it/sportelli/bologna-urp|desk page"
)

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
ensure_wrk
ensure_nginx
build_release
rm -f "$work"/http.db*
"$bin" --database-url "sqlite://$work/http.db" demo --scale "$SCALE" --load-only >"$work/demo.log" 2>&1

server=
nginx_pid=
stop_server() { if [ -n "$server" ]; then kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; server=; }
trap 'stop_server; stop_nginx' EXIT
start_server() { # PAGE_CACHE_BYTES (empty: the default)
  stop_server
  env SPORTELLO_LOG__FILTER=warn ${1:+SPORTELLO_SERVER__PAGE_CACHE_BYTES="$1"} \
    "$bin" --database-url "sqlite://$work/http.db" serve --bind "127.0.0.1:$PORT" >>"$work/server.log" 2>&1 &
  server=$!
  wait_ready "$base"
}
measure() { # URL
  wrk -t"$THREADS" -c"$CONNECTIONS" -d2s -H 'Accept-Encoding: gzip' "$1" >/dev/null 2>&1 # warm-up
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -H 'Accept-Encoding: gzip' --latency "$1"
}
hits() { curl -fsS "$base/metrics" | awk '$1 == "sportello_page_cache_requests_total{outcome=\"" o "\"}" { print $2 }' o="$1"; }

# nginx: the same bytes, fetched from the running server (uncompressed), as static files.
start_server ""
root="$work/nginx/root"
rm -rf "$work/nginx" && mkdir -p "$root"
for entry in "${pages[@]}"; do
  path=${entry%%|*}
  file="$root$path"
  case "$path" in */) file="${file}index.html" ;; esac
  mkdir -p "$(dirname "$file")"
  curl -fsS "$base$path" -o "$file"
done
desk_bytes=$(wc -c <"$root/it/sportelli/bologna-urp")
start_nginx "$work/nginx" "$NGINX_PORT" /it/
for entry in "${pages[@]}"; do
  path=${entry%%|*}
  cmp -s <(curl -fsS "$base$path") <(curl -fsS "$nginx_base$path") ||
    echo "note: $path changed between the copy and now (the minute turned?)" >&2
done

declare -A on off ngx
for entry in "${pages[@]}"; do
  path=${entry%%|*}
  on[$path]=$(row "$path" "$(measure "$base$path")")
done
cache_hits=$(hits hit)
cache_misses=$(hits miss)
for entry in "${pages[@]}"; do
  path=${entry%%|*}
  ngx[$path]=$(row "$path" "$(measure "$nginx_base$path")")
done
stop_nginx
start_server 0
for entry in "${pages[@]}"; do
  path=${entry%%|*}
  off[$path]=$(row "$path" "$(measure "$base$path")")
done
stop_server

field() { cut -d'|' -f"$2" <<<"$1"; }
# bar ROW NGINX_ROW → "yes"/"no": ≥ 0.25× nginx's requests/s and p99 ≤ 20 ms
bar() {
  awk -v r="$(ratio "$1" "$2")" -v p="$(field "$1" 4)" 'BEGIN { print (r >= 0.25 && p <= 20) ? "yes" : "no" }'
}
{
  echo "# HTTP benchmark"
  echo
  echo "Run by \`bench/http.sh\` on $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown),"
  echo "$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo). Release build, SQLite demo database (scale $SCALE)."
  echo "wrk with $THREADS thread(s) and $CONNECTIONS connections for $DURATION per URL after a 2 s warm-up, every request"
  echo "with \`Accept-Encoding: gzip\`. Client, servers and other work share the same $(nproc) cores:"
  echo "the numbers are noisy (±20 % between runs is usual, p99 most of all: a tail of tens of ms"
  echo "is another process taking the core); compare rows of one run, not runs. Load average before"
  echo "the build and run: $load_before."
  echo
  echo "- **cache on**: sportello with its defaults (page cache of 32 MiB, bodies compressed (gzip, brotli) once per page and minute)."
  echo "- **cache off**: \`SPORTELLO_SERVER__PAGE_CACHE_BYTES=0\`: every request renders, and gzips in \`CompressionLayer\`."
  echo "- **nginx**: $("$nginx_bin" -v 2>&1 | sed 's/^nginx version: //'), \`worker_processes auto\`, serving the bytes the server"
  echo "  sent for each URL (fetched with curl just before) as files, \`gzip on\` (level 1, per request), access log off."
  echo
  echo "| page | server | requests/s | p50 ms | p99 ms | × nginx req/s | bar met |"
  echo "|---|---|---:|---:|---:|---:|:---:|"
  for entry in "${pages[@]}"; do
    path=${entry%%|*}
    what=${entry#*|}
    for kind in on off ngx; do
      case $kind in
        on) r=${on[$path]} label="sportello, cache on" ;;
        off) r=${off[$path]} label="sportello, cache off" ;;
        ngx) r=${ngx[$path]} label="nginx, same bytes" ;;
      esac
      n=${ngx[$path]}
      if [ "$kind" = ngx ]; then x="1.00" b=""; else x="$(ratio "$r" "$n")"; b=$([ "$kind" = on ] && bar "$r" "$n" || echo ""); fi
      echo "| $what \`$path\` | $label | $(field "$r" 2) | $(field "$r" 3) | $(field "$r" 4) | $x | $b |"
    done
  done
  echo
  echo "Non-2xx/3xx responses: cache on $(for e in "${pages[@]}"; do field "${on[${e%%|*}]}" 5; done | awk '{ s += $1 } END { print s + 0 }'),"
  echo "cache off $(for e in "${pages[@]}"; do field "${off[${e%%|*}]}" 5; done | awk '{ s += $1 } END { print s + 0 }'),"
  echo "nginx $(for e in "${pages[@]}"; do field "${ngx[${e%%|*}]}" 5; done | awk '{ s += $1 } END { print s + 0 }')."
  echo "Page cache during the cache-on runs: $cache_hits hits, $cache_misses misses (a miss per page and minute, and the copies)."
  echo "The desk page is $desk_bytes bytes uncompressed."
  echo
  echo "Bar (issue, point 8): with the cache on, home, finder and desk page each ≥ 0.25× nginx's requests/s, p99 ≤ 20 ms."
} > bench/results/http.md
cat bench/results/http.md
