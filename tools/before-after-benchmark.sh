#!/usr/bin/env bash
# Were the core services or the audit made slower by a change? Runs the core's service benchmark
# (ServiceBenchmark: search, read with members, append an event) and audit benchmark
# (AuditBenchmark: family reads with and without the audit log) on a base commit and on the
# working tree, in one run on the same machine, in the order base, head, head, base (so neither
# side gets the quieter minutes), and prints both side by side with head/base ratios.
#
#   tools/before-after-benchmark.sh BASE [families] [--write]
#
# BASE: a commit (e.g. the one before the change). Default 10000 families, 1000 samples per service
# operation; the audit benchmark measures 5 s warm-up and 10 s per variant. The base is built in a
# temporary worktree with a copy of the local Maven repository, so the working tree's artifacts
# stay as they are; BENCHES (default "service audit") picks which run. PostgreSQL rows need the local test PostgreSQL (.ci/postgres-setup); without
# it both sides skip them. --write replaces the section between <!-- before-after-benchmark:start
# --> and <!-- before-after-benchmark:end --> in docs/benchmarks.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
base="${1:?usage: tools/before-after-benchmark.sh BASE [families] [--write]}"
shift
families=10000
write=""
for arg in "$@"; do
  case "$arg" in
    --write) write=1 ;;
    *) families="$arg" ;;
  esac
done
samples=1000
repo="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
work="$(mktemp -d)"
trap 'git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

base_rev="$(git -C "$root" rev-parse --short "$base")"
head_rev="$(git -C "$root" rev-parse --short HEAD)"
git -C "$root" worktree add -q --detach "$work/base" "$base_rev"
cp -r "$repo" "$work/m2-base"

# The service benchmark appended events as a team lead, whom the policy refuses outside their
# team, so it failed on every commit before its fix. A base without the fix gets it, and only
# it: the benchmark's own code, none of the platform's.
bench_file=bundles/nl.steunpunt.core/src/test/java/nl/steunpunt/core/bench/ServiceBenchmark.java
if ! grep -q "record Recorder" "$work/base/$bench_file" 2>/dev/null; then
  fix="$(git -C "$root" log --format=%h -S "record Recorder" -- "$bench_file" | tail -n 1)"
  if [ -n "$fix" ] && git -C "$root" diff "$fix~" "$fix" -- "$bench_file" | git -C "$work/base" apply -C1 -; then
    echo "before-after: the base's service benchmark got its actor fix ($fix)" >&2
  else
    echo "before-after: the base's service benchmark could not get its actor fix" >&2
  fi
fi

build() { # dir m2
  (cd "$1" && mvn -B -q -o -Dmaven.repo.local="$2" install -DskipTests -DskipITs \
    -Dbnd.baseline.skip=true -pl bundles/nl.steunpunt.core -am)
}
run() { # dir m2 main args
  (cd "$1" && mvn -B -q -o -Dstyle.color=never -Dmaven.repo.local="$2" \
    -pl bundles/nl.steunpunt.core org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
    -Dexec.classpathScope=test -Dexec.mainClass="nl.steunpunt.core.bench.$3" \
    -Dexec.args="$4" 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g' | grep '^|')
}

echo "before-after: building base $base_rev and head $head_rev (working tree)" >&2
build "$work/base" "$work/m2-base"
build "$root" "$repo"
for side in base head head base; do
  if [ "$side" = base ]; then dir="$work/base" m2="$work/m2-base"; else dir="$root" m2="$repo"; fi
  for bench in ${BENCHES:-service audit}; do
    echo "before-after: $side, $bench benchmark" >&2
    if [ "$bench" = service ]; then
      main=ServiceBenchmark args="$families $samples"
    else
      main=AuditBenchmark args="$families 5 10"
    fi
    # A benchmark that fails on a side is said, and its table left out; the other still runs.
    run "$dir" "$m2" "$main" "$args" >>"$work/$side.$bench" || echo "before-after: $side, $bench benchmark FAILED" >&2
  done
done

table="$(python3 - "$work" <<'PY'
import sys, statistics, collections
work = sys.argv[1]
def rows(path, key_cols, value_cols):
    out = collections.defaultdict(list)
    try:
        lines = open(path).readlines()
    except FileNotFoundError:
        lines = []
    for line in lines:
        cells = [c.strip() for c in line.strip().strip('|').split('|')]
        if len(cells) <= max(value_cols) or cells[0].startswith('---') or cells[0] in ('Database', 'database'):
            continue
        try:
            values = [float(cells[i]) for i in value_cols]
        except ValueError:
            continue
        out[tuple(cells[i] for i in key_cols)].append(values)
    return out
def side_by_side(title, kind, key_cols, value_cols, names, higher_is_better):
    base = rows(f"{work}/base.{kind}", key_cols, value_cols)
    head = rows(f"{work}/head.{kind}", key_cols, value_cols)
    if not base or not head:
        print(f"({title.split(':')[0]} benchmark: no figures on both sides)\n")
        return
    print(f"| {title} | " + " | ".join(f"{n} base | {n} head | head/base" for n in names) + " |")
    print("|---|" + "---:|---:|---:|" * len(names))
    for key in base:
        if key not in head:
            continue
        cells = []
        for i, _ in enumerate(names):
            b = statistics.median(v[i] for v in base[key])
            h = statistics.median(v[i] for v in head[key])
            cells += [f"{b:g}", f"{h:g}", f"{h / b:.2f}" if b else "-"]
        print("| " + " / ".join(key) + " | " + " | ".join(cells) + " |")
    print()
side_by_side("service: database / operation", "service", [0, 1], [2, 4], ["p50 ms", "p99 ms"], False)
side_by_side("audit: database / clients / audit", "audit", [0, 1, 2], [3], ["reads/s"], True)
PY
)"
echo "$table"

if [ -n "$write" ]; then
  out="$work/section.md"
  {
    echo "### Before and after: core services and audit, $base_rev vs $head_rev in one run"
    echo
    echo "$table"
    echo
    echo "- Each side ran twice, in the order base, head, head, base; each figure is the median of its two runs. Service rows: latency per call (lower is better, so head/base > 1 is slower); audit rows: reads per second (higher is better, so head/base < 1 is slower). ${families} generated families, ${samples} samples per service operation; the audit benchmark 5 s warm-up and 10 s per variant."
    echo "- Machine: $(nproc) CPUs; $(java -version 2>&1 | head -n 1); load average $(cut -d' ' -f1-3 /proc/loadavg) right after the run; measured $(date -u '+%Y-%m-%d %H:%M') UTC."
    echo "- Command: \`tools/before-after-benchmark.sh $base_rev ${families} --write\`."
  } >"$out"
  "$root/tools/benchmark-section.sh" before-after-benchmark "$root/docs/benchmarks.md" "$out"
fi
