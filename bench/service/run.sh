#!/usr/bin/env bash
# Benchmark of the query service against the embedded Fuseki it runs beside (issue 5, "Measurement").
#
# Starts the packaged service on loopback with a fresh TDB2 store loaded from seeds/, then measures with wrk,
# at concurrency 1 and 16:
#   - the canned query items-by-article (article=律师法第四十九条), through the service;
#   - the same SPARQL (the bound query the canned one runs), through the service's /sparql and straight to Fuseki;
#   - a simple SELECT (every item's name), through /sparql and straight to Fuseki;
#   - how long a query that never ends (a three-way cartesian product) takes to be cancelled, the service running
#     with lkg.query-timeout=3s (the unit tests check the 503 and its message, not the time).
# Writes bench/service/RESULTS.md (machine, date, table). Needs wrk (apt-get install wrk), curl, python3, java 17.
#
#   bench/service/run.sh [DURATION_SECONDS]     default 10 s per run, after a 3 s warm-up
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
duration="${1:-10}"
port="${LKG_BENCH_PORT:-18080}"
fuseki_port="${LKG_BENCH_FUSEKI_PORT:-13030}"
jar="$root/query-service/target/lkg-query-service.jar"
out="$root/bench/service/RESULTS.md"

command -v wrk >/dev/null || { echo "run.sh: wrk is missing (apt-get install wrk)" >&2; exit 2; }
if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -B -q -DskipTests install -pl query-service -am) >&2
fi

work="$(mktemp -d)"
. "$root/bench/lib/service.sh"
trap 'lkg_stop_service; rm -rf "$work"' EXIT

lkg_start_service "$jar" "$port" "$work/service.log" --fuseki-port "$fuseki_port" --store "$work/tdb2" --seeds "$root/seeds"
base="http://127.0.0.1:$port"

enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
article="$(enc '律师法第四十九条')"
canned="$base/api/queries/items-by-article?article=$article"
bound_sparql="$(curl -fsS "$base/api/queries/items-by-article/sparql?article=$article")"
simple_sparql='PREFIX lkg: <https://w3id.org/lkg/ontology#> SELECT ?item ?name WHERE { ?item lkg:itemName ?name }'
fuseki="http://127.0.0.1:$fuseki_port/lkg/sparql"
accept='Accept: application/sparql-results+json'

# name|url ; every run sends the same Accept header
runs=(
  "items-by-article, canned (service)|$canned"
  "items-by-article SPARQL, /sparql (service)|$base/sparql?query=$(enc "$bound_sparql")"
  "items-by-article SPARQL, Fuseki direct|$fuseki?query=$(enc "$bound_sparql")"
  "simple SELECT (54 rows), /sparql (service)|$base/sparql?query=$(enc "$simple_sparql")"
  "simple SELECT (54 rows), Fuseki direct|$fuseki?query=$(enc "$simple_sparql")"
)

# sanity: every URL answers 200 with the same rows as the others of its kind
for r in "${runs[@]}"; do
  url="${r#*|}"
  code="$(curl -s -o /dev/null -w '%{http_code}' -H "$accept" "$url")"
  [ "$code" = 200 ] || { echo "run.sh: ${r%%|*} answered $code" >&2; exit 1; }
done

ms() { # wrk latency (e.g. 812.00us, 1.23ms, 2.01s) in milliseconds
  python3 -c '
import re, sys
v = sys.argv[1]
m = re.match(r"([0-9.]+)(us|ms|s|m)$", v)
n, u = float(m.group(1)), m.group(2)
print("%.2f" % (n / 1000 if u == "us" else n if u == "ms" else n * 1000 if u == "s" else n * 60000))' "$1"
}

rows=()
for r in "${runs[@]}"; do
  name="${r%%|*}"; url="${r#*|}"
  for c in 1 16; do
    t=$([ "$c" = 1 ] && echo 1 || echo 4)
    wrk -t"$t" -c"$c" -d3s -H "$accept" "$url" >/dev/null                      # warm-up
    res="$(wrk -t"$t" -c"$c" -d"${duration}s" --latency -H "$accept" "$url")"
    rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$res")"
    p50="$(awk '$1=="50%" {print $2}' <<<"$res")"
    p99="$(awk '$1=="99%" {print $2}' <<<"$res")"
    errors="$(awk '/Non-2xx or 3xx responses:/ {print $5} /Socket errors:/ {print "socket:" $0}' <<<"$res" | tr '\n' ' ')"
    rows+=("| $name | $c | $(printf '%.0f' "$rps") | $(ms "$p50") | $(ms "$p99") | ${errors:-0} |")
    echo "$name c=$c: $rps req/s, p50 $p50, p99 $p99 ${errors}" >&2
  done
done

cartesian='SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }'
cancel="$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "$accept" "$base/sparql?query=$(enc "$cartesian")")"
[ "${cancel%% *}" = 503 ] || { echo "run.sh: the cartesian query answered ${cancel%% *}, not 503" >&2; exit 1; }
echo "cartesian query cancelled (503) after ${cancel#* } s (timeout 3 s)" >&2

cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
{
  echo "# Query service benchmark"
  echo
  echo "Produced by \`bench/service/run.sh\` — $(date -u '+%Y-%m-%d %H:%M UTC')."
  echo
  echo "- Machine: $cpu, $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) RAM, $(uname -sr)"
  echo "- Java: $(java -version 2>&1 | sed -n 1p); service heap -Xmx1g; wrk $(wrk -v 2>&1 | sed -n 1p | awk '{print $2}'), ${duration} s per run after a 3 s warm-up, loopback"
  echo "- Data: the seed list (54 items, ~10,500 triples) in a fresh TDB2 store; Accept: application/sparql-results+json"
  echo "- Service = Spring Boot (Tomcat) → TDB2 in the same JVM; Fuseki direct = the embedded Fuseki (Jetty) over the same store"
  echo
  echo "| request | concurrency | requests/s | p50 ms | p99 ms | errors |"
  echo "| --- | ---: | ---: | ---: | ---: | --- |"
  printf '%s\n' "${rows[@]}"
  echo
  echo "A query that never ends (\`SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }\`) with"
  echo "lkg.query-timeout=3s: 503 after ${cancel#* } s."
  echo
  echo "Reading the table:"
  echo "- The canned query resolves \`律师法第四十九条\` first (the document titles, then the document's articles; both"
  echo "  lookups are cached, 10 min in embedded mode) and runs the bound query without parsing any text; /sparql parses"
  echo "  and checks the text of every request (no update, no SERVICE), then runs it. Both run in the service's JVM"
  echo "  on TDB2 directly, and write the whole answer before sending it."
  echo "- Fuseki direct goes through Fuseki's own query action (Jetty) on the same store and the same union default graph."
  echo "  Its transport is not the cost (\`/\$/ping\` answers several thousand requests/s here); the difference is in its"
  echo "  per-query path, which we have not profiled."
  echo "- The machine is a shared 2-CPU VM on which other builds ran at the same time: expect run-to-run variation of"
  echo "  ±30 % and long p99 tails. Compare rows of one run, not numbers across runs."
} >"$out"
echo "run.sh: wrote $out" >&2
