#!/usr/bin/env bash
#
# ui-benchmark.sh: the staff UI's benchmarks, each beside its baseline in the same run
# (see StaffUiBenchmark): login to the family page rendered in headless Chromium vs. the same
# login and API calls from a plain HTTP client; a bundle's install to its navigation entry in an
# open page vs. the same install to the entry listed by the API.
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
  -Dfailsafe.failIfNoSpecifiedTests=false -Dbnd.baseline.skip=true >&2
table="$(cat target/ui-benchmark.md)"
echo "$table"

if [ "$write" = 1 ]; then
  doc=../docs/benchmarks.md
  section="$(printf '<!-- ui-benchmark:start -->\nMeasured %s on %s (%s cores), %s rounds.\n\n%s\n<!-- ui-benchmark:end -->' \
    "$(date -u +%Y-%m-%d)" "$(uname -m)" "$(nproc)" "$rounds" "$table")"
  if grep -q '<!-- ui-benchmark:start -->' "$doc"; then
    python3 - "$doc" "$section" <<'PY'
import re, sys
path, section = sys.argv[1], sys.argv[2]
text = open(path).read()
text = re.sub(r'<!-- ui-benchmark:start -->.*?<!-- ui-benchmark:end -->', lambda m: section, text, flags=re.S)
open(path, 'w').write(text)
PY
  else
    printf '\n%s\n' "$section" >> "$doc"
  fi
  echo "written to docs/benchmarks.md" >&2
fi
