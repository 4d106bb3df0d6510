#!/usr/bin/env bash
# Knowledge-base benchmark with `demo --scale 10000` (100,000 generated articles on top of
# the seed's, each a full copy of a real sheet) on SQLite: sheet pages served by the release
# server with the page cache on, with it off (one sheet, and 1,000 different sheets in turn),
# and by nginx serving the very same bytes from files, in one run with the same wrk settings,
# all asking for gzip; then the A4 leaflet, made anew and kept; the server's RSS at the end.
# Results: bench/results/kb.md
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
PORT="${PORT:-18482}"
NGINX_PORT="${NGINX_PORT:-18483}"
SCALE="${SCALE:-10000}"
base="http://127.0.0.1:$PORT"
nginx_base="http://127.0.0.1:$NGINX_PORT"
sheet="/it/permesso-di-soggiorno/rinnovo-permesso-di-soggiorno"
# path|what
pages=(
  "$sheet|sheet, Italian"
  "/ar/permesso-di-soggiorno/rinnovo-permesso-di-soggiorno|sheet, Arabic translation (RTL)"
  "$sheet-copia-2000?provincia=BO|generated sheet, Bologna's variants first"
)

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
ensure_wrk
ensure_nginx
build_release
rm -f "$work"/kb.db*
started=$(date +%s)
"$bin" --database-url "sqlite://$work/kb.db" demo --scale "$SCALE" --load-only >"$work/kb-demo.log" 2>&1
loaded=$(( $(date +%s) - started ))
db_mb=$(du -m "$work/kb.db" | cut -f1)

server=
nginx_pid=
stop_server() { if [ -n "$server" ]; then kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; server=; }
trap 'stop_server; stop_nginx' EXIT
start_server() { # PAGE_CACHE_BYTES (empty: the default)
  stop_server
  env SPORTELLO_LOG__FILTER=warn ${1:+SPORTELLO_SERVER__PAGE_CACHE_BYTES="$1"} \
    SPORTELLO_KB__LEAFLETS_PER_IP_PER_HOUR=100000 SPORTELLO_KB__LEAFLETS_PER_MINUTE=100000 \
    "$bin" --database-url "sqlite://$work/kb.db" serve --bind "127.0.0.1:$PORT" >>"$work/kb-server.log" 2>&1 &
  server=$!
  wait_ready "$base"
}
measure() { # URL [LUA SCRIPT]
  local script=()
  if [ -n "${2:-}" ]; then script=(-s "$2"); fi
  wrk -t1 -c"$CONNECTIONS" -d2s -H 'Accept-Encoding: gzip' "${script[@]}" "$1" >/dev/null 2>&1 # warm-up
  wrk -t1 -c"$CONNECTIONS" -d"$DURATION" -H 'Accept-Encoding: gzip' --latency "${script[@]}" "$1"
}
hits() { curl -fsS "$base/metrics" | awk '$1 == "sportello_page_cache_requests_total{outcome=\"" o "\"}" { print $2 }' o="$1"; }
rss_mb() { awk '{ printf "%.0f", $1 / 1024 }' <<<"$(ps -o rss= -p "$server")"; }

# 1,000 different generated sheets in turn: nothing is served twice in a row.
cat >"$work/kb-many.lua" <<EOF
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "$sheet-copia-" .. ((n % 1000) + 1))
end
EOF

# nginx: the same bytes, fetched from the running server (uncompressed), as static files.
start_server ""
root="$work/kb-nginx/root"
rm -rf "$work/kb-nginx" && mkdir -p "$root"
declare -A file_of
i=0
for entry in "${pages[@]}"; do
  path=${entry%%|*}
  i=$((i + 1))
  file_of[$path]="/page$i.html"
  curl -fsS "$base$path" -o "$root/page$i.html"
done
sheet_bytes=$(wc -c <"$root/page1.html")
start_nginx "$work/kb-nginx" "$NGINX_PORT" /page1.html

declare -A on off ngx
for entry in "${pages[@]}"; do
  path=${entry%%|*}
  on[$path]=$(row "$path" "$(measure "$base$path")")
done
cache_hits=$(hits hit)
cache_misses=$(hits miss)
for entry in "${pages[@]}"; do
  path=${entry%%|*}
  ngx[$path]=$(row "$path" "$(measure "$nginx_base${file_of[$path]}")")
done
stop_nginx

# Leaflets: made anew (each language and province once: nothing kept is asked for twice),
# then one kept in memory, under wrk.
made=()
for lang in it en fr ar zh uk; do
  for prov in BO FE MO RE RA; do
    made+=("$(curl -fsS -o /dev/null -w '%{time_total}' "$base/$lang${sheet#/it}/volantino.pdf?provincia=$prov" || echo 0)")
  done
done
leaflet_made_ms=$(printf '%s\n' "${made[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.0f", a[int((NR + 1) / 2)] * 1000 }')
leaflet_max_ms=$(printf '%s\n' "${made[@]}" | sort -n | tail -n1 | awk '{ printf "%.0f", $1 * 1000 }')
leaflet_bytes=$(curl -fsS "$base$sheet/volantino.pdf" | wc -c)
leaflet_kept=$(row "leaflet kept" "$(measure "$base$sheet/volantino.pdf")")
rss_on=$(rss_mb)

start_server 0
for entry in "${pages[@]}"; do
  path=${entry%%|*}
  off[$path]=$(row "$path" "$(measure "$base$path")")
done
many=$(row "1,000 sheets" "$(measure "$base$sheet" "$work/kb-many.lua")")
rss_off=$(rss_mb)
stop_server

field() { cut -d'|' -f"$2" <<<"$1"; }
yes_no() { awk -v ok="$1" 'BEGIN { print ok ? "yes" : "no" }'; }
{
  echo "# Knowledge-base benchmark"
  echo
  echo "Run by \`bench/kb.sh\` on $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown),"
  echo "$(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo). Release build, SQLite, \`demo --scale $SCALE\`:"
  echo "$(grep -o '[0-9]* knowledge-base articles and [0-9]* generated ones' "$work/kb-demo.log" || echo '? articles'),"
  echo "loaded in ${loaded} s; the database file is ${db_mb} MB."
  echo "wrk with 1 thread and $CONNECTIONS connections for $DURATION per URL after a 2 s warm-up, every request"
  echo "with \`Accept-Encoding: gzip\`. Client, servers and other work share the same $(nproc) cores:"
  echo "the numbers are noisy (±20 % between runs is usual, p99 most of all); compare rows of one"
  echo "run, not runs. Load average before the build and run: $load_before."
  echo
  echo "- **cache on**: sportello with its defaults (page cache of 32 MiB)."
  echo "- **cache off**: \`SPORTELLO_SERVER__PAGE_CACHE_BYTES=0\`: every request reads the article from SQLite"
  echo "  (five queries, seven for a translation), builds the page with askama and gzips it (level 2). The"
  echo "  Markdown of its texts comes from the node's memo of rendered texts, which stays on: it is keyed by"
  echo "  the text itself (4 MiB), and the generated copies share the seed's texts, so the 1,000-sheet row"
  echo "  hits it too. The prerequisite chips come from a per-stamp memo, like the directory's snapshot."
  echo "- **nginx**: $("$nginx_bin" -v 2>&1 | sed 's/^nginx version: //'), \`worker_processes auto\`, serving the bytes the server"
  echo "  sent for each URL (fetched with curl just before) as files, \`gzip on\`, access log off."
  echo
  echo "| page | server | requests/s | p50 ms | p99 ms | × nginx req/s |"
  echo "|---|---|---:|---:|---:|---:|"
  for entry in "${pages[@]}"; do
    path=${entry%%|*}
    what=${entry#*|}
    n=${ngx[$path]}
    echo "| $what \`$path\` | sportello, cache on | $(field "${on[$path]}" 2) | $(field "${on[$path]}" 3) | $(field "${on[$path]}" 4) | $(ratio "${on[$path]}" "$n") |"
    echo "| $what | sportello, cache off | $(field "${off[$path]}" 2) | $(field "${off[$path]}" 3) | $(field "${off[$path]}" 4) | $(ratio "${off[$path]}" "$n") |"
    echo "| $what | nginx, same bytes | $(field "$n" 2) | $(field "$n" 3) | $(field "$n" 4) | 1.00 |"
  done
  echo "| 1,000 different generated sheets in turn | sportello, cache off | $(field "$many" 2) | $(field "$many" 3) | $(field "$many" 4) | |"
  echo
  echo "Non-2xx/3xx responses: $(for r in "${on[@]}" "${off[@]}" "${ngx[@]}" "$many"; do field "$r" 5; done | awk '{ s += $1 } END { print s + 0 }')."
  echo "Page cache during the cache-on runs: $cache_hits hits, $cache_misses misses. The Italian sheet is $sheet_bytes bytes uncompressed."
  echo
  echo "Leaflets (\`/volantino.pdf\`, $leaflet_bytes bytes for the Italian sheet): made anew, median ${leaflet_made_ms} ms, slowest"
  echo "${leaflet_max_ms} ms over 30 requests (curl, one at a time); kept in memory: $(field "$leaflet_kept" 2) requests/s,"
  echo "p99 $(field "$leaflet_kept" 4) ms."
  echo
  echo "RSS at the end: ${rss_on} MB (cache on, after the leaflets), ${rss_off} MB (cache off)."
  echo
  echo "## Bars (issue: knowledge base, \"Done when\")"
  echo
  s=${on[$sheet]}; u=${off[$sheet]}; g=${ngx[$sheet]}
  echo "| bar | measured | met |"
  echo "|---|---|:---:|"
  echo "| sheet cached ≥ 0.25× nginx, same bytes | $(ratio "$s" "$g")× | $(yes_no "$(awk -v r="$(ratio "$s" "$g")" 'BEGIN { print r >= 0.25 }')") |"
  echo "| sheet uncached ≥ 3,000 req/s | $(field "$u" 2) (one sheet), $(field "$many" 2) (1,000 sheets) | $(yes_no "$(awk -v a="$(field "$u" 2)" -v b="$(field "$many" 2)" 'BEGIN { print a >= 3000 && b >= 3000 }')") |"
  echo "| p99 ≤ 20 ms | cached $(field "$s" 4), uncached $(field "$u" 4) and $(field "$many" 4) ms | $(yes_no "$(awk -v a="$(field "$s" 4)" -v b="$(field "$u" 4)" -v c="$(field "$many" 4)" 'BEGIN { print a <= 20 && b <= 20 && c <= 20 }')") |"
  echo "| RSS ≤ 150 MB | ${rss_on} and ${rss_off} MB | $(yes_no "$(awk -v a="$rss_on" -v b="$rss_off" 'BEGIN { print a <= 150 && b <= 150 }')") |"
} > bench/results/kb.md
cat bench/results/kb.md
