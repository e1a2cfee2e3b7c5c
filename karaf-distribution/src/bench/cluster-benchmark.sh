#!/usr/bin/env bash
#
# cluster-benchmark.sh: two nodes in cluster mode on the local PostgreSQL behind HAProxy (see
# ClusterBenchmark): audited family reads at 32 connections through a one-node frontend (the
# baseline) and a two-node one, alternating, 10 s rounds; /health beside /api/v1/me; failover
# (node A killed under load until the first request through HAProxy succeeds).
#
# USAGE
#   karaf-distribution/src/bench/cluster-benchmark.sh [ROUNDS] [--write]
#
#   ROUNDS   measured rounds of each (default 3).
#   --write  replace the section between <!-- cluster-benchmark:start --> and
#            <!-- cluster-benchmark:end --> in docs/benchmarks.md with the table.
#
#   Build first (mvn -B install -DskipTests). Needs PostgreSQL (.ci/postgres-setup) and haproxy.
set -euo pipefail
cd "$(dirname "$0")/../.."

rounds=3
write=0
for arg in "$@"; do
  case "$arg" in
    --write) write=1 ;;
    ''|*[!0-9]*) echo "usage: $0 [ROUNDS] [--write]" >&2; exit 2 ;;
    *) rounds="$arg" ;;
  esac
done

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
mvn -B -o -q verify -Dit.test=ClusterBenchmark -Dsteunpunt.bench.rounds="$rounds" \
  -Dfailsafe.failIfNoSpecifiedTests=false -Dbnd.baseline.skip=true >&2
table="$(cat target/cluster-benchmark.md)"
echo "$table"

if [ "$write" = 1 ]; then
  section="$(mktemp)"
  printf 'Measured %s on %s (%s cores), %s rounds of 10 s each, 32 connections; load average %s before.\n\n%s\n' \
    "$(date -u +%Y-%m-%d)" "$(uname -m)" "$(nproc)" "$rounds" "$load_before" "$table" > "$section"
  ../tools/benchmark-section.sh cluster-benchmark ../docs/benchmarks.md "$section"
fi
