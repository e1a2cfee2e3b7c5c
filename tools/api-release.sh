#!/usr/bin/env bash
# Releases the public API (bundles/nl.steunpunt.api) at a version: builds and tests it at that
# version, lets bnd's baseline compare it with the previous release, and deploys it into
# bundles/nl.steunpunt.api/releases, the file repository every later build's baseline compares with.
# Then it moves the API to the next development version. docs/partner-guide.md ("The API's
# versions") says when to release and which version to choose.
#
#   tools/api-release.sh VERSION [NEXT]      e.g. tools/api-release.sh 1.1.0
#   tools/api-release.sh --set VERSION       only moves the development version, e.g. to
#                                            1.1.0-SNAPSHOT when bnd asks for a higher bundle version
#
# VERSION is the bundle version bnd asks for (at least the highest package version). NEXT defaults
# to VERSION with the micro version raised, as a SNAPSHOT (1.1.0 -> 1.1.1-SNAPSHOT). The script
# changes three files besides releases/: the module's <version>, and steunpunt.api.version in the
# root POM and in steunpunt-partner-bom (tools/partner-kit-check.sh fails when they differ). Commit
# them together. A release is never rewritten: a folder of that version under releases/ stops it.
#
# Environment: MAVEN_REPO_LOCAL (local repository; default Maven's), MVN (default mvn).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
api=$root/bundles/nl.steunpunt.api
releases=$api/releases/nl/steunpunt/nl.steunpunt.api
mvn=${MVN:-mvn}

fail() {
  echo "api-release: $*" >&2
  exit 1
}

set_version() {
  sed -i "/<artifactId>nl.steunpunt.api<\/artifactId>/,/<version>/ s|<version>[^<]*</version>|<version>$1</version>|" "$api/pom.xml"
  sed -i "s|<steunpunt.api.version>[^<]*</steunpunt.api.version>|<steunpunt.api.version>$1</steunpunt.api.version>|" \
    "$root/pom.xml" "$root/partner-kit/steunpunt-partner-bom/pom.xml"
}

if [ "${1:-}" = --set ]; then
  [ $# -eq 2 ] && [[ $2 =~ ^[0-9]+\.[0-9]+\.[0-9]+-SNAPSHOT$ ]] || fail "usage: tools/api-release.sh --set MAJOR.MINOR.MICRO-SNAPSHOT"
  set_version "$2"
  echo "api-release: the API is now at $2 (module, root POM, BOM)"
  exit 0
fi
[ $# -ge 1 ] && [ $# -le 2 ] || fail "usage: tools/api-release.sh VERSION [NEXT]"
version=$1
[[ $version =~ ^([0-9]+)\.([0-9]+)\.([0-9]+)$ ]] || fail "VERSION must be MAJOR.MINOR.MICRO, not $version"
next=${2:-${BASH_REMATCH[1]}.${BASH_REMATCH[2]}.$((BASH_REMATCH[3] + 1))-SNAPSHOT}
[[ $next == *-SNAPSHOT ]] || fail "NEXT must be a -SNAPSHOT version, not $next"
[ ! -e "$releases/$version" ] || fail "$version is released already; a release is never rewritten"
# The release is made from committed sources only, so the tag of the commit is the release.
git -C "$root" diff --quiet HEAD -- bundles/nl.steunpunt.api ||
  fail "bundles/nl.steunpunt.api has uncommitted changes"

current=$(sed -n 's:.*<steunpunt.api.version>\(.*\)</steunpunt.api.version>.*:\1:p' "$root/pom.xml")

args=(-B -f "$api/pom.xml")
[ -n "${MAVEN_REPO_LOCAL:-}" ] && args+=(-Dmaven.repo.local="$MAVEN_REPO_LOCAL")
# Only the first release has nothing to compare with.
if [ ! -d "$releases" ]; then
  echo "api-release: first release, no baseline to compare with"
  args+=(-Dbnd.baseline.fail.on.missing=false)
  # ReleaseBaselineTest compares changed copies with the newest release: there is none yet.
  args+=("-Dtest=!ReleaseBaselineTest" -Dsurefire.failIfNoSpecifiedTests=false)
fi

set_version "$version"
# deploy: compile, unit tests (ReleaseBaselineTest among them), jar, bnd baseline, and the copy into
# releases/ (not offline: Maven deploys nothing offline, although this repository is a folder).
if ! "$mvn" "${args[@]}" clean deploy; then
  set_version "$current"
  fail "the build at $version failed (above); versions put back to $current"
fi
set_version "$next"

echo "api-release: released nl.steunpunt.api $version; the API is now at $next. Commit:"
echo "  git add bundles/nl.steunpunt.api/releases bundles/nl.steunpunt.api/pom.xml pom.xml partner-kit/steunpunt-partner-bom/pom.xml"
echo "  git commit -m 'API $version'"
