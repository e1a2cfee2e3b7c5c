#!/usr/bin/env bash
# Proves the partner developer kit outside this repository: generates a partner project from
# steunpunt-partner-archetype into a temporary folder outside the repository, builds it with Maven
# offline against the artifacts this reactor built, runs its unit tests, checks its KAR, and runs
# its integration test, in which the test kit boots the real distribution in demo mode, installs
# the KAR, allow-lists and grants the partner and calls its routes.
#
#   tools/partner-kit-check.sh [--keep] [partnerId kind purpose]
#
# Run by the reactor itself (partner-kit/steunpunt-partner-archetype, phase integration-test, so
# `mvn -B verify` runs it and -DskipITs skips it), or by hand after `mvn -B package` or later.
#
# Where the generated project finds the platform's artifacts, although `verify` installs nothing:
# the check makes a local repository of its own in the temporary folder and copies into it, in
# Maven's layout, what a partner would take from the organisation's repository: the API and the
# partner kit (jar, test-jar), the test kit, the distribution archive and the demo KAR from their
# target/ folders, the BOM, the archetype and the parent POMs they name. Everything else (Maven's plugins, bnd, Karaf's plugin, JUnit, Jackson) the
# reactor's build has already put in its own local repository; the generated build reads that one
# as its Maven Central, a file:// repository, read-only, and Maven runs offline (-o, letting only
# the file protocol through). So nothing is downloaded, nothing is written to the build's local
# repository, and no Steunpunt SNAPSHOT left there by an earlier install is used (that repository
# is read for releases only).
#
# Environment: MAVEN_REPO_LOCAL (the build's local repository; default ~/.m2/repository),
# MVN (default mvn), ARCHETYPE_PLUGIN_VERSION (default the reactor's archetype.version),
# STEUNPUNT_TESTKIT_PORTS ("http ssh rmi rmi-server": the ports the integration test's platform
# listens on, on 127.0.0.1; default free ones), PARTNER_KIT_TIMES (a file to which a line of
# seconds is appended: generate, build, platform boot, deploy, integration test; for
# karaf-distribution/src/bench/partner-kit-benchmark.sh).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
keep=false
if [ "${1:-}" = "--keep" ]; then
  keep=true
  shift
fi
partner_id=${1:-kit-check}
kind=${2:-THERAPY}
purpose=${3:-THERAPY}
mvn=${MVN:-mvn}
maven_repo=${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}

# The first <version> and the archetype plugin's version of the reactor's root POM.
property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$2" | head -n 1; }
version=$(property version "$root/pom.xml")
# The API has a version of its own (its release number), in the root POM's steunpunt.api.version.
api_version=$(property steunpunt.api.version "$root/pom.xml")
archetype_plugin=${ARCHETYPE_PLUGIN_VERSION:-$(property archetype.version "$root/pom.xml")}
bom=$root/partner-kit/steunpunt-partner-bom/pom.xml

fail() {
  echo "partner-kit-check: $*" >&2
  exit 1
}
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
elapsed() { echo "$(since "$started") s"; }
started=$(now)

# 1. The BOM follows the reactor: same version, same value for every property it shares.
[ "$(property version "$bom")" = "$version" ] || fail "steunpunt-partner-bom is not at the reactor's version $version"
for name in $(sed -n '/<properties>/,/<\/properties>/s:.*<\([a-z.]*\)>.*</\1>.*:\1:p' "$bom"); do
  ours=$(property "$name" "$bom")
  theirs=$(property "$name" "$root/pom.xml")
  [ "$ours" = "$theirs" ] || fail "steunpunt-partner-bom has $name=$ours, the reactor $theirs"
done

# ... and the API module carries that version (its second <version>; the first is its parent's).
api=$root/bundles/nl.steunpunt.api
[ "$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$api/pom.xml" | sed -n 2p)" = "$api_version" ] ||
  fail "bundles/nl.steunpunt.api/pom.xml is not at the root POM's steunpunt.api.version $api_version"

# 2. What the reactor built (package phase or later).
kit=$root/bundles/nl.steunpunt.partner.http
archetype=$root/partner-kit/steunpunt-partner-archetype
testkit=$root/partner-kit/steunpunt-partner-testkit
distribution=$root/karaf-distribution
demo=$root/features/demo-kar
for jar in "$api/target/nl.steunpunt.api-$api_version.jar" \
  "$kit/target/nl.steunpunt.partner.http-$version.jar" \
  "$kit/target/nl.steunpunt.partner.http-$version-tests.jar" \
  "$archetype/target/steunpunt-partner-archetype-$version.jar" \
  "$testkit/target/steunpunt-partner-testkit-$version.jar" \
  "$distribution/target/karaf-distribution-$version.tar.gz" \
  "$demo/target/steunpunt-demo-$version.kar"; do
  [ -f "$jar" ] || fail "$jar is missing: build the reactor first (mvn -B package -DskipTests)"
done
[ -d "$maven_repo" ] || fail "no local repository at $maven_repo (set MAVEN_REPO_LOCAL)"

work=$(mktemp -d "${TMPDIR:-/tmp}/steunpunt-partner-kit.XXXXXX")
case "$work/" in
  "$root"/*) fail "the temporary folder $work lies inside the repository" ;;
esac
if [ "$keep" = true ]; then
  echo "partner-kit-check: keeping $work"
else
  trap 'rm -rf "$work"' EXIT
fi

# 3. The partner's view of the platform: a local repository with the published artifacts only.
repo=$work/repository
put() { # groupId artifactId file extension [classifier]
  local v=$version
  [ "$2" = nl.steunpunt.api ] && v=$api_version
  local dir=$repo/${1//.//}/$2/$v
  mkdir -p "$dir"
  cp "$3" "$dir/$2-$v${5:+-$5}.$4"
}
put nl.steunpunt steunpunt "$root/pom.xml" pom
put nl.steunpunt steunpunt-bundles "$root/bundles/pom.xml" pom
put nl.steunpunt nl.steunpunt.api "$api/pom.xml" pom
put nl.steunpunt nl.steunpunt.api "$api/target/nl.steunpunt.api-$api_version.jar" jar
put nl.steunpunt nl.steunpunt.partner.http "$kit/pom.xml" pom
put nl.steunpunt nl.steunpunt.partner.http "$kit/target/nl.steunpunt.partner.http-$version.jar" jar
put nl.steunpunt nl.steunpunt.partner.http "$kit/target/nl.steunpunt.partner.http-$version-tests.jar" jar tests
put nl.steunpunt steunpunt-partner-bom "$bom" pom
put nl.steunpunt steunpunt-partner-archetype "$archetype/pom.xml" pom
put nl.steunpunt steunpunt-partner-archetype "$archetype/target/steunpunt-partner-archetype-$version.jar" jar
put nl.steunpunt steunpunt-partner-testkit "$testkit/pom.xml" pom
put nl.steunpunt steunpunt-partner-testkit "$testkit/target/steunpunt-partner-testkit-$version.jar" jar
put nl.steunpunt karaf-distribution "$distribution/pom.xml" pom
put nl.steunpunt karaf-distribution "$distribution/target/karaf-distribution-$version.tar.gz" tar.gz
# Demo mode's content: the archive does not carry it; the test kit deploys it.
put nl.steunpunt steunpunt-demo "$demo/pom.xml" pom
put nl.steunpunt steunpunt-demo "$demo/target/steunpunt-demo-$version.kar" kar

cat >"$work/settings.xml" <<SETTINGS
<settings>
  <localRepository>$repo</localRepository>
  <!-- Every repository, also one named in a POM read on the way, is this one. -->
  <mirrors>
    <mirror>
      <id>reactor-build-repository</id>
      <mirrorOf>*</mirrorOf>
      <url>file://$maven_repo</url>
    </mirror>
  </mirrors>
  <profiles>
    <profile>
      <id>reactor-build-repository</id>
      <!-- Maven Central, as far as the reactor's build has fetched it: releases only, and a local
           repository keeps no checksums. -->
      <repositories>
        <repository>
          <id>central</id>
          <url>file://$maven_repo</url>
          <releases><checksumPolicy>ignore</checksumPolicy></releases>
          <snapshots><enabled>false</enabled></snapshots>
        </repository>
      </repositories>
      <pluginRepositories>
        <pluginRepository>
          <id>central</id>
          <url>file://$maven_repo</url>
          <releases><checksumPolicy>ignore</checksumPolicy></releases>
          <snapshots><enabled>false</enabled></snapshots>
        </pluginRepository>
      </pluginRepositories>
    </profile>
  </profiles>
  <activeProfiles>
    <activeProfile>reactor-build-repository</activeProfile>
  </activeProfiles>
</settings>
SETTINGS
offline=(-B -Dstyle.color=never -o -s "$work/settings.xml" -Dmaven.repo.local="$repo" -Daether.offline.protocols=file)

# 4. Generate, as the partner guide says, into the temporary folder.
generate_started=$(now)
echo "partner-kit-check: generating partner $partner_id ($kind, $purpose) in $work"
(cd "$work" && "$mvn" "${offline[@]}" \
  "org.apache.maven.plugins:maven-archetype-plugin:$archetype_plugin:generate" \
  -DarchetypeGroupId=nl.steunpunt -DarchetypeArtifactId=steunpunt-partner-archetype \
  -DarchetypeVersion="$version" -DinteractiveMode=false \
  -DgroupId=nl.example.partner -DartifactId=partner-kit-check -Dversion=1.0.0-SNAPSHOT \
  -Dpackage=nl.example.partner.kitcheck \
  -DpartnerId="$partner_id" -Dkind="$kind" -Dpurpose="$purpose" >"$work/generate.log" 2>&1) || {
  tail -n 40 "$work/generate.log" >&2
  fail "archetype:generate failed (log above)"
}
project=$work/partner-kit-check
[ -f "$project/pom.xml" ] || fail "no project generated"
! grep -q '<parent>' "$project/pom.xml" || fail "the generated project inherits a parent"
generated=$(elapsed)
generate_seconds=$(since "$generate_started")

# 5. Build it as generated: compile, unit tests, bundle, manifest check, enforcer rule, KAR, and
#    the integration test on the real platform.
ports=()
if [ -n "${STEUNPUNT_TESTKIT_PORTS:-}" ]; then
  read -r http ssh rmi rmi_server <<<"$STEUNPUNT_TESTKIT_PORTS"
  ports=(-Dsteunpunt.testkit.http.port="$http" -Dsteunpunt.testkit.ssh.port="$ssh"
    -Dsteunpunt.testkit.rmi.port="$rmi" -Dsteunpunt.testkit.rmi.server.port="$rmi_server")
fi
build_started=$(now)
(cd "$project" && "$mvn" "${offline[@]}" "${ports[@]}" verify >"$work/build.log" 2>&1) || {
  tail -n 80 "$work/build.log" >&2
  fail "the generated project does not build (log above)"
}
build_seconds=$(since "$build_started")
grep -E "Tests run: [1-9][0-9]*, Failures: 0, Errors: 0" "$work/build.log" | tail -n 1 ||
  fail "the generated project ran no unit tests"
# The integration test ran, on the platform, and passed: failsafe's summary, not only the log.
summary=$project/partner-kit-check-it/target/failsafe-reports/failsafe-summary.xml
[ -f "$summary" ] || fail "the generated project's integration test did not run (no $summary)"
completed=$(property completed "$summary")
[ "${completed:-0}" -gt 0 ] || fail "the generated project's integration test ran no test"
for counter in errors failures skipped; do
  [ "$(property "$counter" "$summary")" = 0 ] || fail "the integration test has $counter (see $summary)"
done
booted=$(grep -h "steunpunt-testkit: platform ready" "$work/build.log" | tail -n 1) ||
  fail "the test kit did not say that it booted the platform"
echo "$booted"
grep -q "steunpunt-testkit: platform stopped" "$work/build.log" ||
  fail "the test kit did not say that it stopped the platform"
if [ -n "${PARTNER_KIT_TIMES:-}" ]; then
  boot_seconds=$(sed -n 's/.*platform ready in \([0-9.]*\) s.*/\1/p' <<<"$booted")
  deploy_seconds=$(sed -n 's/.*serving \([0-9.]*\) s later.*/\1/p' <<<"$booted")
  it_seconds=$(sed -n 's/.*Time elapsed: \([0-9.]*\) s -- in .*\.it\.PartnerIT$/\1/p' "$work/build.log" | tail -n 1)
  echo "$generate_seconds $build_seconds $boot_seconds $deploy_seconds ${it_seconds:-0}" >>"$PARTNER_KIT_TIMES"
fi
kar=$project/partner-kit-check-kar/target/partner-kit-check-kar-1.0.0-SNAPSHOT.kar
[ -f "$kar" ] || fail "no KAR at $kar"
entries=$(unzip -Z1 "$kar")
grep -qx "repository/nl/example/partner/nl.example.partner.kitcheck/1.0.0-SNAPSHOT/nl.example.partner.kitcheck-1.0.0-SNAPSHOT.jar" <<<"$entries" ||
  fail "the KAR does not carry the partner bundle"
grep -q "/partner-kit-check-kar-1.0.0-SNAPSHOT-features.xml$" <<<"$entries" ||
  fail "the KAR has no features repository"

jar=$project/nl.example.partner.kitcheck/target/nl.example.partner.kitcheck-1.0.0-SNAPSHOT.jar
digest=$( (sha256sum "$jar" 2>/dev/null || shasum -a 256 "$jar") | cut -c1-16)
echo "partner-kit-check: OK in $(elapsed) (generated in $generated): $(basename "$kar"), bundle SHA-256 $digest…, $completed integration tests passed on the platform"
