#!/usr/bin/env bash
#
# boot-benchmark.sh: boot time and memory of the Steunpunt distribution compared with stock
# Apache Karaf 4.4.10 running the same HTTP stack (scr + http-whiteboard), measured in one run.
#
# USAGE
#   karaf-distribution/src/bench/boot-benchmark.sh [N] [--write]
#
#   N        number of measured boots PER VARIANT (default 5). Figures that go into the docs need
#            N >= 5; smaller N is for smoke tests only, and then --write is refused.
#   --write  also replace the section between
#              <!-- boot-benchmark:start --> and <!-- boot-benchmark:end -->
#            in docs/benchmarks.md with the result table (the file is created with a "# Benchmarks"
#            heading and the markers if it does not exist; markers are appended if missing;
#            everything outside the markers stays as it is). BENCH_WRITE=1 does the same as --write.
#
#   Build the distribution first (mvn -B install); this script never runs Maven on the project.
#   The Markdown table goes to stdout, progress to stderr, so
#     boot-benchmark.sh 5 > result.md
#   captures just the table.
#
# WHAT IS MEASURED
#   steunpunt  target/karaf-distribution-*.tar.gz as shipped (production mode, no demo).
#   demo       the same, started with STEUNPUNT_DEMO=true and the demo KAR in deploy/ (as demo.sh
#              does; Karaf's KAR deployer installs the feature steunpunt-demo): its first boot also
#              writes the demo accounts (bcrypt) and 90 demo families; reported beside, not in the
#              ratio.
#              ready = first GET http://127.0.0.1:8181/health answered with 200 and "ready":true.
#   stock      org.apache.karaf:apache-karaf:4.4.10:tar.gz with ", scr, http-whiteboard" appended
#              to featuresBoot in etc/org.apache.karaf.features.cfg before the first start.
#              ready = first HTTP answer of any status (a 404 is fine) on http://127.0.0.1:8181/.
#   For every boot: unpack the tar.gz fresh into a temp dir (so every boot is a Karaf first boot),
#   time from `bin/start` to ready, wait 5 s, read VmRSS of the Karaf java process from
#   /proc/<pid>/status, `bin/stop`, wait until the process is gone, delete the dir.
#   Boots alternate (steunpunt, stock, demo, steunpunt, stock, demo, ...) to spread machine noise.
#   One unmeasured warm-up boot per variant comes first (BENCH_WARMUP=0 skips it): it fills the OS
#   page cache and, on a fresh machine, lets the stock Karaf resolver fetch scr/pax-web into
#   ~/.m2/repository once, so no measured stock boot includes a download.
#
# ENVIRONMENT (all optional)
#   BENCH_JAVA_HOME     JDK used for both variants (default /usr/lib/jvm/java-17-openjdk-amd64)
#   STEUNPUNT_TAR       Steunpunt tar.gz (default: the single karaf-distribution-*.tar.gz in target/)
#   DEMO_KAR            the demo KAR for the demo variant (default target/demo-kar/steunpunt-demo.kar,
#                       which the distribution's build copies there)
#   STOCK_TAR           stock Karaf tar.gz (default: ~/.m2 copy; fetched with mvn dependency:copy
#                       from Maven Central if missing)
#   BENCH_DOC           doc to update with --write (default <repo>/docs/benchmarks.md)
#   BENCH_BOOT_TIMEOUT  seconds a boot may take to become ready (default 120), else the run fails
#   BENCH_PORT_WAIT     seconds to wait for busy Karaf ports to be freed before a boot (default 600)
#   BENCH_WARMUP        1 (default) or 0, see above
#   KARAF_*/JAVA_OPTS/EXTRA_JAVA_OPTS/JAVA_*_MEM from the caller's environment are cleared, so
#   both variants run with Karaf's default JVM settings.
#
# SAFETY
#   Only talks to 127.0.0.1 (curl with --noproxy). Before each boot it waits until nothing listens
#   on the ports Karaf binds (8181 HTTP, 8101 SSH, 1099/44444 JMX RMI), polling every 10 s.
#   On exit (also on failure or Ctrl-C) it kills, by pid, only the processes whose command line
#   contains its own temp dir, and removes that dir.

set -euo pipefail

# ---------------------------------------------------------------------------------------------
# Arguments and settings
# ---------------------------------------------------------------------------------------------
readonly KARAF_VERSION=4.4.10
readonly MIN_N_FOR_DOCS=5
readonly RSS_DELAY=5          # seconds between "ready" and the RSS reading
readonly POLL_INTERVAL=0.1    # seconds between readiness probes
readonly PORT_POLL=10         # seconds between checks for busy ports
readonly KARAF_PORTS='8181|8101|1099|44444'
readonly STOP_TIMEOUT=60      # seconds bin/stop may take before we kill the process

N="${1:-5}"
WRITE="${BENCH_WRITE:-0}"
case "${2:-}" in
  --write) WRITE=1 ;;
  "") ;;
  *) echo "usage: $0 [N] [--write]" >&2; exit 2 ;;
esac
if ! [[ "$N" =~ ^[0-9]+$ ]] || (( N < 1 )); then
  echo "usage: $0 [N] [--write]   (N = boots per variant, a positive integer)" >&2
  exit 2
fi
if [[ "$WRITE" == 1 ]] && (( N < MIN_N_FOR_DOCS )); then
  echo "refusing --write with N=$N: figures for the docs need N >= $MIN_N_FOR_DOCS" >&2
  exit 2
fi

BOOT_TIMEOUT="${BENCH_BOOT_TIMEOUT:-120}"
PORT_WAIT="${BENCH_PORT_WAIT:-600}"
WARMUP="${BENCH_WARMUP:-1}"

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DIST_DIR="$(cd "$SCRIPT_DIR/../.." && pwd)"        # .../karaf-distribution
REPO_ROOT="$(cd "$DIST_DIR/.." && pwd)"
DOC="${BENCH_DOC:-$REPO_ROOT/docs/benchmarks.md}"

export JAVA_HOME="${BENCH_JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}"
# Start both variants from the same, clean JVM/Karaf environment.
unset KARAF_HOME KARAF_BASE KARAF_DATA KARAF_ETC KARAF_LOG KARAF_OPTS KARAF_DEBUG KARAF_EXEC \
      KARAF_REDIRECT KARAF_NOROOT JAVA_OPTS EXTRA_JAVA_OPTS JAVA_DEBUG_OPTS JAVA_MIN_MEM \
      JAVA_MAX_MEM JAVA_PERM_MEM JAVA_MAX_PERM_MEM JAVA_TOOL_OPTIONS JDK_JAVA_OPTIONS

# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { printf '\nBOOT BENCHMARK FAILED: %s\n' "$*" >&2; exit 1; }
now_ns() { date +%s%N; }

WORKDIR=""        # temp dir holding the unpacked distributions
CURRENT_HOME=""   # karaf.home of the boot in progress (for error reports)

# Pids of every process (bin/karaf wrapper shell and its java) whose command line contains $1.
pids_under() {
  pgrep -f -- "$1" 2>/dev/null | grep -vx -e "$$" -e "${BASHPID:-$$}" || true
}

# Kill, by pid, what still runs from $1: TERM, up to 10 s grace, then KILL.
kill_under() {
  local dir="$1" pids i
  pids="$(pids_under "$dir")"
  [[ -z "$pids" ]] && return 0
  log "killing leftover processes under $dir: $(echo $pids)"
  kill -TERM $pids 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do
    [[ -z "$(pids_under "$dir")" ]] && return 0
    sleep 0.1
  done
  pids="$(pids_under "$dir")"
  [[ -n "$pids" ]] && kill -KILL $pids 2>/dev/null || true
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n "$WORKDIR" && -d "$WORKDIR" ]]; then
    kill_under "$WORKDIR/"
    rm -rf "$WORKDIR"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Last lines of the Karaf log of the current boot, for failure reports.
show_log_tail() {
  local home="$1" f
  for f in "$home/data/log/karaf.log" "$home/bench-start.log"; do
    if [[ -s "$f" ]]; then
      echo "----- last 40 lines of $f -----" >&2
      tail -n 40 "$f" >&2
    fi
  done
}

ports_busy() {
  ss -ltn | awk 'NR > 1 { print $4 }' | grep -E ":($KARAF_PORTS)\$" | sort -u | tr '\n' ' ' || true
}

# Wait until nothing listens on the Karaf ports (someone may be running Karaf tests).
wait_ports_free() {
  local busy waited=0
  while busy="$(ports_busy)"; [[ -n "$busy" ]]; do
    (( waited >= PORT_WAIT )) && die "ports still busy after ${PORT_WAIT}s: $busy"
    log "ports busy ($busy), waiting ${PORT_POLL}s (${waited}/${PORT_WAIT}s)"
    sleep "$PORT_POLL"
    waited=$(( waited + PORT_POLL ))
  done
}

# Pid of the Karaf java process of karaf.home $1: the pid file Karaf writes (karaf.pid in
# karaf.base by default, data/karaf.pid in some setups), else pgrep on -Dkaraf.home=<dir>.
karaf_java_pid() {
  local home="$1" f pid
  for f in "$home/karaf.pid" "$home/data/karaf.pid"; do
    if [[ -s "$f" ]]; then
      pid="$(tr -dc '0-9' < "$f")"
      if [[ -n "$pid" && -r "/proc/$pid/cmdline" ]] \
         && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -qF -- "karaf.home=$home"; then
        echo "$pid"; return 0
      fi
    fi
  done
  pgrep -f -- "karaf.home=$home( |\$)" | head -n 1 || true
}

# HTTP status of GET $1 on localhost; body into $2. "000" when nothing answers.
probe() {
  curl --noproxy '*' -s -o "$2" -w '%{http_code}' --connect-timeout 1 --max-time 2 "$1" \
    2>/dev/null || true
}

# Readiness tests: return 0 when the variant is ready.
ready_demo() { ready_steunpunt "$@"; }
ready_steunpunt() {
  local body="$1.body" code
  code="$(probe http://127.0.0.1:8181/health "$body")"
  [[ "$code" == 200 ]] && grep -Eq '"ready"[[:space:]]*:[[:space:]]*true' "$body"
}
ready_stock() {
  local code
  code="$(probe http://127.0.0.1:8181/ /dev/null)"
  [[ "$code" =~ ^[1-5][0-9][0-9]$ ]]
}

# Median / min / max of newline-separated numbers on stdin, printed as "median min max".
stats() {
  sort -g | awk '{ v[NR] = $1 }
    END {
      if (NR == 0) { print "nan nan nan"; exit }
      m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      print m, v[1], v[NR]
    }'
}

# ---------------------------------------------------------------------------------------------
# Inputs
# ---------------------------------------------------------------------------------------------
[[ -x "$JAVA_HOME/bin/java" ]] || die "no java at $JAVA_HOME/bin/java (set BENCH_JAVA_HOME)"
for tool in curl ss pgrep tar awk sed; do
  command -v "$tool" > /dev/null || die "$tool is required"
done

if [[ -z "${STEUNPUNT_TAR:-}" ]]; then
  shopt -s nullglob
  candidates=("$DIST_DIR"/target/karaf-distribution-*.tar.gz)
  shopt -u nullglob
  (( ${#candidates[@]} == 1 )) \
    || die "expected exactly one $DIST_DIR/target/karaf-distribution-*.tar.gz (found ${#candidates[@]}); run mvn -B install first or set STEUNPUNT_TAR"
  STEUNPUNT_TAR="${candidates[0]}"
fi
[[ -s "$STEUNPUNT_TAR" ]] || die "Steunpunt distribution not found: $STEUNPUNT_TAR"
DEMO_KAR="${DEMO_KAR:-$DIST_DIR/target/demo-kar/steunpunt-demo.kar}"
[[ -s "$DEMO_KAR" ]] || die "demo KAR not found: $DEMO_KAR (run mvn -B install first or set DEMO_KAR)"

WORKDIR="$(mktemp -d "${TMPDIR:-/tmp}/steunpunt-boot-bench.XXXXXX")"

if [[ -z "${STOCK_TAR:-}" ]]; then
  STOCK_TAR="$HOME/.m2/repository/org/apache/karaf/apache-karaf/$KARAF_VERSION/apache-karaf-$KARAF_VERSION.tar.gz"
  if [[ ! -s "$STOCK_TAR" ]]; then
    log "stock Karaf not in ~/.m2, fetching org.apache.karaf:apache-karaf:$KARAF_VERSION:tar.gz"
    command -v mvn > /dev/null || die "mvn is required to fetch stock Karaf (or set STOCK_TAR)"
    mkdir -p "$WORKDIR/download"
    mvn -B -q dependency:copy "-Dartifact=org.apache.karaf:apache-karaf:$KARAF_VERSION:tar.gz" \
      "-DoutputDirectory=$WORKDIR/download" >&2 \
      || die "could not fetch stock Karaf $KARAF_VERSION"
    STOCK_TAR="$WORKDIR/download/apache-karaf-$KARAF_VERSION.tar.gz"
  fi
fi
[[ -s "$STOCK_TAR" ]] || die "stock Karaf not found: $STOCK_TAR"

JAVA_VERSION_LINE="$("$JAVA_HOME/bin/java" -version 2>&1 | grep -v '^Picked up' | head -n 1)"

# ---------------------------------------------------------------------------------------------
# One boot
# ---------------------------------------------------------------------------------------------

# Unpack tar.gz $1 into a new dir; print the karaf.home (the single top-level dir of the archive).
unpack() {
  local tarball="$1" dest
  dest="$(mktemp -d "$WORKDIR/boot.XXXXXX")"
  tar -xzf "$tarball" -C "$dest"
  local tops=("$dest"/*)
  (( ${#tops[@]} == 1 )) && [[ -x "${tops[0]}/bin/start" ]] \
    || die "unexpected layout of $tarball (no single top dir with bin/start)"
  echo "${tops[0]}"
}

# Stock Karaf: append scr and http-whiteboard to featuresBoot BEFORE the first start.
# featuresBoot is a multi-line property ("featuresBoot = \" then one feature per line, each but
# the last ending in "\"). The sed joins the continuation lines into the pattern space until the
# first line without a trailing backslash, then appends to the end of that last line.
configure_stock() {
  local cfg="$1/etc/org.apache.karaf.features.cfg"
  sed -i -e '/^featuresBoot[[:space:]]*=/{
:more
/\\$/{
N
b more
}
s/[[:space:]]*$/, scr, http-whiteboard/
}' "$cfg"
  # Verify: the (continued) featuresBoot value now ends with the two features.
  awk '/^featuresBoot[[:space:]]*=/ { on = 1 }
       on { v = v $0; if ($0 !~ /\\$/) exit }
       END { exit !(v ~ /, scr, http-whiteboard$/) }' "$cfg" \
    || die "could not add scr, http-whiteboard to featuresBoot in $cfg"
}

# Demo mode's content is the demo KAR, not in the archive (see demo.sh): in deploy/ before the
# first start.
configure_demo() {
  cp "$DEMO_KAR" "$1/deploy/steunpunt-demo.kar"
}

# boot VARIANT LABEL -> sets BOOT_SECONDS and BOOT_RSS_KB.
boot() {
  local variant="$1" label="$2" home tarball pid t0 t1 elapsed_ns rss_kb i

  wait_ports_free

  if [[ "$variant" == stock ]]; then tarball="$STOCK_TAR"; else tarball="$STEUNPUNT_TAR"; fi
  home="$(unpack "$tarball")"
  CURRENT_HOME="$home"
  [[ "$variant" == stock ]] && configure_stock "$home"
  [[ "$variant" == demo ]] && configure_demo "$home"

  # Start the clock right before bin/start (it returns at once; Karaf runs in the background).
  t0="$(now_ns)"
  if [[ "$variant" == demo ]]; then
    STEUNPUNT_DEMO=true "$home/bin/start" > "$home/bench-start.log" 2>&1
  else
    env -u STEUNPUNT_DEMO "$home/bin/start" > "$home/bench-start.log" 2>&1
  fi

  # Poll until ready; fail loudly on time-out or when Karaf died.
  while true; do
    if "ready_$variant" "$home/bench-probe"; then
      t1="$(now_ns)"
      break
    fi
    elapsed_ns=$(( $(now_ns) - t0 ))
    if (( elapsed_ns > BOOT_TIMEOUT * 1000000000 )); then
      show_log_tail "$home"
      die "$label: not ready within ${BOOT_TIMEOUT}s"
    fi
    if (( elapsed_ns > 10000000000 )) && [[ -z "$(pids_under "$home/")" ]]; then
      show_log_tail "$home"
      die "$label: Karaf process is gone before it became ready"
    fi
    sleep "$POLL_INTERVAL"
  done
  BOOT_SECONDS="$(awk -v ns="$(( t1 - t0 ))" 'BEGIN { printf "%.3f", ns / 1e9 }')"

  # Resident memory RSS_DELAY seconds after ready.
  sleep "$RSS_DELAY"
  pid="$(karaf_java_pid "$home")"
  [[ -n "$pid" && -r "/proc/$pid/status" ]] || { show_log_tail "$home"; die "$label: no Karaf java process found"; }
  rss_kb="$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")"
  [[ -n "$rss_kb" ]] || die "$label: no VmRSS for pid $pid"
  BOOT_RSS_KB="$rss_kb"

  # Stop and wait until every process of this boot is gone.
  "$home/bin/stop" >> "$home/bench-start.log" 2>&1 || kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < STOP_TIMEOUT * 10; i++)); do
    [[ -z "$(pids_under "$home/")" ]] && break
    sleep 0.1
  done
  if [[ -n "$(pids_under "$home/")" ]]; then
    log "$label: still running ${STOP_TIMEOUT}s after bin/stop, killing it"
    kill_under "$home/"
  fi

  rm -rf "$(dirname "$home")"
  CURRENT_HOME=""
  log "$label: ready after ${BOOT_SECONDS}s, RSS $(( rss_kb / 1024 )) MiB (pid $pid)"
}

# ---------------------------------------------------------------------------------------------
# The run
# ---------------------------------------------------------------------------------------------
log "Steunpunt: $STEUNPUNT_TAR"
log "stock:     $STOCK_TAR (+ scr, http-whiteboard)"
log "java:      $JAVA_HOME ($JAVA_VERSION_LINE)"
log "boots:     $N per variant, alternating; time-out ${BOOT_TIMEOUT}s per boot"

if [[ "$WARMUP" == 1 ]]; then
  boot steunpunt "warm-up steunpunt (not counted)"
  boot stock "warm-up stock (not counted)"
  boot demo "warm-up steunpunt demo (not counted)"
fi

STEUNPUNT_T=() STEUNPUNT_RSS=() STOCK_T=() STOCK_RSS=() DEMO_T=() DEMO_RSS=()
for ((r = 1; r <= N; r++)); do
  boot steunpunt "steunpunt boot $r/$N"
  STEUNPUNT_T+=("$BOOT_SECONDS"); STEUNPUNT_RSS+=("$BOOT_RSS_KB")
  boot stock "stock boot $r/$N"
  STOCK_T+=("$BOOT_SECONDS"); STOCK_RSS+=("$BOOT_RSS_KB")
  boot demo "steunpunt demo boot $r/$N"
  DEMO_T+=("$BOOT_SECONDS"); DEMO_RSS+=("$BOOT_RSS_KB")
done

# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------
read -r sp_med sp_min sp_max < <(printf '%s\n' "${STEUNPUNT_T[@]}" | stats)
read -r st_med st_min st_max < <(printf '%s\n' "${STOCK_T[@]}" | stats)
read -r sp_rss _ _ < <(printf '%s\n' "${STEUNPUNT_RSS[@]}" | stats)
read -r st_rss _ _ < <(printf '%s\n' "${STOCK_RSS[@]}" | stats)
read -r dm_med dm_min dm_max < <(printf '%s\n' "${DEMO_T[@]}" | stats)
read -r dm_rss _ _ < <(printf '%s\n' "${DEMO_RSS[@]}" | stats)

f2() { awk -v x="$1" 'BEGIN { printf "%.2f", x }'; }
mib() { awk -v kb="$1" 'BEGIN { printf "%.0f", kb / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
list2() { local x out=""; for x in "$@"; do out+="${out:+, }$(f2 "$x")"; done; echo "$out"; }
listmib() { local x out=""; for x in "$@"; do out+="${out:+, }$(mib "$x")"; done; echo "$out"; }

sp_name="$(basename "$STEUNPUNT_TAR" .tar.gz)"
cpu_model="$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)"
TABLE="$WORKDIR/table.md"
{
  echo "### Boot to ready: Steunpunt vs stock Karaf $KARAF_VERSION"
  echo
  echo "| Variant | Boots | Boot-to-ready median (s) | min (s) | max (s) | RSS median (MiB) |"
  echo "|---|---:|---:|---:|---:|---:|"
  echo "| Steunpunt \`$sp_name\`, as shipped (production mode) | $N | $(f2 "$sp_med") | $(f2 "$sp_min") | $(f2 "$sp_max") | $(mib "$sp_rss") |"
  echo "| Stock Karaf $KARAF_VERSION + scr + http-whiteboard | $N | $(f2 "$st_med") | $(f2 "$st_min") | $(f2 "$st_max") | $(mib "$st_rss") |"
  echo "| **Ratio Steunpunt / stock (medians)** | | **$(ratio "$sp_med" "$st_med")** | | | $(ratio "$sp_rss" "$st_rss") |"
  echo "| Steunpunt, demo mode first boot (also writes 8 bcrypt-hashed accounts and 90 families) | $N | $(f2 "$dm_med") | $(f2 "$dm_min") | $(f2 "$dm_max") | $(mib "$dm_rss") |"
  echo "| Ratio demo first boot / stock | | $(ratio "$dm_med" "$st_med") | | | $(ratio "$dm_rss" "$st_rss") |"
  echo
  echo "- Ready: Steunpunt = first \`GET /health\` with 200 and \`\"ready\":true\` (every core component active, schema migrated);" \
       "stock = first HTTP answer of any status on \`http://localhost:8181/\`."
  echo "- Each boot is a Karaf first boot of a freshly unpacked tar.gz, timed from \`bin/start\`;" \
       "boots alternate; one unmeasured warm-up boot per variant $( [[ "$WARMUP" == 1 ]] && echo ran || echo "was skipped")."
  echo "- RSS = VmRSS of the Karaf java process 5 s after ready; Karaf default JVM options."
  echo "- Per boot (s): Steunpunt $(list2 "${STEUNPUNT_T[@]}"); stock $(list2 "${STOCK_T[@]}"); demo $(list2 "${DEMO_T[@]}")."
  echo "- Per boot RSS (MiB): Steunpunt $(listmib "${STEUNPUNT_RSS[@]}"); stock $(listmib "${STOCK_RSS[@]}"); demo $(listmib "${DEMO_RSS[@]}")."
  echo "- Machine: $(nproc) CPUs (nproc)${cpu_model:+, $cpu_model}; \`$JAVA_VERSION_LINE\`;" \
       "measured $(date '+%Y-%m-%d %H:%M %Z')."
  echo "- Command: \`karaf-distribution/src/bench/boot-benchmark.sh $N\`."
} > "$TABLE"

cat "$TABLE"

# ---------------------------------------------------------------------------------------------
# --write: replace the marked section of the benchmarks doc
# ---------------------------------------------------------------------------------------------
if [[ "$WRITE" == 1 ]]; then
  "$REPO_ROOT/tools/benchmark-section.sh" boot-benchmark "$DOC" "$TABLE" \
    || die "$DOC: the section could not be written"
fi
