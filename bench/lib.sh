# Shared helpers of the bench/ scripts. Source it; it changes to the repository root.
# shellcheck shell=bash

set -euo pipefail
BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$BENCH_ROOT"

JAR=target/norway-eu-kg.jar
FUSEKI=target/fuseki/jena-fuseki-server.jar
JENA_VERSION=5.6.0

die() { echo "error: $*" >&2; exit 1; }
note() { echo "[$(date +%H:%M:%S)] $*" >&2; }

# Maven offline first (this machine has ~/.m2 filled), then online.
mvn_q() { mvn -B -q -o "$@" 2>/dev/null || mvn -B -q "$@"; }

build_jar() {
  note "building $JAR"
  mvn_q -DskipTests package || die "the build failed: run 'mvn -B -DskipTests package' to see why"
  [ -f "$JAR" ] || die "$JAR missing after the build"
}

ensure_jar() { [ -f "$JAR" ] || build_jar; }

# Apache Jena's own, unmodified Fuseki server jar (the same one the integration tests use).
ensure_fuseki() {
  [ -f "$FUSEKI" ] && return 0
  note "fetching org.apache.jena:jena-fuseki-server:$JENA_VERSION"
  mvn_q dependency:copy -Dartifact=org.apache.jena:jena-fuseki-server:$JENA_VERSION \
    -DoutputDirectory=target/fuseki -Dmdep.stripVersion=true || die "cannot get jena-fuseki-server $JENA_VERSION"
  [ -f "$FUSEKI" ] || mv "target/fuseki/jena-fuseki-server-$JENA_VERSION.jar" "$FUSEKI" 2>/dev/null \
    || die "$FUSEKI missing"
}

need() { command -v "$1" >/dev/null 2>&1 || die "$1 is needed: $2"; }

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null && return 0
  local p
  for _ in $(seq 50); do
    p=$(( 20000 + RANDOM % 20000 ))
    (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null || { echo $p; return 0; }
  done
  die "no free port"
}

# Processes we started, stopped (by pid, never by name) when the script exits for any reason.
BENCH_PIDS=()
BENCH_TMP=""
bench_cleanup() {
  local pid
  for pid in "${BENCH_PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${BENCH_PIDS[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  [ -n "$BENCH_TMP" ] && [ -z "${BENCH_KEEP:-}" ] && rm -rf "$BENCH_TMP"
  return 0
}
trap bench_cleanup EXIT
trap 'exit 130' INT TERM

# start LOG CMD...: runs CMD in the background, remembers its pid in $STARTED.
start() {
  local log=$1; shift
  "$@" >"$log" 2>&1 &
  STARTED=$!
  BENCH_PIDS+=("$STARTED")
}

stop() {
  local pid=$1
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# wait_http URL PID LOG [SECONDS]: until URL answers 2xx; dies with the log if the process exits.
wait_http() {
  local url=$1 pid=$2 log=$3 max=${4:-120} i
  for i in $(seq $(( max * 20 ))); do
    curl -sf -o /dev/null "$url" && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; die "the server exited before answering $url"; }
    sleep 0.05
  done
  tail -20 "$log" >&2
  die "$url did not answer within ${max}s"
}

rss_mb() { awk '/^VmRSS/ {print int($2/1024)}' "/proc/$1/status" 2>/dev/null || echo 0; }
hwm_mb() { awk '/^VmHWM/ {print int($2/1024)}' "/proc/$1/status" 2>/dev/null || echo 0; }

# median of the numbers on stdin, one a line
median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) print "nan"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.stdin.read(), safe=""))'; }

# Warns when other work is running: every number here assumes a quiet machine.
check_quiet() {
  local load
  load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo 0)
  if awk -v l="$load" 'BEGIN {exit !(l > 0.5)}'; then
    note "WARNING: load average $load before starting: other work is running, the numbers will be noisy"
  fi
  BENCH_LOAD_AT_START=$load
}

machine() {
  local cpu
  cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || echo unknown)
  echo "$(nproc) cores ($cpu), $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM, $(uname -sr), $(java -version 2>&1 | head -1)"
}

# mixed_paths BASE OUT: one path a line of every path family the server at BASE answers 200,
# heavy and light: SPARQL, canned queries, pages, descriptions, dumps, search, graph exports.
mixed_paths() {
  local base=$1 out=$2 p code
  {
    for q in 'SELECT ?s ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } LIMIT 50' 'ASK { ?s ?p ?o }' \
             'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }'; do
      echo "/sparql?query=$(printf '%s' "$q" | urlencode)"
    done
    for p in / /api/queries /api/queries/which-regions /api/queries/facts-by-modality.json /id/norway /page/norway \
             /data/norway.ttl /source /ontology /.well-known/void /dumps/ /dumps/dataset.nq /search?q=norway /graph.json \
             /graph.graphml /explore /static/site.css; do
      code=$(curl -s -o /dev/null -w '%{http_code}' -L "$base$p")
      [ "$code" = 200 ] && echo "$p"
    done
  } >"$out"
}

# wrk_value LINE KEY...: the sum of the named fields of bench/wrk.lua's RESULT line.
wrk_value() {
  local line=$1; shift
  awk -v line="$line" -v keys="$*" 'BEGIN { n = split(line, kv, " "); for (i = 2; i <= n; i++) { split(kv[i], p, "="); v[p[1]] = p[2] }
      m = split(keys, k, " "); t = 0; for (i = 1; i <= m; i++) t += v[k[i]]; print t }'
}
# wrk_failed LINE: requests answered 4xx/5xx or lost to a socket error or a timeout.
wrk_failed() { wrk_value "$1" status_errors connect_errors read_errors write_errors timeouts; }
# wrk_rate LINE: requests a second, whole.
wrk_rate() { awk -v r="$(wrk_value "$1" requests)" -v d="$(wrk_value "$1" duration_us)" 'BEGIN { printf "%d", r / (d / 1e6) }'; }

# heap_after_gc_mb PID: the heap in use right after a full GC of that JVM.
heap_after_gc_mb() {
  jcmd "$1" GC.run >/dev/null 2>&1 || return 0
  jcmd "$1" GC.heap_info 2>/dev/null | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i+1); sub(/K$/, "", v); print int(v / 1024); exit }}'
}

# commit_id: the commit measured, "+changes" if the tree differs from it other than by the
# scripts' own outputs (results and the report).
commit_id() {
  echo "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet -- . ':!bench/results' ':!docs/benchmarks.md' ':!docs/benchmarks.png' 2>/dev/null || echo +changes)"
}
