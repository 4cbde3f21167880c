#!/usr/bin/env bash
# Seed ingest time, whole process (JVM start + read + extract + write TriG), median of N runs, with peak RSS.
# Baseline in the same run: `lkg --version` (JVM start and class loading only), so the ratio shows what ingest adds.
# A one-item list shows the fixed cost of an ingest (HanLP's dictionaries, the registry, the concept schemes), which
# PartyRecognizerTest once asserted as a bound; it is measured here instead.
# With official texts ($LKG_STATUTES, default ../shared/statutes beside the checkout) it also measures the same
# ingest with --statutes, so the audit's cost shows against the plain ingest of the same run.
# The goal of issue 14 is measured beside them: `riot --count` (Jena's own parser, the same JVM and classpath) on the
# TriG the ingest wrote, timed in the same loop as the ingest so a busy moment hits both; the ratio is ingest / riot
# (goal ≤ 1.5). The ingest runs through ./lkg as users run it (with its class data sharing archive, made on the first
# run, outside the timing); LKG_CDS=0 gives the figure without it too.
# Usage: bench/ingest/run.sh [runs]   (default 5). Prints a markdown table row per measurement, with user+system CPU
# seconds beside the wall time (on a shared machine the CPU time is the steadier of the two).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-5}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$root/lkg" --version >/dev/null   # builds the jar if needed, outside the timing
"$root/lkg" ingest "$root/seeds/000_9601f697a03374a4.txt" --out "$out/warm.trig" 2>/dev/null   # makes the CDS archive

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

measure() {  # label, command…  → prints "median_seconds median_maxrss_kb median_cpu_seconds"
  local label="$1"; shift
  local times=() rss=() cpu=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M %U %S" -o "$out/t" "$@" >/dev/null 2>"$out/err" || { cat "$out/err" >&2; exit 1; }
    read -r t m u s < "$out/t"; times+=("$t"); rss+=("$m"); cpu+=("$(awk -v u="$u" -v s="$s" 'BEGIN {print u + s}')")
  done
  echo "$label $(printf '%s\n' "${times[@]}" | median) $(printf '%s\n' "${rss[@]}" | median) $(printf '%s\n' "${cpu[@]}" | median)"
}

# side by side: each round runs the ingest, then riot --count on what it wrote → "median medianCpu" for each
versus_riot() {  # label, ingest env…  → prints "label ingest_s ingest_cpu riot_s riot_cpu"
  local label="$1"; shift
  local it=() ic=() rt=() rc=()
  for _ in $(seq "$runs"); do
    env "$@" /usr/bin/time -f "%e %U %S" -o "$out/t" "$root/lkg" ingest "$root/seeds/000_9601f697a03374a4.txt" \
      --out "$out/riot.trig" >/dev/null 2>"$out/err" || { cat "$out/err" >&2; exit 1; }
    read -r t u s < "$out/t"; it+=("$t"); ic+=("$(awk -v u="$u" -v s="$s" 'BEGIN {print u + s}')")
    /usr/bin/time -f "%e %U %S" -o "$out/t" java -Dfile.encoding=UTF-8 -cp "$root/cli/target/lkg-cli.jar:$root/cli/target/lib/*" \
      riotcmd.riot --count "$out/riot.trig" >/dev/null 2>"$out/err" || { cat "$out/err" >&2; exit 1; }
    read -r t u s < "$out/t"; rt+=("$t"); rc+=("$(awk -v u="$u" -v s="$s" 'BEGIN {print u + s}')")
  done
  echo "$label $(printf '%s\n' "${it[@]}" | median) $(printf '%s\n' "${ic[@]}" | median) $(printf '%s\n' "${rt[@]}" | median) $(printf '%s\n' "${rc[@]}" | median)"
}

base=$(measure baseline "$root/lkg" --version)
printf '序号\t事项名称\t权力类型\t实施依据\n1\t对律师违法执业的处罚\t行政处罚\t《中华人民共和国律师法》第四十九条\n' > "$out/one-item.tsv"
one=$(measure one-item "$root/lkg" ingest "$out/one-item.tsv" --out "$out/one.trig")
ing=$(measure ingest "$root/lkg" ingest "$root/seeds/000_9601f697a03374a4.txt" --out "$out/lkg.trig")
statutes="${LKG_STATUTES:-$root/../shared/statutes}"
aud=""
if [ -d "$statutes" ]; then
  aud=$(measure audit "$root/lkg" ingest "$root/seeds/000_9601f697a03374a4.txt" --out "$out/lkg.trig" --statutes "$statutes")
fi
cds=$(versus_riot "with the CDS archive" LKG_CDS=1)
nocds=$(versus_riot "without (LKG_CDS=0)" LKG_CDS=0)
read -r _ bt br bc <<<"$base"; read -r _ it ir ic <<<"$ing"; read -r _ ot or oc <<<"$one"
load="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); date: $(date -u '+%F %H:%M UTC'); runs: $runs; load average after: $load"
echo "| measurement | median wall (s) | median CPU (s) | median peak RSS (MiB) | ratio to baseline |"
echo "|---|---|---|---|---|"
echo "| lkg --version (JVM baseline) | $bt | $bc | $((br / 1024)) | 1.00 |"
echo "| lkg ingest one-item list → TriG (fixed cost: HanLP, registry, schemes) | $ot | $oc | $((or / 1024)) | $(awk -v a="$ot" -v b="$bt" 'BEGIN {printf "%.2f", a/b}') |"
echo "| lkg ingest seed → TriG | $it | $ic | $((ir / 1024)) | $(awk -v a="$it" -v b="$bt" 'BEGIN {printf "%.2f", a/b}') |"
if [ -n "$aud" ]; then
  read -r _ at ar ac <<<"$aud"
  echo "| lkg ingest seed → TriG --statutes ($(ls "$statutes"/*.md | grep -vc README) texts) | $at | $ac | $((ar / 1024)) | $(awk -v a="$at" -v b="$bt" 'BEGIN {printf "%.2f", a/b}') ($(awk -v a="$at" -v b="$it" 'BEGIN {printf "%.2f", a/b}')× the plain ingest) |"
fi
echo
echo "| seed ingest against \`riot --count\` on its output, same rounds | ingest wall (s) | ingest CPU (s) | riot wall (s) | riot CPU (s) | ratio wall | ratio CPU |"
echo "|---|---|---|---|---|---|---|"
for m in "$cds" "$nocds"; do
  label="${m% * * * *}"; read -r a b c d <<<"${m##"$label" }"
  echo "| $label | $a | $b | $c | $d | $(awk -v a="$a" -v c="$c" 'BEGIN {printf "%.2f", a/c}') | $(awk -v b="$b" -v d="$d" 'BEGIN {printf "%.2f", b/d}') |"
done
