#!/usr/bin/env bash
# Seed ingest time, whole process (JVM start + read + extract + write TriG), median of N runs, with peak RSS.
# Baseline in the same run: `lkg --version` (JVM start and class loading only), so the ratio shows what ingest adds.
# A one-item list shows the fixed cost of an ingest (HanLP's dictionaries, the registry, the concept schemes), which
# PartyRecognizerTest once asserted as a bound; it is measured here instead.
# With official texts ($LKG_STATUTES, default ../shared/statutes beside the checkout) it also measures the same
# ingest with --statutes, so the audit's cost shows against the plain ingest of the same run.
# Usage: bench/ingest/run.sh [runs]   (default 5). Prints a markdown table row per measurement.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-5}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$root/lkg" --version >/dev/null   # builds the jar if needed, outside the timing

measure() {  # label, command…  → prints "median_seconds median_maxrss_kb"
  local label="$1"; shift
  local times=() rss=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$out/t" "$@" >/dev/null 2>"$out/err" || { cat "$out/err" >&2; exit 1; }
    read -r t m < "$out/t"; times+=("$t"); rss+=("$m")
  done
  local mt mr
  mt=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
  mr=$(printf '%s\n' "${rss[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
  echo "$label $mt $mr"
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
read -r _ bt br <<<"$base"; read -r _ it ir <<<"$ing"; read -r _ ot or <<<"$one"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); date: $(date -u +%F); runs: $runs"
echo "| measurement | median wall (s) | median peak RSS (MiB) | ratio to baseline |"
echo "|---|---|---|---|"
echo "| lkg --version (JVM baseline) | $bt | $((br / 1024)) | 1.00 |"
echo "| lkg ingest one-item list → TriG (fixed cost: HanLP, registry, schemes) | $ot | $((or / 1024)) | $(awk -v a="$ot" -v b="$bt" 'BEGIN {printf "%.2f", a/b}') |"
echo "| lkg ingest seed → TriG | $it | $((ir / 1024)) | $(awk -v a="$it" -v b="$bt" 'BEGIN {printf "%.2f", a/b}') |"
if [ -n "$aud" ]; then
  read -r _ at ar <<<"$aud"
  echo "| lkg ingest seed → TriG --statutes ($(ls "$statutes"/*.md | grep -vc README) texts) | $at | $((ar / 1024)) | $(awk -v a="$at" -v b="$bt" 'BEGIN {printf "%.2f", a/b}') ($(awk -v a="$at" -v b="$it" 'BEGIN {printf "%.2f", a/b}')× the plain ingest) |"
fi
