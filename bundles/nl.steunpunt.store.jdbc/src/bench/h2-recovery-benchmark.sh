#!/usr/bin/env bash
# What a kill -9 costs an H2 file, side by side in one run: acknowledged commits lost when H2 opens
# the killed file with its own quick recovery (the baseline), and when the store scans it first
# (H2Recovery), each over the same number of kills; and how long the scan takes, on the small file
# and on a large one (one writer, each insert its own commit, WRITE_DELAY 0; RETENTION_TIME 1000 makes
# H2 reuse free space after a second, where the default waits 45 s).
#
#   bundles/nl.steunpunt.store.jdbc/src/bench/h2-recovery-benchmark.sh [kills] [large-rows] [--write]
#
# --write replaces the section between <!-- h2-recovery-benchmark:start --> and
# <!-- h2-recovery-benchmark:end --> in docs/benchmarks.md. Environment: MVN_FLAGS (e.g. -o) is
# passed to Maven; SKIP_BUILD=1 runs on the classes already built.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
kills=20
rows=50000
write=""
numbers=()
for arg in "$@"; do
  case "$arg" in
    --write) write="--write" ;;
    *) numbers+=("$arg") ;;
  esac
done
[ "${#numbers[@]}" -gt 0 ] && kills="${numbers[0]}"
[ "${#numbers[@]}" -gt 1 ] && rows="${numbers[1]}"
flags=(${MVN_FLAGS:-})

cd "$root"
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -q "${flags[@]}" install -DskipTests -pl bundles/nl.steunpunt.store.jdbc -am
  mvn -B -q "${flags[@]}" test-compile -pl bundles/nl.steunpunt.store.jdbc
fi
started="$(date +%s)"
out="$(mktemp)"
# The writer runs as a child JVM on the module's test class path, so the benchmark runs as one too.
module="$root/bundles/nl.steunpunt.store.jdbc"
mvn -B -q "${flags[@]}" -pl bundles/nl.steunpunt.store.jdbc dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$out.cp"
java -cp "$module/target/test-classes:$module/target/classes:$(cat "$out.cp")" \
  nl.steunpunt.store.jdbc.internal.H2RecoveryBenchmark "$kills" "$rows" | tee "$out"

if [ "$write" = "--write" ]; then
  doc="$root/docs/benchmarks.md"
  {
    echo "### Data safety: an H2 file after kill -9 (issue 16)"
    echo
    grep '^|' "$out"
    echo
    echo "- A child JVM writes with one connection, each insert its own commit (\`WRITE_DELAY 0\`), and prints each row once its commit returned (\`RETENTION_TIME 1000\`: H2 reuses free space after a second instead of 45 s); it is killed (\`SIGKILL\`) after 1.5-3.5 s of writing, then the file is opened and every printed row looked for. The large file holds ${rows} rows of 4 KB written first, a thousand per commit."
    echo "- Why the baseline loses: when H2 writes a commit's chunk into free space in the middle of the file, it rewrites the file header pointing at the chunk before it; after a kill its quick recovery opens there. \`H2Recovery\` opens a file not closed cleanly in H2's recovery mode (every block scanned, the newest complete chunk taken) and closes it, so the header points at the last commit."
    echo "- Machine: $(nproc) CPUs; $(java -version 2>&1 | head -n 1); H2 2.5.252; measured $(date -u '+%Y-%m-%d %H:%M') UTC; the run took $(( $(date +%s) - started )) s."
    echo "- Command: \`bundles/nl.steunpunt.store.jdbc/src/bench/h2-recovery-benchmark.sh ${kills} ${rows} --write\`."
  } > "$out.md"
  "$root/tools/benchmark-section.sh" h2-recovery-benchmark "$doc" "$out.md"
fi
