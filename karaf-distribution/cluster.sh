#!/usr/bin/env bash
# Runs Steunpunt as a local cluster: two or three identical nodes in demo mode on one PostgreSQL
# database, behind HAProxy (Debian's package) on http://localhost:8080, all on the loopback address.
# The nodes share nothing but the database; see docs/operations.md, "Several nodes".
#
#   karaf-distribution/cluster.sh [--nodes 2|3] [--no-build]   build (without tests), then start
#   karaf-distribution/cluster.sh status                        what runs
#   karaf-distribution/cluster.sh stop                          stop HAProxy and every node
#
# Needs PostgreSQL: by default the local server that `sudo .ci/postgres-setup` prepares (its test
# role and database, a schema of the cluster's own), or set STEUNPUNT_PG_URL (a JDBC URL),
# STEUNPUNT_PG_USER and STEUNPUNT_PG_PASSWORD. Node i (1, 2, 3) listens on HTTP 818i and SSH 810i
# and keeps its files in karaf-distribution/target/cluster/node-i/ (logs under data/log/).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
cluster="$here/target/cluster"
balancer_port=8080

pg_url="${STEUNPUNT_PG_URL:-jdbc:postgresql://localhost:5432/steunpunt_test?currentSchema=steunpunt_cluster}"
pg_user="${STEUNPUNT_PG_USER:-steunpunt_test}"
pg_password="${STEUNPUNT_PG_PASSWORD:-steunpunt_test}"

if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
export JAVA_HOME

node_homes() {
  ls -d "$cluster"/node-*/karaf-distribution-* 2>/dev/null || true
}

stop_all() {
  if [ -f "$cluster/haproxy.pid" ]; then
    kill "$(cat "$cluster/haproxy.pid")" 2>/dev/null || true
    rm -f "$cluster/haproxy.pid"
  fi
  for home in $(node_homes); do
    "$home/bin/stop" >/dev/null 2>&1 || true
  done
  for home in $(node_homes); do
    for _ in $(seq 1 60); do
      "$home/bin/status" >/dev/null 2>&1 || break
      sleep 1
    done
  done
  echo "Cluster stopped."
}

status() {
  for home in $(node_homes); do
    port="$(sed -n 's/^org.osgi.service.http.port *= *//p' "$home/etc/org.ops4j.pax.web.cfg")"
    printf '%s  http://127.0.0.1:%s/health  ' "$(basename "$(dirname "$home")")" "$port"
    curl -s --max-time 2 "http://127.0.0.1:$port/health" || printf 'not running'
    echo
  done
  if [ -f "$cluster/haproxy.pid" ] && kill -0 "$(cat "$cluster/haproxy.pid")" 2>/dev/null; then
    echo "HAProxy  http://localhost:$balancer_port/"
  else
    echo "HAProxy  not running"
  fi
}

case "${1:-}" in
  stop) stop_all; exit 0 ;;
  status) status; exit 0 ;;
esac

nodes=2
build=true
while [ $# -gt 0 ]; do
  case "$1" in
    --nodes) nodes="$2"; shift 2 ;;
    --no-build) build=false; shift ;;
    *) echo "Unknown argument: $1 (see the top of $0)" >&2; exit 2 ;;
  esac
done
if [ "$nodes" != 2 ] && [ "$nodes" != 3 ]; then
  echo "--nodes must be 2 or 3" >&2
  exit 2
fi
haproxy="$(command -v haproxy || ls /usr/sbin/haproxy 2>/dev/null || true)"
if [ -z "$haproxy" ]; then
  echo "HAProxy is missing: apt-get install haproxy" >&2
  exit 1
fi
if [ "$build" = true ]; then
  (cd "$root" && mvn -B -q install -DskipTests)
fi
archive="$(ls "$here"/target/karaf-distribution-*.tar.gz 2>/dev/null | head -n 1)"
# Demo mode's content, not in the archive: the demo KAR the distribution's build copied beside it.
kar="$here/target/demo-kar/steunpunt-demo.kar"
if [ -z "$archive" ] || [ ! -f "$kar" ]; then
  echo "No distribution built yet: run without --no-build." >&2
  exit 1
fi
if [ -n "$(node_homes)" ]; then
  stop_all
fi

# The cluster's own schema, made afresh: a new start is a fresh cluster.
if [ -z "${STEUNPUNT_PG_URL:-}" ]; then
  if ! PGPASSWORD="$pg_password" psql -q -h localhost -U "$pg_user" -d steunpunt_test \
      -c "DROP SCHEMA IF EXISTS steunpunt_cluster CASCADE; CREATE SCHEMA steunpunt_cluster" \
      >/dev/null; then
    echo "No PostgreSQL on localhost:5432 for $pg_user: run sudo .ci/postgres-setup," >&2
    echo "or set STEUNPUNT_PG_URL, STEUNPUNT_PG_USER and STEUNPUNT_PG_PASSWORD." >&2
    exit 1
  fi
fi

set_property() { # file key value: replaces the key's line in etc/<file>, or adds one
  local file="$1" key="$2" value="$3"
  touch "$file"
  sed -i -E "/^[[:space:]]*${key//./\\.}[[:space:]]*[=:]/d" "$file"
  echo "$key = $value" >>"$file"
}

rm -rf "$cluster"
mkdir -p "$cluster"
servers=""
for i in $(seq 1 "$nodes"); do
  mkdir -p "$cluster/node-$i"
  tar xzf "$archive" -C "$cluster/node-$i"
  home="$(ls -d "$cluster/node-$i"/karaf-distribution-*)"
  etc="$home/etc"
  set_property "$etc/org.ops4j.pax.web.cfg" org.osgi.service.http.port "$((8180 + i))"
  set_property "$etc/org.ops4j.pax.web.cfg" org.ops4j.pax.web.listening.addresses 127.0.0.1
  set_property "$etc/org.apache.karaf.shell.cfg" sshPort "$((8100 + i))"
  set_property "$etc/org.apache.karaf.shell.cfg" sshHost 127.0.0.1
  set_property "$etc/org.apache.karaf.management.cfg" rmiRegistryPort "$((1098 + i))"
  set_property "$etc/org.apache.karaf.management.cfg" rmiRegistryHost 127.0.0.1
  set_property "$etc/org.apache.karaf.management.cfg" rmiServerPort "$((44450 + i))"
  set_property "$etc/org.apache.karaf.management.cfg" rmiServerHost 127.0.0.1
  set_property "$etc/system.properties" steunpunt.demo true
  # Demo mode's content: the demo KAR in deploy/ before the first start (see demo.sh).
  cp "$kar" "$home/deploy/steunpunt-demo.kar"
  set_property "$etc/nl.steunpunt.store.cfg" url "$pg_url"
  set_property "$etc/nl.steunpunt.store.cfg" user "$pg_user"
  set_property "$etc/nl.steunpunt.store.cfg" password "$pg_password"
  set_property "$etc/nl.steunpunt.store.cfg" cluster true
  set_property "$etc/nl.steunpunt.partners.delivery.cfg" node "node-$i"
  set_property "$etc/nl.steunpunt.partners.sync.cfg" node "node-$i"
  set_property "$etc/nl.steunpunt.web.proxies.cfg" trustedProxies 127.0.0.1
  servers+="    server node-$i 127.0.0.1:$((8180 + i)) check"$'\n'
done

# One after the other: the first node migrates the schema and writes the demo data.
for home in $(node_homes); do
  port="$(sed -n 's/^org.osgi.service.http.port *= *//p' "$home/etc/org.ops4j.pax.web.cfg")"
  echo "Starting $(basename "$(dirname "$home")") on port $port ..."
  "$home/bin/start"
  ready=false
  for _ in $(seq 1 180); do
    if curl -s --max-time 2 "http://127.0.0.1:$port/health" | grep -q '"ready":true'; then
      ready=true
      break
    fi
    sleep 1
  done
  if [ "$ready" != true ]; then
    echo "$(basename "$(dirname "$home")") did not become ready; see $home/data/log/karaf.log" >&2
    curl -s --max-time 2 "http://127.0.0.1:$port/health" >&2 || true
    stop_all
    exit 1
  fi
done

template="$(cat "$here/src/cluster/haproxy.cfg.in")"
template="${template//@PORT@/$balancer_port}"
printf '%s\n' "${template//@SERVERS@/${servers%$'\n'}}" >"$cluster/haproxy.cfg"
"$haproxy" -c -q -f "$cluster/haproxy.cfg"
"$haproxy" -D -p "$cluster/haproxy.pid" -f "$cluster/haproxy.cfg"

cat <<EOT

Steunpunt cluster: $nodes nodes on $pg_url
  through HAProxy:  http://localhost:$balancer_port/login   (health: http://localhost:$balancer_port/health)
  node i directly:  http://localhost:818i/   console: ssh -p 810i operator@localhost
Demo users, password "demo": counsellor, teamlead, municipality, police, therapist, evaluator,
privacy, operator. Kill a node (kill -9 on its Java process) and go on through HAProxy.
  $0 status      $0 stop
EOT
