#!/usr/bin/env bash
# How long LibreOffice Calc takes to open an exported workbook and recalculate every formula,
# side by side with opening the same file and keeping the cached results (no recalculation), for
# the typical plan and the largest plan the app accepts (50 posts × 40 years). Runs alternate,
# RUNS (default 5) of each; prints each median and the ratio. Also prints the files' sizes.
#
# Usage: bash tests/scripts/measure-xlsx.sh   (needs LibreOffice: .ci/setup.sh installs it)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build -q -p erfaringsplan-engine --bin erfaringsplan-cli
cli="${CARGO_TARGET_DIR:-target}/debug/erfaringsplan-cli"

"$cli" example --first-year 2027 --years 10 >"$work/typical.json"
"$cli" example --largest >"$work/largest.json"
for plan in typical largest; do
  "$cli" xlsx "$work/$plan.json" -o "$work/$plan.xlsx" --date 2026-12-03 >/dev/null
  printf '%-8s %8d bytes\n' "$plan.xlsx" "$(stat -c %s "$work/$plan.xlsx")"
done

profile() { # $1: folder, $2: 0 = always recalculate, 1 = never
  mkdir -p "$1/user"
  cat >"$1/user/registrymodifications.xcu" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>$2</value></prop></item>
</oor:items>
EOF
}
profile "$work/recalc" 0
profile "$work/cached" 1
# A first start of each profile sets it up; not timed.
for p in recalc cached; do
  soffice -env:UserInstallation="file://$work/$p" --headless --convert-to csv \
    --outdir "$work/out" "$work/typical.xlsx" >/dev/null 2>&1
done

ms() { # one conversion, in milliseconds
  local start end
  start=$(date +%s%N)
  soffice -env:UserInstallation="file://$work/$1" --headless --convert-to csv \
    --outdir "$work/out" "$2" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

for plan in typical largest; do
  : >"$work/recalc.t"
  : >"$work/cached.t"
  for _ in $(seq "$runs"); do
    ms recalc "$work/$plan.xlsx" >>"$work/recalc.t"
    ms cached "$work/$plan.xlsx" >>"$work/cached.t"
  done
  r=$(median <"$work/recalc.t")
  c=$(median <"$work/cached.t")
  printf '%-8s open + recalculate %6d ms, open with cached results %6d ms, ratio %s (median of %d)\n' \
    "$plan" "$r" "$c" "$(awk -v r="$r" -v c="$c" 'BEGIN {printf "%.2f", r / c}')" "$runs"
done
