#!/usr/bin/env bash
# Store benchmark (issues 4, 14): `lkg load` into TDB2 against Jena's own TDB2 bulk loaders on the same triples.
#
# For each size (in multiples of the seed) it derives that many cities' lists from the seed
# (org.w3id.lkg.store.bench.CityListGenerator, a test class of store/: it ships in no production jar), then measures,
# side by side in each run, each as a whole process under /usr/bin/time:
#   - lkg load LISTS --store DIR: read, extract, validate with SHACL, guard, archive editions and swap in, atomically,
#     once per staging mode (memory, the default: validated in memory, written once, batches of lists per
#     transaction; graph: a staging graph in TDB2 moved into place; transaction: the list graph written in place);
#   - lkg ingest LISTS --out dump.nq: read and extract only, to N-Quads (what the bulk loaders start from);
#   - tdb2.tdbloader --loc DIR dump.nq: Jena's bulk loader (its default, the phased loader) on exactly those quads,
#     and tdb2.tdbloader --loader=parallel (no validation, no atomicity, an empty store).
# Reports wall time, triples/second, CPU time and memory, medians over RUNS runs, the ratio of lkg load's throughput
# to each bulk loader's, and writes bench/store/RESULTS.md.
#
#   bench/store/run.sh [SIZE…]        default: 1 10 100 1000
#
# Environment: RUNS (default 3) runs per measurement, LARGE_RUNS (default 1) for sizes of 1000 and more;
# STAGINGS (default "memory"; e.g. "memory graph transaction"; MODE:MIB adds --batch-size MIB, e.g. "memory memory:16";
# "launcher" runs ./lkg load as users do, with the launcher's class-data archive and collector); LOADERS (tdb2.tdbloader's, default "phased parallel");
# LOAD_OPTS (more lkg load options, e.g. "--batch-size 16"); JAVA_OPTS (default -Xmx1g, the same for every process, so that a load
# that fits shows its heap stays flat); WORK (scratch folder, default a temporary one, removed at the end);
# OUT (default bench/store/RESULTS.md).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
read -r -a sizes <<<"${*:-1 10 100 1000}"
runs="${RUNS:-3}"
large_runs="${LARGE_RUNS:-1}"
stagings="${STAGINGS:-memory}"
loaders="${LOADERS:-phased parallel}"
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

# measure NAME STORE_DIR|- COMMAND… → appends "seconds peak_rss_kb cpu_seconds peak_anon_kb peak_file_kb store_kb" to
# $work/NAME.m; the command's output goes to $work/NAME.log. Peak RSS comes from /usr/bin/time; its split into
# anonymous memory (heap and native) and file-backed pages (TDB2 memory-maps its indexes) is sampled from
# /proc/PID/status twice a second, because only the anonymous part says whether the loader's own memory is flat.
measure() {
  local name="$1" store="$2"; shift 2
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" >"$work/$name.log" 2>&1 &
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
  local e m u sy
  read -r e m u sy <"$work/time"
  echo "$e $m $(awk -v u="$u" -v s="$sy" 'BEGIN {print u + s}') $anon $file $size" >>"$work/$name.m"
}

column() { awk -v c="$2" '{print $c}' "$work/$1.m" | median; }

row() {  # SIZE LABEL NAME TRIPLES RUNS → one markdown table row of medians
  local t rss cpu anon file store
  t=$(column "$3" 1); rss=$(column "$3" 2); cpu=$(column "$3" 3); anon=$(column "$3" 4); file=$(column "$3" 5); store=$(column "$3" 6)
  awk -v size="$1" -v label="$2" -v n="$4" -v runs="$5" -v t="$t" -v rss="$rss" -v cpu="$cpu" -v anon="$anon" -v file="$file" \
      -v store="$store" 'BEGIN {
    printf "| %sx | %d | %s | %d | %.1f | %.0f | %.1f | %.0f | %.0f | %.0f | %s |\n", size, n, label, runs, t,
      (t > 0 ? n / t : 0), cpu, rss / 1024, anon / 1024, file / 1024, (store > 0 ? sprintf("%.0f", store / 1024) : "–") }'
}

ratio_row() {  # SIZE TRIPLES → lkg load's throughput against each bulk loader's, from the medians
  local line="| $1x | $2 |" t
  local lkg; lkg=$(column "load-${stagings%% *}-$1" 1)
  line+=" $(awk -v n="$2" -v t="$lkg" 'BEGIN {printf "%.1f s (%.0f triples/s)", t, n / t}') |"
  for loader in $loaders; do
    t=$(column "bulk-$loader-$1" 1)
    line+=" $(awk -v n="$2" -v t="$t" 'BEGIN {printf "%.1f s (%.0f triples/s)", t, n / t}') |"
  done
  for loader in $loaders; do
    t=$(column "bulk-$loader-$1" 1)
    line+=" $(awk -v a="$lkg" -v b="$t" 'BEGIN {printf "%.2f", b / a}') |"
  done
  echo "$line"
}

machine="$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
started="$(date -u '+%F %H:%M UTC')"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
if [[ " $stagings " == *" launcher "* ]]; then   # the launcher's first run of load writes its class-data archive
  LKG_JAVA_OPTS="$java_opts" "$root/lkg" load "$seed" --store "$work/warm" >/dev/null 2>&1; rm -rf "$work/warm"
fi
rows=()
ratios=()
loads=()
for size in "${sizes[@]}"; do
  n=$runs; [ "$size" -ge 1000 ] && n=$large_runs
  lists="$work/lists-$size"
  rm -rf "$lists" "$work"/*-"$size".m
  java -Dfile.encoding=UTF-8 -cp "$generator" org.w3id.lkg.store.bench.CityListGenerator "$seed" "$size" "$lists" >&2
  for r in $(seq "$n"); do
    echo "bench: ${size}x, run $r of $n ($(date -u +%T))" >&2
    for staging in $stagings; do
      rm -rf "$work/store"
      batch=(); [[ "$staging" == *:* ]] && batch=(--batch-size "${staging#*:}")
      if [ "$staging" = launcher ]; then   # as users run it: ./lkg, with its class-data archive and collector
        measure "load-$staging-$size" "$work/store" env LKG_JAVA_OPTS="$java_opts" "$root/lkg" load \
          "$lists"/*.txt --store "$work/store" $load_opts
      else
        measure "load-$staging-$size" "$work/store" "${java_run[@]}" org.w3id.lkg.cli.LkgCommand load \
          "$lists"/*.txt --store "$work/store" --staging "${staging%%:*}" "${batch[@]}" $load_opts
      fi
    done
    rm -rf "$work/store" "$work/dump.nq"
    measure "ingest-$size" - "${java_run[@]}" org.w3id.lkg.cli.LkgCommand ingest "$lists"/*.txt \
      --out "$work/dump.nq" --no-ontology
    for loader in $loaders; do
      rm -rf "$work/bulk"
      measure "bulk-$loader-$size" "$work/bulk" "${java_run[@]}" tdb2.tdbloader --loader="$loader" --loc "$work/bulk" "$work/dump.nq"
      rm -rf "$work/bulk"
    done
    loads+=("${size}x run $r: $(cut -d' ' -f1-3 /proc/loadavg)")
  done
  triples=$(wc -l <"$work/dump.nq")
  for staging in $stagings; do
    label="lkg load --staging ${staging%%:*}"; [[ "$staging" == *:* ]] && label="$label --batch-size ${staging#*:}"
    [ "$staging" = launcher ] && label="./lkg load (its CDS archive, -XX:+UseParallelGC)"
    rows+=("$(row "$size" "$label" "load-$staging-$size" "$triples" "$n")")
  done
  rows+=("$(row "$size" "lkg ingest → N-Quads (no store)" "ingest-$size" "$triples" "$n")")
  for loader in $loaders; do
    rows+=("$(row "$size" "tdb2.tdbloader --loader=$loader (from those N-Quads)" "bulk-$loader-$size" "$triples" "$n")")
  done
  ratios+=("$(ratio_row "$size" "$triples")")
  printf '%s\n' "${rows[@]: -$(( $(wc -w <<<"$stagings $loaders") + 1 ))}" "${ratios[@]: -1}" >&2
  rm -rf "$lists" "$work/dump.nq"
done

{
  echo "# Store benchmark"
  echo
  echo "Generated by \`bench/store/run.sh ${sizes[*]}\`; bench/store/README.md says what each row measures."
  echo
  echo "- machine: $machine; load average when it started: $load_before; after each run (1, 5, 15 min):"
  printf '  %s\n' "${loads[@]}"
  echo "- date: $started; $(java -version 2>&1 | sed -n 1p); JVM options for every process: \`$java_opts\`;"
  echo "  lkg load options: \`--staging MODE${load_opts:+ $load_opts}\` (validation and atomicity on; it compacts only when"
  echo "  more than half of the store is garbage, unless --no-compact)"
  echo "- times are whole processes (JVM start included), medians over the runs; triples are the lists' triples (the"
  echo "  N-Quads dump's lines), the same for every row of a size; CPU is user + system seconds; peak RSS is"
  echo "  /usr/bin/time's maximum resident set size; anon (heap and native memory) and file-backed (memory-mapped TDB2"
  echo "  files) are peaks sampled twice a second"
  echo
  first="--staging ${stagings%% *}"; [ "${stagings%% *}" = launcher ] && first="./lkg load, as users run it"
  echo "lkg load (\`$first\`) against the bulk loaders, measured side by side in each run; ratio = lkg load's"
  echo "throughput over the bulk loader's (goal at 100x and 1000x: 0.8 or more):"
  echo
  header="| size | triples | lkg load |"; rule="|---|---|---|"
  for loader in $loaders; do header+=" tdb2.tdbloader --loader=$loader |"; rule+="---|"; done
  for loader in $loaders; do header+=" ratio to $loader |"; rule+="---|"; done
  echo "$header"; echo "$rule"
  printf '%s\n' "${ratios[@]}"
  echo
  echo "| size | triples | what | runs | wall s | triples/s | CPU s | peak RSS MiB | peak anon MiB | peak file-backed MiB | store on disk MiB |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} >"$out"
echo "bench: wrote $out" >&2
