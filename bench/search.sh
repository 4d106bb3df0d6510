#!/usr/bin/env bash
# Search engines side by side (crates/search/benches/engines.rs): this crate's tantivy index,
# SQLite FTS5 and PostgreSQL full-text on the same generated corpus of DOCS documents
# (1,000,000 unless given) and the same 1,000 queries, in one run; nDCG@10 and MRR on the
# judged set. PostgreSQL is the one at SPORTELLO_BENCH_PG (default: the local test server);
# the benchmark works in a schema of its own and drops it. Results: bench/results/search.md
set -euo pipefail
cd "$(dirname "$0")/.."
DOCS="${DOCS:-1000000}"
PG="${SPORTELLO_BENCH_PG:-postgres://postgres@127.0.0.1:5432/test}"
out="bench/results/search.md"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
BENCH_DATE="$(date -u +%Y-%m-%d), load before: $load_before" \
  cargo bench -p sportello-search --bench engines --locked -- "$DOCS" "$out" "$PG"
cat "$out"
