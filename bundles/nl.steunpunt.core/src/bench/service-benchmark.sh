#!/usr/bin/env bash
# Latency of the core services (search, read with members, append event) on N generated families,
# on H2 and on PostgreSQL in the same run. Needs the local test PostgreSQL (.ci/postgres-setup).
#
#   bundles/nl.steunpunt.core/src/bench/service-benchmark.sh [families] [samples] [--write]
#
# Defaults: 100000 families, 1000 samples per operation. --write replaces the section between
# <!-- service-benchmark:start --> and <!-- service-benchmark:end --> in docs/benchmarks.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
families="${1:-100000}"
samples="${2:-1000}"
write="${3:-}"

cd "$root"
mvn -B -q install -DskipTests -pl bundles/nl.steunpunt.core -am
out="$(mktemp)"
mvn -B -q -pl bundles/nl.steunpunt.core org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
  -Dexec.classpathScope=test -Dexec.mainClass=nl.steunpunt.core.bench.ServiceBenchmark \
  -Dexec.args="$families $samples" | tee "$out"

if [ "$write" = "--write" ]; then
  doc="$root/docs/benchmarks.md"
  {
    echo "### Core services on ${families} generated families: H2 vs PostgreSQL"
    echo
    grep '^|' "$out"
    echo
    echo "- Through the core services (access policy and audit, validation, one transaction per call), on the real store; pool of 4 connections; one thread."
    echo "- Data: the seeded generator (about 6 members and 5 events per family). Search = a municipality and phase SUPPORT, a page of 50 at offset 0-150; read = family plus members; append = a SESSION_HELD event."
    echo "- Machine: $(nproc) CPUs; $(java -version 2>&1 | head -n 1); PostgreSQL $(psql --version | awk '{print $3}') on localhost; measured $(date -u '+%Y-%m-%d %H:%M') UTC."
    echo "- Command: \`bundles/nl.steunpunt.core/src/bench/service-benchmark.sh ${families} ${samples} --write\`."
  } > "$out.md"
  "$root/tools/benchmark-section.sh" service-benchmark "$doc" "$out.md"
fi
