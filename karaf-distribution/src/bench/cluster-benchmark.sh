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
exec "$(dirname "$0")/it-benchmark.sh" cluster-benchmark ClusterBenchmark "10 s each, 32 connections" 3 "$@"
