#!/usr/bin/env bash
# A partner developer's first build beside the platform's own build of a partner, in one run:
#   kit        `mvn archetype:generate` of a partner project, then its first `mvn verify`: compile,
#              unit tests, bundle, KAR, and its integration test, in which the test kit boots the
#              real distribution in demo mode and deploys, allow-lists and grants the KAR
#              (tools/partner-kit-check.sh, which does exactly that outside the repository, offline);
#   reference  `mvn -o clean package -pl bundles/nl.steunpunt.partner.municipality`: the reactor's
#              build of one reference partner (compile, unit tests, bundle), no platform booted.
# Rounds alternate (reference, kit, reference, kit, ...) to spread machine noise. Prints a Markdown
# table; with --write, replaces its section of docs/benchmarks.md.
#
#   karaf-distribution/src/bench/partner-kit-benchmark.sh [ROUNDS] [--write]
#
# Build the reactor first (mvn -B install -DskipTests): the kit round needs the archetype, the
# test kit and the distribution archive in their target/ folders. MAVEN_REPO_LOCAL names the local
# repository (default ~/.m2/repository); STEUNPUNT_TESTKIT_PORTS fixes the platform's ports
# ("http ssh rmi rmi-server", default free ones on 127.0.0.1).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(cd .. && pwd)

rounds=3 write=0
for arg in "$@"; do
  case "$arg" in
    --write) write=1 ;;
    '' | *[!0-9]*) echo "usage: partner-kit-benchmark.sh [ROUNDS] [--write]" >&2; exit 2 ;;
    *) rounds="$arg" ;;
  esac
done
(( rounds >= 1 )) || { echo "ROUNDS must be at least 1" >&2; exit 2; }
repo=${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
: >"$work/reference" && : >"$work/kit"
for ((i = 1; i <= rounds; i++)); do
  echo "round $i of $rounds: reference partner" >&2
  t0=$(now)
  (cd "$root" && mvn -B -o -q clean package -pl bundles/nl.steunpunt.partner.municipality \
    -Dmaven.repo.local="$repo" -Dbnd.baseline.skip=true >"$work/reference.log" 2>&1) || {
    tail -n 40 "$work/reference.log" >&2
    exit 1
  }
  seconds "$t0" "$(now)" >>"$work/reference"
  echo >>"$work/reference"

  echo "round $i of $rounds: archetype generate and first green build with its integration test" >&2
  MAVEN_REPO_LOCAL="$repo" PARTNER_KIT_TIMES="$work/times" \
    bash "$root/tools/partner-kit-check.sh" gm0344 MUNICIPALITY MUNICIPAL_SUPPORT >"$work/kit.log" 2>&1 || {
    tail -n 40 "$work/kit.log" >&2
    exit 1
  }
  tail -n 1 "$work/times" >>"$work/kit"
done

# times: generate build boot deploy it (seconds), one line per kit round.
column() { awk -v c="$1" '{ print $c }' "$work/kit" | median; }
total=$(awk '{ printf "%.1f\n", $1 + $2 }' "$work/kit" | median)
reference=$(grep -v '^$' "$work/reference" | median)
table="$(
  printf '| what (median of %s rounds) | seconds |\n|---|---|\n' "$rounds"
  printf '| **archetype generate → first green build with its integration test** | **%s** |\n' "$total"
  printf '| of which `archetype:generate` | %s |\n' "$(column 1)"
  printf '| of which `mvn verify` (compile, 13 unit tests, bundle, KAR, integration test) | %s |\n' "$(column 2)"
  printf '| of which the integration test (failsafe, all of it) | %s |\n' "$(column 5)"
  printf '| of which the platform booting to ready (demo mode, fresh unpack) | %s |\n' "$(column 3)"
  printf '| of which deploying the KAR: allow, grant, route answering | %s |\n' "$(column 4)"
  printf '| reactor build of one reference partner (`clean package -pl bundles/nl.steunpunt.partner.municipality`, no platform) | %s |\n' "$reference"
  printf '\nEvery round, kit and reference: %s s; %s s.\n' \
    "$(awk '{ printf "%s%.1f", (NR > 1 ? ", " : ""), $1 + $2 }' "$work/kit")" \
    "$(grep -v '^$' "$work/reference" | paste -sd, | sed 's/,/, /g')"
)"
echo "$table"

if [ "$write" = 1 ]; then
  section=$(mktemp)
  printf '### Partner kit: a new partner project to its first green build (issue 18)\n\nMeasured %s on %s (%s cores), %s rounds; load average %s before. The kit round is `tools/partner-kit-check.sh gm0344 MUNICIPALITY MUNICIPAL_SUPPORT` (offline, a fresh local repository of the published artifacts, its plugins read from the build'"'"'s; a fresh platform unpacked each time). The machine is shared: with a load average above its 2 cores, other builds ran at the same time and these figures are upper bounds.\n\n%s\n' \
    "$(date -u +%Y-%m-%d)" "$(uname -m)" "$(nproc)" "$rounds" "$load_before" "$table" >"$section"
  "$root/tools/benchmark-section.sh" partner-kit-benchmark "$root/docs/benchmarks.md" "$section"
  rm -f "$section"
fi
