#!/usr/bin/env bash
#
# durability-benchmark.sh: the benchmark of issue 16 "Data safety" (see DurabilityBenchmark):
# audited GET /api/v1/families/{id} over HTTP at 32 connections with durable commits (the default)
# and with the old non-durable setting (durableCommit=false in etc/nl.steunpunt.store.cfg), and
# GET /api/v1/me as the ceiling, in one run per database, on H2 and on PostgreSQL. Target: durable
# >= 0.5x non-durable. Also quotes the crash test's totals (CrashIT) when target/ has them.
#
# USAGE
#   karaf-distribution/src/bench/durability-benchmark.sh [--no-build] [--write]
#
#   --write     replace the section between <!-- durability-benchmark:start --> and
#               <!-- durability-benchmark:end --> in docs/benchmarks.md (appended if missing).
#   --no-build  measure the distribution built last (karaf-distribution/target/*.tar.gz) instead
#               of building everything first (no unit tests).
#
#   The platform runs as a process in demo mode on the test ports (18181, 18101, 11099, 44445;
#   -Dsteunpunt.it.http.port, .ssh.port, .rmi.port, .rmi.server.port in BENCH_OPTS move them),
#   bound to 127.0.0.1. PostgreSQL: the local test server of .ci/postgres-setup, a schema of its
#   own (dropped afterwards); without a server that part is skipped (CI=true: it fails).
#   Sizes in BENCH_OPTS: -Dsteunpunt.bench.families (300), .warmup (5 s), .seconds (10 s per slice),
#   .connections (32). Maven options too, e.g. BENCH_OPTS=-Dmaven.repo.local=/path/to/m2.
#   No wrk needed: the load generator is ReadLoad (Java, keep-alive HTTP/1.1).
set -euo pipefail
cd "$(dirname "$0")/../../.."

write=0
build=1
for arg in "$@"; do
  case "$arg" in
    --write) write=1 ;;
    --no-build) build=0 ;;
    *) echo "usage: $0 [--no-build] [--write]" >&2; exit 2 ;;
  esac
done

target=karaf-distribution/target
rm -f "$target"/durability-benchmark-*.md
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s)
if [ "$build" = 1 ]; then
  # From the repository root, through the reactor: the distribution is assembled from the bundles
  # built in this run, never from older ones in the local repository.
  # shellcheck disable=SC2086
  mvn -B -o -q verify -Dit.test=DurabilityBenchmark -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dbnd.baseline.skip=true \
    ${BENCH_OPTS:-} >&2
else
  # shellcheck disable=SC2086
  mvn -B -o -q failsafe:integration-test failsafe:verify -pl karaf-distribution \
    -Dit.test=DurabilityBenchmark ${BENCH_OPTS:-} >&2
fi
elapsed=$(( $(date +%s) - start ))

shopt -s nullglob
tables=("$target"/durability-benchmark-*.md)
crash=("$target"/crash-test-*.md)
shopt -u nullglob
if [ "${#tables[@]}" = 0 ]; then
  echo "no results in $target/durability-benchmark-*.md" >&2
  exit 1
fi

section="$(mktemp)"
trap 'rm -f "$section"' EXIT
{
  printf '### Data safety: durable commits (issue 16)\n\n'
  printf 'Audited `GET /api/v1/families/{id}` as the demo counsellor over HTTP, 32 keep-alive'
  printf ' connections (Java load generator), on 300 families created first; settings alternate'
  printf ' durable, non-durable, non-durable, durable, each slice on a fresh start with a warm-up;'
  printf ' `/api/v1/me` (authentication, no store) measured in every slice as the ceiling.'
  printf ' Latencies are pooled over the slices of a variant.\n\n'
  for t in "${tables[@]}"; do
    cat "$t"
    printf '\n'
  done
  if [ "${#crash[@]}" -gt 0 ]; then
    printf '#### Crash test (CrashIT): kill -9 under load, restart, check\n\n'
    head -n 2 "${crash[0]}"
    for c in "${crash[@]}"; do
      tail -n +3 "$c"
    done
    printf '\n- From `%s`, the last run of `CrashIT` in this checkout.\n' "$target/crash-test-*.md"
  fi
  printf -- '- Machine: %s CPUs (%s), %s GiB RAM; `%s`; measured %s; load average %s before the run, %s after; the whole script took %d min %02d s.\n' \
    "$(nproc)" "$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)" \
    "$(awk '/^MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)" \
    "$(java -version 2>&1 | grep -v '^Picked up' | head -n 1)" "$(date -u '+%Y-%m-%d %H:%M UTC')" \
    "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)" $(( elapsed / 60 )) $(( elapsed % 60 ))
  printf -- '- Command: `karaf-distribution/src/bench/durability-benchmark.sh --write`.\n'
} > "$section"
cat "$section"

if [ "$write" = 1 ]; then
  tools/benchmark-section.sh durability-benchmark docs/benchmarks.md "$section"
fi
