#!/usr/bin/env bash
# Benchmark: latency of a normal query while runaway queries run (issue 9, "Tests and measurement").
#
# Starts the packaged service on loopback with a fresh TDB2 store loaded from seeds/, then measures items-by-article
# (article=律师法第四十九条) with wrk at c=1 twice in one run: alone (the baseline), and while RUNAWAYS clients each
# send, again and again, a three-way cross product of the whole graph sorted (it runs until the query timeout). Each
# runaway client has its own loopback address (127.0.0.2, .3, …), as separate attackers would, so the per-client cap
# (lkg.max-queries-per-client) does not stop them: this measures what the timeout, the spill and the thread pool
# leave for everyone else. Prints a Markdown table row. Needs wrk, curl, python3, java 17.
#
#   bench/service/runaway.sh [DURATION_SECONDS] [RUNAWAYS]     defaults: 10 s, 8 runaway clients
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
duration="${1:-10}"
runaways="${2:-8}"
port="${LKG_BENCH_PORT:-18080}"
fuseki_port="${LKG_BENCH_FUSEKI_PORT:-13030}"
jar="$root/query-service/target/lkg-query-service.jar"

command -v wrk >/dev/null || { echo "runaway.sh: wrk is missing (apt-get install wrk)" >&2; exit 2; }
[ -f "$jar" ] || (cd "$root" && mvn -B -q -DskipTests install -pl query-service -am) >&2

work="$(mktemp -d)"
. "$root/bench/lib/service.sh"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  lkg_stop_service
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

lkg_start_service "$jar" "$port" "$work/service.log" --fuseki-port "$fuseki_port" --store "$work/tdb2" --seeds "$root/seeds" \
  --lkg.query-timeout=10s
base="http://127.0.0.1:$port"

enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
url="$base/api/queries/items-by-article?article=$(enc '律师法第四十九条')"
runaway='SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i'

measure() {  # → "p50 p99 req/s", latencies in ms
  wrk -t1 -c1 -d"${duration}s" --latency "$url" >"$work/wrk.txt"
  python3 - "$work/wrk.txt" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
def ms(v):
    n, u = re.match(r"([0-9.]+)(us|ms|s)$", v).groups()
    return float(n) / 1000 if u == "us" else float(n) if u == "ms" else float(n) * 1000
p50 = ms(re.search(r"50%\s+(\S+)", t).group(1)); p99 = ms(re.search(r"99%\s+(\S+)", t).group(1))
rps = float(re.search(r"Requests/sec:\s+([0-9.]+)", t).group(1))
print("%.2f %.2f %.0f" % (p50, p99, rps))
PY
}

wrk -t1 -c1 -d3s "$url" >/dev/null   # warm-up
read -r b50 b99 brps < <(measure)
for i in $(seq 2 $((runaways + 1))); do
  ( while true; do
      curl -s -o /dev/null --interface "127.0.0.$i" -H 'Content-Type: application/sparql-query' --data-binary "$runaway" "$base/sparql"
    done ) &
  pids+=($!)
done
sleep 2   # let every runaway start
read -r r50 r99 rrps < <(measure)
load="$(cut -d' ' -f1 /proc/loadavg)"
echo "| items-by-article, c=1, with $runaways runaway clients (each a sorted 3-way cross product until the 10 s timeout) | $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC'), load $load | alone: p50 $b50 ms, p99 $b99 ms, $brps req/s | p50 $r50 ms, p99 $r99 ms, $rrps req/s | p99 $(python3 -c "print('%.1f' % ($r99 / $b99))")× |"
