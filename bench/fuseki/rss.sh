#!/usr/bin/env bash
# Benchmark: the memory of `lkg fuseki` under a minute of queries (issue 9). Fuseki 5.6.0 asks Jetty for a 5 MiB
# output buffer on every response (apache/jena#4084); LkgFuseki sets 32 KiB before start. This loads the seed into a
# fresh store, starts `lkg fuseki` on loopback, and reports its RSS before and after DURATION seconds of wrk at c=16
# on a 54-row SELECT, with the request rate. Prints a Markdown table row. Needs wrk, curl, python3, java 17.
#
#   bench/fuseki/rss.sh [DURATION_SECONDS]     default 60
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
duration="${1:-60}"
port="${LKG_BENCH_FUSEKI_PORT:-13031}"
command -v wrk >/dev/null || { echo "rss.sh: wrk is missing (apt-get install wrk)" >&2; exit 2; }
work="$(mktemp -d)"
pid=""
cleanup() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT

"$root/lkg" load "$root/seeds" --store "$work/tdb2" >/dev/null
LKG_JAVA_OPTS="-Xmx1g" "$root/lkg" fuseki --store "$work/tdb2" --port "$port" >"$work/fuseki.log" 2>&1 &
pid=$!
url="http://127.0.0.1:$port/lkg/sparql"
for _ in $(seq 1 240); do curl -fs -o /dev/null "$url?query=ASK%7B%7D" && break; sleep 0.5; done
jpid="$(pgrep -f "org.w3id.lkg.cli.LkgCommand fuseki --store $work/tdb2" | head -1)"
rss() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$jpid/status"; }
query="$(python3 -c 'import urllib.parse; print(urllib.parse.quote("PREFIX lkg: <https://w3id.org/lkg/ontology#> SELECT ?item ?name WHERE { ?item lkg:itemName ?name }", safe=""))')"
wrk -t2 -c16 -d5s -H 'Accept: application/sparql-results+json' "$url?query=$query" >/dev/null   # warm-up
before="$(rss)"
wrk -t2 -c16 -d"${duration}s" -H 'Accept: application/sparql-results+json' "$url?query=$query" >"$work/wrk.txt"
after="$(rss)"
rps="$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$work/wrk.txt")"
echo "| lkg fuseki, 54-row SELECT, c=16 for ${duration} s | $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1 /proc/loadavg) | RSS after warm-up: $before MiB | RSS after: $after MiB, $rps req/s | $(python3 -c "print('%.2f' % ($after / $before))")× |"
