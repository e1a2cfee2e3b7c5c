#!/usr/bin/env bash
# What auditing costs a family read: familyService.find by a team lead on N generated families,
# with the audit log (AuditSink.LOG) and without (AuditSink.OFF) over the same store in the same
# run, at 1 and 32 client threads, on H2 and on PostgreSQL (skipped when not reachable; start it
# with .ci/postgres-setup).
#
#   bundles/nl.steunpunt.core/src/bench/audit-benchmark.sh [families] [--write]
#
# Default: 10000 families; per database and client count 5 s warm-up and 10 s measured per
# variant, in alternating 2 s slices. --write replaces the section between
# <!-- audit-benchmark:start --> and <!-- audit-benchmark:end --> in docs/benchmarks.md (appended at
# the end when absent). Environment: MVN_FLAGS (e.g. -o) is passed to Maven; SKIP_BUILD=1 runs on
# the classes already built and installed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
families=10000
write=""
for arg in "$@"; do
  case "$arg" in
    --write) write="--write" ;;
    *) families="$arg" ;;
  esac
done
flags=(${MVN_FLAGS:-})

cd "$root"
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -q "${flags[@]}" install -DskipTests -pl bundles/nl.steunpunt.core -am
fi
out="$(mktemp)"
# No colours: Maven's escape codes would otherwise stick to the first line of the table.
mvn -B -q -Dstyle.color=never "${flags[@]}" -pl bundles/nl.steunpunt.core \
  org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
  -Dexec.classpathScope=test -Dexec.mainClass=nl.steunpunt.core.bench.AuditBenchmark \
  -Dexec.args="$families 5 10" | sed 's/\x1b\[[0-9;]*m//g' | tee "$out"

if [ "$write" = "--write" ]; then
  doc="$root/docs/benchmarks.md"
  pg="not reachable, skipped"
  if grep -q '^| PostgreSQL' "$out"; then
    pg="PostgreSQL $(psql --version 2>/dev/null | awk '{print $3}') on localhost"
  fi
  {
    echo "### Audit cost: family reads with and without the audit log, on ${families} generated families"
    echo
    grep '^|' "$out"
    echo
    echo "- Measured: \`familyService.find(actor, id)\` of a random family by a team lead (who may read every family), through the core services on the real store, one transaction per read. Audit on = \`AuditSink.LOG\`: the entry is inserted and queued in the read's own transaction, and the store's sealer thread chains it off the request path, every ${STEUNPUNT_BENCH_SEAL_MILLIS:-200} ms (the production default is 200 ms); its work is part of the measured run. Off = a sink that drops the entries (test code only; production code has no switch). Both service sets run over the same store in the same JVM."
    echo "- Per database and client count: 5 s warm-up and 10 s measured per variant, in alternating 2 s slices (ABBA) so neither gets the warmer JIT or caches; reads/s over the measured time; p50/p99 of the per-read latency. Pool of 16 connections; 1 and 32 client threads."
    echo "- Target (from the issue): audited throughput at least half the unaudited one, i.e. the ratio column >= 0.5:"
    grep '^- .*target' "$out" | sed 's/^- /  - /'
    echo "- Machine: $(nproc) CPUs; $(java -version 2>&1 | head -n 1); H2 embedded file database; ${pg}; load average $(cut -d' ' -f1-3 /proc/loadavg) right after the run; measured $(date -u '+%Y-%m-%d %H:%M') UTC."
    echo "- Command: \`bundles/nl.steunpunt.core/src/bench/audit-benchmark.sh ${families} --write\`."
  } > "$out.md"
  "$root/tools/benchmark-section.sh" audit-benchmark "$doc" "$out.md"
fi
