#!/usr/bin/env bash
# Accounts benchmark: argon2id logins at 10 concurrent clients, and an authenticated
# workspace page, against the static-asset baseline from the same release server (SQLite).
# Results: bench/results/auth.md
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

DURATION="${DURATION:-10s}"
PORT="${PORT:-18481}"
base="http://127.0.0.1:$PORT"

ensure_wrk
build_release
rm -f "$work"/auth.db*
db="sqlite://$work/auth.db"
"$bin" --database-url "$db" demo --load-only >/dev/null
printf 'bench password 1234\n' | "$bin" --database-url "$db" user add --email bench@example.org --name Bench --role admin --password-stdin >/dev/null

SPORTELLO_LOG__FILTER=warn "$bin" --database-url "$db" serve --bind "127.0.0.1:$PORT" >"$work/auth-server.log" 2>&1 &
server=$!
trap 'kill -TERM $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
wait_ready "$base"

# Before login the anti-CSRF token is a cookie the client echoes in the form: any 64-hex value.
csrf=$(printf 'b%.0s' $(seq 1 64))
form="csrf=$csrf&email=bench%40example.org&password=bench+password+1234"
cat >"$work/login.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "sportello_csrf=$csrf"
wrk.body = "$form"
LUA
session=$(curl -s -o /dev/null -D - -X POST -H "Cookie: sportello_csrf=$csrf" --data "$form" "$base/it/accesso" \
  | tr -d '\r' | awk -F'[=;]' '/^set-cookie: sportello_session=/ { print $2 }')
[ -n "$session" ] || { echo "login failed" >&2; exit 1; }
css=$(curl -fsS "$base/it/" | grep -o '/static/style\.[0-9a-f]*\.css' | head -n1)

login=$(row "login (argon2id, 10 concurrent, POST → 303)" "$(wrk -t1 -c10 -d"$DURATION" --latency -s "$work/login.lua" "$base/it/accesso")")
wrk -t1 -c32 -d2s -H "Cookie: sportello_session=$session" "$base/it/workspace" >/dev/null
workspace=$(row "authenticated \`/it/workspace\` (32 connections)" "$(wrk -t1 -c32 -d"$DURATION" --latency -H "Cookie: sportello_session=$session" "$base/it/workspace")")
static=$(row "static asset (baseline, 32 connections)" "$(wrk -t1 -c32 -d"$DURATION" --latency "$base$css")")

{
  echo "# Accounts benchmark"
  echo
  echo "Run by \`bench/auth.sh\` on $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $(nproc) cores."
  echo "Release build, SQLite demo database, wrk with 1 thread for $DURATION per row, client and server on the same cores."
  echo "Every login succeeds and writes a session and an audit row; argon2id uses the OWASP parameters"
  echo "(19 MiB, 2 passes, 1 lane). wrk counts only 4xx/5xx as errors, so the 303s are successes."
  echo
  table "$login" "$workspace" "$static"
  echo
  echo "The authenticated workspace page runs at **$(ratio "$workspace" "$static")×** the static-asset baseline of the same run."
  echo
  echo "Targets (issue: accounts): login p99 ≤ 300 ms at 10 concurrent logins; authenticated workspace page ≥ 2,000 requests/s."
} > bench/results/auth.md
cat bench/results/auth.md
