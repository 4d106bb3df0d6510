# Shared by the benchmark scripts: wrk, the release binary, and turning wrk output into rows.
# shellcheck shell=bash

ensure_wrk() {
  if ! command -v wrk >/dev/null 2>&1; then
    echo "installing wrk" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  fi
}

build_release() {
  cargo build --release --locked -p sportello >&2
  bin=target/release/sportello
  work=bench/work
  mkdir -p "$work" bench/results
}

wait_ready() { # URL
  for _ in $(seq 1 200); do
    curl -fsS "$1/readyz" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  echo "server at $1 did not become ready" >&2
  exit 1
}

to_ms() { # wrk units: us, ms, s
  awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v } else { sub(/s$/, "", v); printf "%.2f", v * 1000 } }'
}

# row NAME WRK_OUTPUT → "name|requests/s|p50 ms|p99 ms|non-2xx/3xx"
row() {
  local name=$1 out=$2
  printf '%s|%s|%s|%s|%s\n' "$name" \
    "$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")" \
    "$(to_ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")" \
    "$(to_ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")" \
    "$(grep -Eo 'Non-2xx or 3xx responses: [0-9]+' <<<"$out" | grep -Eo '[0-9]+$' || echo 0)"
}

# ratio ROW_A ROW_B → requests/s of A over B
ratio() {
  awk -v a="$(cut -d'|' -f2 <<<"$1")" -v b="$(cut -d'|' -f2 <<<"$2")" 'BEGIN { printf "%.2f", a / b }'
}

table() { # ROWS...
  echo "| what | requests/s | p50 ms | p99 ms | non-2xx/3xx |"
  echo "|---|---:|---:|---:|---:|"
  for r in "$@"; do
    IFS='|' read -r n a b c d <<<"$r"
    echo "| $n | $a | $b | $c | $d |"
  done
}
