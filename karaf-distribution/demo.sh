#!/usr/bin/env bash
# Builds Steunpunt and runs it in demo mode on the embedded default, with the Karaf console in
# this terminal. Demo users (password "demo"): counsellor, teamlead, municipality, police,
# therapist, evaluator, privacy, operator.
#
#   karaf-distribution/demo.sh            build (without tests), then run
#   karaf-distribution/demo.sh --no-build run what was built last
#
# The platform lives in karaf-distribution/target/demo/ (data and logs under data/).
# Stop it with `shutdown -f` (or Ctrl-D) in the console, or bin/stop from another terminal.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"

if [ "${1:-}" != "--no-build" ]; then
  (cd "$root" && mvn -B -q install -DskipTests)
fi

archive="$(ls "$here"/target/karaf-distribution-*.tar.gz 2>/dev/null | head -n 1)"
# Demo mode's content, which the production archive does not carry: the demo KAR the distribution's
# build copied beside it (from features/demo-kar), the one whose bundle its platform list names.
kar="$here/target/demo-kar/steunpunt-demo.kar"
if [ -z "$archive" ] || [ ! -f "$kar" ]; then
  echo "No distribution built yet: run without --no-build." >&2
  exit 1
fi

demo="$here/target/demo"
home="$demo/$(basename "$archive" .tar.gz)"
# A new build gets a fresh platform; an unchanged one keeps its data between runs.
if [ ! -d "$home" ] || [ "$archive" -nt "$home" ] || [ "$kar" -nt "$home" ]; then
  rm -rf "$demo"
  mkdir -p "$demo"
  tar xzf "$archive" -C "$demo"
  # Demo mode's content (the demo users, the fictitious families, the reference partners allowed
  # and granted) is the demo KAR: in deploy/ before the first start, Karaf's KAR deployer installs
  # its feature.
  cp "$kar" "$home/deploy/steunpunt-demo.kar"
  touch "$home"
fi

cat <<EOT
Steunpunt demo: http://localhost:8181/login  (health: http://localhost:8181/health)
Demo users, password "demo": counsellor, teamlead, municipality, police, therapist, evaluator,
privacy, operator.   Try: curl -u counsellor:demo http://localhost:8181/api/v1/me
Console over SSH: ssh -p 8101 operator@localhost   Logs: $home/data/log/karaf.log
EOT

if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  export JAVA_HOME
fi
export STEUNPUNT_DEMO=true

# The demo also runs the evaluation plugin, so that the evaluator has their page (demo mode
# allow-lists and grants it; a production platform installs it like any partner plugin). Installed
# once the demo is ready, as the operator would: booted with the platform it would be refused
# (and Karaf would print the failed start) until the demo KAR, installed after the boot features,
# has allow-listed it. Quietly, beside the console; nothing happens if it is installed already.
(
  for _ in $(seq 1 180); do
    if curl -s --max-time 2 http://127.0.0.1:8181/health | grep -q '"ready":true'; then
      # Piped: given as an argument, Karaf's client ran nothing and printed "Closed".
      echo "feature:install steunpunt-evaluation" \
        | "$home/bin/client" -u operator -p demo -r 10 -d 2 -b
      exit
    fi
    sleep 1
  done
) >>"$home/data/demo-evaluation.log" 2>&1 </dev/null &

exec "$home/bin/karaf"
