#!/usr/bin/env bash
# Store benchmark (issue 4): `lkg load` into TDB2 against Jena's own TDB2 bulk loader on the same triples.
#
# For each size (in multiples of the seed) it derives that many cities' lists from the seed
# (org.w3id.lkg.store.bench.CityListGenerator, a test class of store/: it ships in no production jar), then measures, each as a whole process under /usr/bin/time:
#   - lkg load LISTS --store DIR: read, extract, stage, validate with SHACL and swap in, one transaction per list,
#     once per staging mode (graph: a staging graph moved into place; transaction: the list graph written in place);
#   - lkg ingest LISTS --out dump.nq: read and extract only, to N-Quads (what the bulk loader starts from);
#   - tdb2.tdbloader --loc DIR dump.nq: Jena's bulk loader on exactly those quads (no validation, no transactions).
# Reports triples/second and memory, medians over RUNS runs, and writes bench/store/RESULTS.md.
#
#   bench/store/run.sh [SIZE…]        default: 1 100 1000
#
# Environment: RUNS (default 3) runs per measurement, LARGE_RUNS (default 1) for sizes of 1000 and more;
# STAGINGS (default "graph transaction"); LOAD_OPTS (more lkg load options, e.g. "--compact-every 250"); JAVA_OPTS (default -Xmx1g, the same for every process, so that a load
# that fits shows its heap stays flat); WORK (scratch folder, default a temporary one, removed at the end);
# OUT (default bench/store/RESULTS.md).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
read -r -a sizes <<<"${*:-1 100 1000}"
runs="${RUNS:-3}"
large_runs="${LARGE_RUNS:-1}"
stagings="${STAGINGS:-graph transaction}"
load_opts="${LOAD_OPTS:-}"
java_opts="${JAVA_OPTS:--Xmx1g}"
out="${OUT:-$root/bench/store/RESULTS.md}"
seed="$root/seeds/000_9601f697a03374a4.txt"
if [ -n "${WORK:-}" ]; then work="$WORK"; mkdir -p "$work"; else work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT; fi

jar="$root/cli/target/lkg-cli.jar"
generator="$root/store/target/lkg-store-0.1.0-SNAPSHOT-tests.jar"
if [ ! -f "$jar" ] || [ ! -f "$generator" ]; then
  # -DskipTests still compiles and jars the test classes, where the generator lives.
  echo "bench: building cli (mvn -B -q -DskipTests -pl cli -am package) …" >&2
  (cd "$root" && mvn -B -q -DskipTests -pl cli -am package) >&2
fi
cp="$jar:$root/cli/target/lib/*"
java_run=(java -Dfile.encoding=UTF-8 $java_opts -cp "$cp")

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# measure NAME STORE_DIR|- COMMAND… → appends "seconds peak_rss_kb peak_anon_kb peak_file_kb store_kb" to
# $work/NAME.m; the command's output goes to $work/NAME.log. Peak RSS comes from /usr/bin/time; its split into
# anonymous memory (heap and native) and file-backed pages (TDB2 memory-maps its indexes) is sampled from
# /proc/PID/status twice a second, because only the anonymous part says whether the loader's own memory is flat.
measure() {
  local name="$1" store="$2"; shift 2
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/$name.log" 2>&1 &
  local tpid=$! jpid="" anon=0 file=0 a f
  while kill -0 "$tpid" 2>/dev/null; do
    [ -n "$jpid" ] || jpid=$(pgrep -P "$tpid" | head -1 || true)
    if [ -n "$jpid" ] && read -r a f < <(awk '/^RssAnon/ {a=$2} /^RssFile/ {f=$2} END {print a+0, f+0}' "/proc/$jpid/status" 2>/dev/null); then
      [ "$a" -gt "$anon" ] && anon=$a
      [ "$f" -gt "$file" ] && file=$f
    fi
    sleep 0.5
  done
  if ! wait "$tpid"; then
    echo "bench: $name failed:" >&2; tail -20 "$work/$name.log" >&2; exit 1
  fi
  local size=0
  if [ "$store" != "-" ]; then size=$(du -sk "$store" | cut -f1); fi
  echo "$(cat "$work/time") $anon $file $size" >>"$work/$name.m"
}

column() { awk -v c="$2" '{print $c}' "$work/$1.m" | median; }

row() {  # SIZE LABEL NAME TRIPLES RUNS → one markdown table row of medians
  local t rss anon file store
  t=$(column "$3" 1); rss=$(column "$3" 2); anon=$(column "$3" 3); file=$(column "$3" 4); store=$(column "$3" 5)
  awk -v size="$1" -v label="$2" -v n="$4" -v runs="$5" -v t="$t" -v rss="$rss" -v anon="$anon" -v file="$file" \
      -v store="$store" 'BEGIN {
    printf "| %sx | %d | %s | %d | %.1f | %.0f | %.0f | %.0f | %.0f | %s |\n", size, n, label, runs, t,
      (t > 0 ? n / t : 0), rss / 1024, anon / 1024, file / 1024, (store > 0 ? sprintf("%.0f", store / 1024) : "–") }'
}

machine="$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
started="$(date -u '+%F %H:%M UTC')"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
rows=()
for size in "${sizes[@]}"; do
  n=$runs; [ "$size" -ge 1000 ] && n=$large_runs
  lists="$work/lists-$size"
  rm -rf "$lists" "$work"/*-"$size".m
  java -Dfile.encoding=UTF-8 -cp "$generator" org.w3id.lkg.store.bench.CityListGenerator "$seed" "$size" "$lists" >&2
  for r in $(seq "$n"); do
    echo "bench: ${size}x, run $r of $n ($(date -u +%T))" >&2
    for staging in $stagings; do
      rm -rf "$work/store"
      measure "load-$staging-$size" "$work/store" "${java_run[@]}" org.w3id.lkg.cli.LkgCommand load \
        "$lists"/*.txt --store "$work/store" --staging "$staging" $load_opts
    done
    rm -rf "$work/store" "$work/dump.nq"
    measure "ingest-$size" - "${java_run[@]}" org.w3id.lkg.cli.LkgCommand ingest "$lists"/*.txt \
      --out "$work/dump.nq" --no-ontology
    rm -rf "$work/bulk"
    measure "bulk-$size" "$work/bulk" "${java_run[@]}" tdb2.tdbloader --loc "$work/bulk" "$work/dump.nq"
    rm -rf "$work/bulk"
  done
  triples=$(wc -l <"$work/dump.nq")
  for staging in $stagings; do
    rows+=("$(row "$size" "lkg load --staging $staging" "load-$staging-$size" "$triples" "$n")")
  done
  rows+=("$(row "$size" "lkg ingest → N-Quads (no store)" "ingest-$size" "$triples" "$n")")
  rows+=("$(row "$size" "tdb2.tdbloader (from those N-Quads)" "bulk-$size" "$triples" "$n")")
  printf '%s\n' "${rows[@]: -4}" >&2
  rm -rf "$lists" "$work/dump.nq"
done

{
  echo "# Store benchmark"
  echo
  echo "Generated by \`bench/store/run.sh ${sizes[*]}\`; bench/store/README.md says what each row measures."
  echo
  echo "- machine: $machine; load average when it started: $load_before"
  echo "- date: $started; $(java -version 2>&1 | sed -n 1p); JVM options for every process: \`$java_opts\`;"
  echo "  lkg load options: \`--staging MODE${load_opts:+ $load_opts}\` (a TDB2 load ends with a compaction unless --no-compact)"
  echo "- times are whole processes (JVM start included), medians over the runs; triples are the lists' triples (the"
  echo "  N-Quads dump's lines), the same for every row of a size; peak RSS is /usr/bin/time's maximum resident set size;"
  echo "  anon (heap and native memory) and file-backed (memory-mapped TDB2 files) are peaks sampled twice a second"
  echo
  echo "| size | triples | what | runs | wall s | triples/s | peak RSS MiB | peak anon MiB | peak file-backed MiB | store on disk MiB |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} >"$out"
echo "bench: wrote $out" >&2
