#!/usr/bin/env bash
#
# ui-benchmark.sh: the staff UI's benchmarks, each beside its baseline in the same run
# (see StaffUiBenchmark): login to the family page rendered in headless Chromium (cold, warm, a
# third visit, the same navigating instead of the login in place, and by way of the home page) vs.
# the same login and API calls from a plain HTTP client, with the browser alone for comparison (the
# same link to the login page, to its first paint); an event
# recorded in the UI to the rule's task on the overview vs. the same through the API; a bundle's
# install to its navigation entry in an open page vs. the same install to the entry listed by the
# API.
#
# USAGE
#   karaf-distribution/src/bench/ui-benchmark.sh [ROUNDS] [--write]
#
#   ROUNDS   measured rounds of the page benchmark (default 10; the install benchmark does half).
#   --write  replace the section between <!-- ui-benchmark:start --> and <!-- ui-benchmark:end -->
#            in docs/benchmarks.md with the table (markers appended if missing).
#
#   Build first (mvn -B install -DskipTests); needs /usr/bin/chromium and /usr/bin/chromedriver.
#   Boots the distribution in demo mode on the test ports (18181, 18101), like the tests.
#   BENCH_OPTS passes more Maven options, as in the other benchmarks: other ports
#   (-Dsteunpunt.it.http.port, .ssh.port, .rmi.port, .rmi.server.port), another local repository
#   (-Dmaven.repo.local=…), the server's warm-up before the first measured round
#   (-Dsteunpunt.bench.warmup=N rounds of the visits' requests, 300 by default, at most a minute;
#   0 measures a platform just started), or a diagnosis: -Dsteunpunt.bench.profile=true prints a
#   CPU profile of each visit, -Dsteunpunt.bench.trace=true writes a Chromium trace of each fresh
#   browser's cold and warm visit to karaf-distribution/target/trace-*.json (open it in DevTools'
#   Performance panel). Both slow the visits down: compare their figures only with each other.
set -euo pipefail
cd "$(dirname "$0")/../.."

rounds=10
write=0
for arg in "$@"; do
  case "$arg" in
    --write) write=1 ;;
    ''|*[!0-9]*) echo "usage: $0 [ROUNDS] [--write]" >&2; exit 2 ;;
    *) rounds="$arg" ;;
  esac
done

mvn -B -o -q verify -Dit.test=StaffUiBenchmark -Dsteunpunt.bench.rounds="$rounds" \
  -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfailsafe.failIfNoSpecifiedTests=false -Dbnd.baseline.skip=true ${BENCH_OPTS:-} >&2
table="$(cat target/ui-benchmark.md)"
echo "$table"

if [ "$write" = 1 ]; then
  section="$(mktemp)"
  printf 'Measured %s on %s (%s cores), %s rounds.\n\n%s\n' \
    "$(date -u +%Y-%m-%d)" "$(uname -m)" "$(nproc)" "$rounds" "$table" > "$section"
  ../tools/benchmark-section.sh ui-benchmark ../docs/benchmarks.md "$section"
fi
