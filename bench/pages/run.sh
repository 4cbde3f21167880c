#!/usr/bin/env bash
# Benchmark of the web pages and the dumps (issue 11, "Tests and measurement").
#
# For each size (multiples of the seed: 1 and 100 by default) the seed's cities are derived
# (org.w3id.lkg.ingest.load.CityListGenerator), ingested to N-Quads and bulk-loaded into a fresh TDB2 store
# (tdb2.tdbloader: the fastest way to a big store; the service opens a store that holds lists as it is). Then the
# packaged service runs over it and this measures:
#   - at 1x, with wrk at concurrency 1 and 16: the item page of 对律师违法执业的处罚, the article page of
#     律师法第四十九条 (both text/html) and the Turtle description of that article; the canned query
#     items-by-article over the same store as the baseline of the same run;
#   - at each size: the time the service takes to make the two dumps (its own log line, "dumps: N quads written …
#     in T ms", from the background check a few seconds after start), against Jena's own tdb2.tdbdump | gzip of the
#     same store (the service stopped first: TDB2 is locked while it runs).
# Writes bench/pages/RESULTS.md. Needs wrk (apt-get install wrk), curl, python3, gzip, java 17.
#
#   bench/pages/run.sh [DURATION_SECONDS] [SIZE…]      default 10 s per wrk run (after a 3 s warm-up); sizes 1 100
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
duration="${1:-10}"; shift || true
read -r -a sizes <<<"${*:-1 100}"
port="${LKG_BENCH_PORT:-18090}"
jar="$root/query-service/target/lkg-query-service.jar"
cli="$root/ingest/target/lkg-ingest.jar"
out="$root/bench/pages/RESULTS.md"
seed="$root/seeds/000_9601f697a03374a4.txt"

command -v wrk >/dev/null || { echo "run.sh: wrk is missing (apt-get install wrk)" >&2; exit 2; }
if [ ! -f "$jar" ] || [ ! -f "$cli" ]; then (cd "$root" && mvn -B -q -DskipTests install -pl query-service -am) >&2; fi
java_cli=(java -Dfile.encoding=UTF-8 -Xmx1g -cp "$cli:$root/ingest/target/lib/*")

work="$(mktemp -d)"
service_pid=""
stop_service() {
  if [ -n "$service_pid" ]; then kill "$service_pid" 2>/dev/null || true; wait "$service_pid" 2>/dev/null || true; fi
  service_pid=""
}
trap 'stop_service; rm -rf "$work"' EXIT
base="http://127.0.0.1:$port"
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
ms() { python3 -c '
import re, sys
m = re.match(r"([0-9.]+)(us|ms|s|m)$", sys.argv[1]); n, u = float(m.group(1)), m.group(2)
print("%.2f" % (n / 1000 if u == "us" else n if u == "ms" else n * 1000 if u == "s" else n * 60000))' "$1"; }

page_rows=(); dump_rows=()
for size in "${sizes[@]}"; do
  lists="$work/lists-$size"; store="$work/store-$size"; dumps="$work/dumps-$size"
  "${java_cli[@]}" org.w3id.lkg.ingest.load.CityListGenerator "$seed" "$size" "$lists" >&2
  "${java_cli[@]}" org.w3id.lkg.ingest.cli.LkgCommand ingest "$lists"/*.txt --out "$work/in-$size.nq" >&2
  "${java_cli[@]}" tdb2.tdbloader --loc "$store" "$work/in-$size.nq" >&2
  quads=$(wc -l <"$work/in-$size.nq")
  java -Xmx1g -jar "$jar" --port "$port" --fuseki-port -1 --store "$store" --seeds "$work/none" \
    --lkg.dumps="$dumps" >"$work/service-$size.log" 2>&1 &
  service_pid=$!
  for _ in $(seq 1 600); do curl -fs -o /dev/null "$base/actuator/health" && break; sleep 0.5; done
  curl -fs -o /dev/null "$base/actuator/health" || { tail -30 "$work/service-$size.log" >&2; exit 1; }
  if [ "$size" = 1 ]; then
    list="$(curl -fs "$base/sparql?query=$(enc 'PREFIX lkg: <https://w3id.org/lkg/ontology#> SELECT ?l { ?l a lkg:PowerList } LIMIT 1')" \
      -H 'Accept: text/csv' | sed -n 2p | tr -d '\r')"
    item="${list#https://w3id.org/lkg}/item/1-2"
    runs=("item page 对律师违法执业的处罚 (HTML)|$base$item|text/html"
          "article page 律师法第四十九条 (HTML)|$base/id/doc/lawyers-law/art/49|text/html"
          "article description (Turtle)|$base/id/doc/lawyers-law/art/49|text/turtle"
          "baseline: canned items-by-article (JSON)|$base/api/queries/items-by-article?article=$(enc 律师法第四十九条)|application/json")
    for r in "${runs[@]}"; do
      IFS='|' read -r name url accept <<<"$r"
      code="$(curl -s -o /dev/null -w '%{http_code}' -H "Accept: $accept" "$url")"
      [ "$code" = 200 ] || { echo "run.sh: $name answered $code ($url)" >&2; exit 1; }
      for c in 1 16; do
        t=$([ "$c" = 1 ] && echo 1 || echo 4)
        wrk -t"$t" -c"$c" -d3s -H "Accept: $accept" "$url" >/dev/null
        res="$(wrk -t"$t" -c"$c" -d"${duration}s" --latency -H "Accept: $accept" "$url")"
        rps="$(awk '/^Requests\/sec:/ {print $2}' <<<"$res")"
        p50="$(awk '$1=="50%" {print $2}' <<<"$res")"; p99="$(awk '$1=="99%" {print $2}' <<<"$res")"
        errors="$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$res")"
        page_rows+=("| $name | $c | $(printf '%.0f' "$rps") | $(ms "$p50") | $(ms "$p99") | ${errors:-0} |")
        echo "$name c=$c: $rps req/s, p50 $p50, p99 $p99" >&2
      done
    done
  fi
  for _ in $(seq 1 1200); do grep -q 'dumps: .* quads written' "$work/service-$size.log" && break; sleep 0.5; done
  line="$(grep -m1 'dumps: .* quads written' "$work/service-$size.log")"
  dump_ms="$(sed -E 's/.* in ([0-9]+) ms.*/\1/' <<<"$line")"
  dumped="$(sed -E 's/.*dumps: ([0-9]+) quads.*/\1/' <<<"$line")"
  size_nq=$(stat -c %s "$dumps"/lkg-*.nq.gz); size_trig=$(stat -c %s "$dumps"/lkg-*.trig.gz)
  stop_service
  start=$(date +%s%N)
  "${java_cli[@]}" tdb2.tdbdump --loc "$store" | gzip >"$work/tdbdump-$size.nq.gz"
  base_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  dump_rows+=("| ${size}x | $dumped | $dump_ms | $base_ms | $(awk -v a="$dump_ms" -v b="$base_ms" 'BEGIN {printf "%.2f", a / b}') | $((size_nq / 1024)) KiB + $((size_trig / 1024)) KiB |")
  echo "dumps ${size}x: $dumped quads in $dump_ms ms (tdbdump | gzip: $base_ms ms)" >&2
  rm -rf "$store" "$lists" "$work/in-$size.nq" "$work/tdbdump-$size.nq.gz"
done

{
  echo "# Pages and dumps benchmark"
  echo
  echo "Produced by \`bench/pages/run.sh\` — $(date -u '+%Y-%m-%d %H:%M UTC')."
  echo
  echo "- Machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) CPUs, load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- Java: $(java -version 2>&1 | sed -n 1p); service heap -Xmx1g; wrk ${duration} s per run after a 3 s warm-up, loopback"
  echo
  echo "## Pages at 1x (seed store)"
  echo
  echo "| request | concurrency | requests/s | p50 ms | p99 ms | non-2xx |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  printf '%s\n' "${page_rows[@]}"
  echo
  echo "## Making the dumps (gzipped N-Quads and TriG, one pass)"
  echo
  echo "| size | quads | service, ms | baseline: tdb2.tdbdump \\| gzip (N-Quads only), ms | ratio | dump sizes |"
  echo "| --- | ---: | ---: | ---: | ---: | --- |"
  printf '%s\n' "${dump_rows[@]}"
  echo
  echo "The service writes both dumps in one pass of a SPARQL SELECT over every named graph (through the store"
  echo "abstraction, so the same code runs against a remote endpoint); tdbdump reads TDB2's indexes directly and writes"
  echo "N-Quads only, its JVM start included. The machine is a shared 2-CPU VM: compare rows of one run."
} >"$out"
echo "run.sh: wrote $out" >&2
