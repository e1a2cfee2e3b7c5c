#!/usr/bin/env bash
# Runs one benchmark class of the distribution's tests (name without the IT suffix, so the suite
# skips it) and prints its table; with --write, replaces its section of docs/benchmarks.md. For the
# benchmark scripts beside this one.
#
#   src/bench/it-benchmark.sh NAME CLASS "what a round is" DEFAULT_ROUNDS [ROUNDS] [--write]
#
#   NAME     the table's file (target/NAME.md) and section (<!-- NAME:start -->) in benchmarks.md
#   CLASS    the test class, e.g. HealthBenchmark
#
# BENCH_OPTS passes more Maven options (other ports: -Dsteunpunt.it.http.port=…, another local
# repository: -Dmaven.repo.local=…). The unit tests are not run.
set -euo pipefail
name="$1" class="$2" round="$3" rounds="$4"
shift 4
cd "$(dirname "$0")/../.."

write=0
for arg in "$@"; do
  case "$arg" in
    --write) write=1 ;;
    ''|*[!0-9]*) echo "usage: $name.sh [ROUNDS] [--write]" >&2; exit 2 ;;
    *) rounds="$arg" ;;
  esac
done

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086
mvn -B -o -q verify -Dit.test="$class" -Dsteunpunt.bench.rounds="$rounds" \
  -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfailsafe.failIfNoSpecifiedTests=false -Dbnd.baseline.skip=true ${BENCH_OPTS:-} >&2
table="$(cat "target/$name.md")"
echo "$table"

if [ "$write" = 1 ]; then
  section="$(mktemp)"
  printf 'Measured %s on %s (%s cores), %s rounds of %s; load average %s before.\n\n%s\n' \
    "$(date -u +%Y-%m-%d)" "$(uname -m)" "$(nproc)" "$rounds" "$round" "$load_before" "$table" \
    > "$section"
  ../tools/benchmark-section.sh "$name" ../docs/benchmarks.md "$section"
  rm -f "$section"
fi
