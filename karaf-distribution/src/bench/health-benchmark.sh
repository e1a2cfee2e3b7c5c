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
exec "$(dirname "$0")/it-benchmark.sh" health-benchmark HealthBenchmark "5 s each" 3 "$@"
