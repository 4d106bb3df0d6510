# Shared by the benchmark scripts: wrk, the release binary, and turning wrk output into rows.
# shellcheck shell=bash

ensure_wrk() {
  if ! command -v wrk >/dev/null 2>&1; then
    echo "installing wrk" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  fi
}

ensure_nginx() { # sets nginx_bin
  if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
    echo "installing nginx-light" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
  fi
  nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
}

# start_nginx DIR PORT PROBE: nginx serving DIR/root as static files (the very bytes a
# server sent, fetched into it beforehand), gzip on, access log off, until PROBE answers;
# sets nginx_pid (stop it with stop_nginx).
start_nginx() {
  local dir=$1 port=$2 probe=$3
  # As root, nginx's workers would run as nobody, who may not reach the work tree.
  local user
  user=$([ "$(id -u)" = 0 ] && echo "user root;" || true)
  mkdir -p "$dir/tmp"
  cat >"$dir/nginx.conf" <<EOF
$user
worker_processes auto;
daemon off;
pid $PWD/$dir/nginx.pid;
error_log $PWD/$dir/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $PWD/$dir/tmp;
  proxy_temp_path $PWD/$dir/tmp;
  fastcgi_temp_path $PWD/$dir/tmp;
  uwsgi_temp_path $PWD/$dir/tmp;
  scgi_temp_path $PWD/$dir/tmp;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  types { }
  default_type "text/html; charset=utf-8";
  gzip on;
  server {
    listen 127.0.0.1:$port;
    root $PWD/$dir/root;
    index index.html;
  }
}
EOF
  "$nginx_bin" -p "$PWD/$dir" -c "$PWD/$dir/nginx.conf" &
  nginx_pid=$!
  for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$port$probe" >/dev/null 2>&1 && break; sleep 0.1; done
}

stop_nginx() { if [ -n "${nginx_pid:-}" ]; then kill -QUIT "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi; nginx_pid=; }

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
