#!/usr/bin/env bash
#
# partner-benchmark.sh: the partner plugins' benchmarks (issue 7), each beside its baseline in the
# same run (see PartnerBenchmark): feature install to the partner caught up and its page listed;
# event delivery latency from commit to listener at the default poll and at 50 ms; replay of a
# 10,000-event backlog vs. reading it through the REST timeline; memory across 200 redeploys of
# the partner's feature vs. the idle platform for as long.
#
# USAGE
#   karaf-distribution/src/bench/partner-benchmark.sh [--write]
#
#   --write  replace the section between <!-- partner-benchmark:start --> and
#            <!-- partner-benchmark:end --> in docs/benchmarks.md (appended if missing).
#
#   Builds everything (no unit tests) and boots the distribution
#   in demo mode on the test ports (18181, 18101), like the tests, and waits while they are busy.
#   Sizes: -Dsteunpunt.bench.rounds (10), .events (500), .backlog (10000), .redeploys (200) in
#   BENCH_OPTS.
set -euo pipefail
# From the repository root, through the reactor: the distribution is assembled from the bundles
# built in this run, never from older ones in ~/.m2.
cd "$(dirname "$0")/../../.."

write=0
for arg in "$@"; do
  case "$arg" in
    --write) write=1 ;;
    *) echo "usage: $0 [--write]" >&2; exit 2 ;;
  esac
done

while ss -ltn | grep -qE ':(18181|18101)\b'; do
  echo "test ports 18181/18101 busy, waiting 30 s" >&2
  sleep 30
done

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s)
# shellcheck disable=SC2086
mvn -B -o -q verify -Dit.test=PartnerBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dbnd.baseline.skip=true ${BENCH_OPTS:-} >&2
elapsed=$(( $(date +%s) - start ))
tables="$(cat karaf-distribution/target/partner-benchmark.md)"
echo "$tables"

if [ "$write" = 1 ]; then
  section="$(mktemp)"
  printf '### Partner plugins (issue 7)\n\n%s\n\n- Machine: %s CPUs (%s), %s GiB RAM; `%s`; measured %s; load average %s before the run, %s after; the whole script took %d min %02d s (boot and build included).\n- Command: `karaf-distribution/src/bench/partner-benchmark.sh --write`.\n' \
    "$tables" "$(nproc)" \
    "$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)" \
    "$(awk '/^MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)" \
    "$(java -version 2>&1 | grep -v '^Picked up' | head -n 1)" "$(date -u '+%Y-%m-%d %H:%M UTC')" \
    "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)" $(( elapsed / 60 )) $(( elapsed % 60 )) \
    > "$section"
  tools/benchmark-section.sh partner-benchmark docs/benchmarks.md "$section"
fi
