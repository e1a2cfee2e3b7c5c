#!/usr/bin/env bash
#
# devloop-benchmark.sh: the dev loop (issue 18) beside its baseline, in the same run (see
# DevLoopBenchmark): from a rebuilt partner jar to the platform serving its new answer, with
# bundle:watch (the jar written into the local Maven repository, as mvn install does) and with
# bundle:update, beside feature:uninstall + feature:install of the same bundle. Demo mode, a
# dev-loop allow-list entry and a grant; loopback only.
#
# USAGE
#   karaf-distribution/src/bench/devloop-benchmark.sh [ROUNDS] [--write]
#
#   ROUNDS   measured rounds of each (default 5; one more warms up).
#   --write  replace the section between <!-- devloop-benchmark:start --> and
#            <!-- devloop-benchmark:end --> in docs/benchmarks.md with the table.
#
#   Build first (mvn -B install -DskipTests). Boots the distribution in demo mode on the test
#   ports; BENCH_OPTS passes more Maven options (other ports: -Dsteunpunt.it.http.port=…, another
#   local repository: -Dmaven.repo.local=…, which the benchmark writes its jar into and removes it
#   from again). Pax Exam stops the platform when the benchmark ends.
set -euo pipefail
exec "$(dirname "$0")/it-benchmark.sh" devloop-benchmark DevLoopBenchmark \
  "each after one warm-up" 5 "$@"
