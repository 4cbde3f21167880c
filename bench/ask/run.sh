#!/usr/bin/env bash
# Benchmark of /api/ask (issue 12, "Latency"): p50 and p99 on loopback, and the start-up cost of the dictionary.
#
# Starts the packaged service on loopback with a fresh TDB2 store loaded from seeds/, asks the first question (which
# builds the question engine's dictionary from the graph: its cost is read from the service log and also shown as
# that first request's time), then asks every question of question/eval/questions.tsv round after round over one
# keep-alive connection for DURATION seconds, and reports p50 / p99 / max per request, with the canned query
# items-by-article (律师法第四十九条) measured the same way in the same run as the baseline. Writes
# bench/ask/RESULTS.md. Needs curl, python3, java 17.
#
#   bench/ask/run.sh [DURATION_SECONDS]     default 20 s for the questions, 10 s for the baseline
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
duration="${1:-20}"
port="${LKG_BENCH_PORT:-58080}"
fuseki_port="${LKG_BENCH_FUSEKI_PORT:-53030}"
jar="$root/query-service/target/lkg-query-service.jar"
out="$root/bench/ask/RESULTS.md"

if [ ! -f "$jar" ]; then
  (cd "$root" && mvn -B -q -DskipTests install -pl ontology,sparql,question,ingest,query-service) >&2
fi

work="$(mktemp -d)"
. "$root/bench/lib/service.sh"
trap 'lkg_stop_service; rm -rf "$work"' EXIT

lkg_start_service "$jar" "$port" "$work/service.log" --fuseki-port "$fuseki_port" --store "$work/tdb2" --seeds "$root/seeds"
base="http://127.0.0.1:$port"

python3 - "$base" "$duration" "$root/question/eval/questions.tsv" "$work/service.log" "$out" <<'PY'
import http.client, json, os, platform, re, sys, time, urllib.parse, datetime
base, duration, qfile, log, out = sys.argv[1], float(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
host, port = urllib.parse.urlparse(base).hostname, urllib.parse.urlparse(base).port
qs = [l.split("\t")[1] for l in open(qfile, encoding="utf-8") if l.strip() and not l.startswith("#")]
conn = http.client.HTTPConnection(host, port)
def get(path):
    t = time.perf_counter(); conn.request("GET", path); r = conn.getresponse(); r.read()
    return (time.perf_counter() - t) * 1000, r.status
ask = lambda q: "/api/ask?q=" + urllib.parse.quote(q, safe="")
first, status = get(ask(qs[0]))
m = None
for _ in range(50):
    m = re.search(r"dictionary of (\d+) names read in (\d+) ms", open(log, encoding="utf-8", errors="replace").read())
    if m: break
    time.sleep(0.1)
def run(paths, seconds):
    lat, statuses, end, i = [], {}, time.perf_counter() + seconds, 0
    for p in paths[:50]: get(p)            # warm-up
    while time.perf_counter() < end:
        ms, s = get(paths[i % len(paths)]); lat.append(ms); statuses[s] = statuses.get(s, 0) + 1; i += 1
    lat.sort(); pick = lambda f: lat[min(len(lat) - 1, int(f * len(lat)))]
    return dict(n=len(lat), p50=pick(0.50), p99=pick(0.99), max=lat[-1], statuses=statuses)
a = run([ask(q) for q in qs], duration)
b = run(["/api/queries/items-by-article?article=" + urllib.parse.quote("律师法第四十九条", safe="")], duration / 2)
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
row = (f"| {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC | {os.cpu_count()} cores ({cpu}), load {os.getloadavg()[0]:.1f} "
       f"| {m.group(2) if m else '?'} ms for {m.group(1) if m else '?'} names; first question {first:.0f} ms "
       f"| {a['n']} asks of {len(qs)} questions: p50 {a['p50']:.1f} ms, p99 {a['p99']:.1f} ms, max {a['max']:.0f} ms, statuses {a['statuses']} "
       f"| items-by-article canned: p50 {b['p50']:.1f} ms, p99 {b['p99']:.1f} ms |")
head = ("# /api/ask on loopback (bench/ask/run.sh)\n\nOne client, one keep-alive connection, requests one after another; every question of "
        "question/eval/questions.tsv in turn (answered and refused ones alike). Targets (issue 12): p50 ≤ 10 ms, p99 ≤ 50 ms.\n\n"
        "| date | machine | dictionary start-up | /api/ask | baseline, same run |\n|---|---|---|---|---|\n")
old = open(out, encoding="utf-8").read() if os.path.exists(out) else head
open(out, "w", encoding="utf-8").write(old + row + "\n")
print(row)
PY
