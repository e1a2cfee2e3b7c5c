#!/usr/bin/env bash
# How long a backup and a restore take on N generated families (default 100000) with an audit entry
# each, on H2 and on PostgreSQL (start it with .ci/postgres-setup; pg_dump and pg_restore must be
# installed): the store's backup (seal, anchor, copy database and anchors, digests), the restore as
# the README does it, and opening the restored store with a verification of the whole audit chain
# against its anchors.
#
#   bundles/nl.steunpunt.core/src/bench/backup-benchmark.sh [families] [--write]
#
# --write replaces the section between <!-- backup-benchmark:start --> and
# <!-- backup-benchmark:end --> in docs/benchmarks.md. Environment: MVN_FLAGS (e.g. -o) is passed to
# Maven; SKIP_BUILD=1 runs on the classes already built and installed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
families=100000
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
mvn -B -q -Dstyle.color=never "${flags[@]}" -pl bundles/nl.steunpunt.core \
  org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
  -Dexec.classpathScope=test -Dexec.mainClass=nl.steunpunt.core.bench.BackupBenchmark \
  -Dexec.args="$families" | sed 's/\x1b\[[0-9;]*m//g' | tee "$out"

if [ "$write" = "--write" ]; then
  doc="$root/docs/benchmarks.md"
  {
    echo "### Backup and restore on ${families} generated families"
    echo
    grep '^|' "$out"
    echo
    echo "- Backup: \`StoreBackup.backup\`, what \`steunpunt:backup\` runs: seal and anchor the audit chain, copy the database (H2 \`SCRIPT … COMPRESSION GZIP\` in a SNAPSHOT transaction, PostgreSQL \`pg_dump --format=custom\`) and the anchors, write the digests. Restore: H2 runs the script into a new database (\`RUNSCRIPT\`), PostgreSQL runs \`pg_restore --no-owner\` into an empty schema; the anchors and their key are copied as \`bin/steunpunt-restore\` does. Open + verify: opening the restored store (schema check, seal, anchor) and verifying the whole chain against the anchors."
    echo "- Each family comes with its members, trajectory, events and tasks from the demo generator; one audit entry per family."
    echo "- Machine: $(nproc) CPUs; $(java -version 2>&1 | head -n 1); PostgreSQL $(psql --version 2>/dev/null | awk '{print $3}') on localhost; measured $(date -u '+%Y-%m-%d %H:%M') UTC."
    echo "- Command: \`bundles/nl.steunpunt.core/src/bench/backup-benchmark.sh ${families} --write\`."
  } > "$out.md"
  "$root/tools/benchmark-section.sh" backup-benchmark "$doc" "$out.md"
fi
