#!/usr/bin/env bash
# Writes one benchmark's section of docs/benchmarks.md, for the benchmark scripts' --write:
# the lines between "<!-- NAME:start -->" and "<!-- NAME:end -->" become the lines of PART (the
# markers stay). A doc without the markers gets them appended with PART between; a missing doc is
# created. The doc is replaced in one move, so a failed run leaves it as it was.
#
#   tools/benchmark-section.sh NAME DOC PART
set -euo pipefail
if [ "$#" -ne 3 ]; then
  echo "usage: $0 NAME DOC PART" >&2
  exit 2
fi
name="$1" doc="$2" part="$3"
start="<!-- ${name}:start -->"
end="<!-- ${name}:end -->"
fail() {
  echo "$doc: $*" >&2
  exit 1
}

if [ ! -e "$doc" ]; then
  mkdir -p "$(dirname "$doc")"
  printf '# Benchmarks\n' > "$doc"
fi
starts="$(grep -cxF -- "$start" "$doc" || true)"
ends="$(grep -cxF -- "$end" "$doc" || true)"
if [ "$starts" = 0 ] && [ "$ends" = 0 ]; then
  printf '\n%s\n%s\n' "$start" "$end" >> "$doc"
elif [ "$starts" != 1 ] || [ "$ends" != 1 ]; then
  fail "needs exactly one '$start' and one '$end' line (found $starts and $ends)"
fi
tmp="$(mktemp "$(dirname "$doc")/.benchmarks.XXXXXX")"
# Everything up to and including the start marker, then PART, then from the end marker on.
if ! awk -v start="$start" -v end="$end" -v part="$part" '
    $0 == start { print; while ((getline line < part) > 0) print line; skip = 1; next }
    $0 == end   { if (!skip) bad = 1; skip = 0 }
    !skip       { print }
    END         { exit bad }' "$doc" > "$tmp"; then
  rm -f "$tmp"
  fail "'$end' comes before '$start'"
fi
chmod --reference="$doc" "$tmp" 2>/dev/null || true
mv "$tmp" "$doc"
echo "updated $doc" >&2
