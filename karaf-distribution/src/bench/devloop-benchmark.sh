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
cd "$(dirname "$0")/../.."

rounds=5 write=0
for arg in "$@"; do
  case "$arg" in
    --write) write=1 ;;
    ''|*[!0-9]*) echo "usage: devloop-benchmark.sh [ROUNDS] [--write]" >&2; exit 2 ;;
    *) rounds="$arg" ;;
  esac
done

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086
mvn -B -o -q verify -Dit.test=DevLoopBenchmark -Dsteunpunt.bench.rounds="$rounds" \
  -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfailsafe.failIfNoSpecifiedTests=false -Dbnd.baseline.skip=true ${BENCH_OPTS:-} >&2
table="$(cat target/devloop-benchmark.md)"
echo "$table"

if [ "$write" = 1 ]; then
  section="$(mktemp)"
  printf '### Dev loop (issue 18)\n\nMeasured %s on %s (%s cores), %s rounds of each after one warm-up; load average %s before.\n\n%s\n\nCommand: `karaf-distribution/src/bench/devloop-benchmark.sh %s --write`.\n' \
    "$(date -u +%Y-%m-%d)" "$(uname -m)" "$(nproc)" "$rounds" "$load_before" "$table" "$rounds" \
    > "$section"
  ../tools/benchmark-section.sh devloop-benchmark ../docs/benchmarks.md "$section"
  rm -f "$section"
fi
