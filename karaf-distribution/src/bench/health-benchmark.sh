#!/usr/bin/env bash
#
# health-benchmark.sh: GET /health (open, for load balancers) against the authenticated
# GET /api/v1/me as the baseline, in the same run (see HealthBenchmark): 16 clients on loopback,
# 5 s rounds, alternating.
#
# USAGE
#   karaf-distribution/src/bench/health-benchmark.sh [ROUNDS] [--write]
#
#   ROUNDS   measured rounds of each (default 3).
#   --write  replace the section between <!-- health-benchmark:start --> and
#            <!-- health-benchmark:end --> in docs/benchmarks.md with the table.
#
#   Build first (mvn -B install -DskipTests). Boots the distribution in demo mode on the test ports.
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
mvn -B -o -q verify -Dit.test=HealthBenchmark -Dsteunpunt.bench.rounds="$rounds" \
  -Dfailsafe.failIfNoSpecifiedTests=false -Dbnd.baseline.skip=true >&2
table="$(cat target/health-benchmark.md)"
echo "$table"

if [ "$write" = 1 ]; then
  section="$(mktemp)"
  printf 'Measured %s on %s (%s cores), %s rounds of 5 s each; load average %s before.\n\n%s\n' \
    "$(date -u +%Y-%m-%d)" "$(uname -m)" "$(nproc)" "$rounds" "$load_before" "$table" > "$section"
  ../tools/benchmark-section.sh health-benchmark ../docs/benchmarks.md "$section"
fi
