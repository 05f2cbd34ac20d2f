#!/usr/bin/env bash
# The smoke run of an installed app (src-tauri/src/smoke.rs): starts `binary` with
# ERFARINGSPLAN_SMOKE in a throw-away data folder, under Xvfb unless a display is given, and
# checks that it exits 0 having saved a plan and written a PDF and a workbook. The bundle workflow
# runs the same on Windows and macOS with their installed apps (it calls the binary directly).
# With --unsavable, the plans file is made a folder first: the run must then fail (exit 1), so a
# smoke run that cannot save is seen to fail.
# Usage: bash tests/scripts/smoke.sh <binary> [--unsavable]
set -euo pipefail
binary=$1
seconds=120
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "smoke: $*" >&2; exit 1; }
mkdir -p "$work/data" "$work/config" "$work/cache" "$work/out"
if [ "${2:-}" = --unsavable ]; then
  mkdir -p "$work/data/no.erfaringsplan.desktop/plans.json"
fi
run() {
  XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" \
    ERFARINGSPLAN_SMOKE="$work/out" timeout "$seconds" "$@" >"$work/stdout.txt" 2>"$work/stderr.txt"
}
status=0
if [ -n "${DISPLAY:-}" ]; then
  run "$binary" || status=$?
else
  run xvfb-run -a -s "-screen 0 1280x1024x24 -noreset" "$binary" || status=$?
fi
if [ "${2:-}" = --unsavable ]; then
  [ "$status" -eq 1 ] || fail "a run that could not save exited with $status, not 1"
  grep -q "saving the plans" "$work/stderr.txt" || fail "it did not say why: $(cat "$work/stderr.txt")"
  echo "A smoke run that cannot save fails, and says why."
  exit 0
fi
[ "$status" -eq 0 ] || fail "the app exited with $status: $(tail -5 "$work/stderr.txt")"
plans=$(find "$work/data" -name plans.json | head -1)
[ -n "$plans" ] || fail "no plans.json was saved"
node -e '
  const store = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).store;
  if (!store.plans.some((p) => p.example && p.plan.positions.length === 2)) process.exit(1);
' "$plans" || fail "$plans does not hold the example plan"
head -c 5 "$work/out/erfaringsplan-smoke.pdf" | grep -q '%PDF-' || fail "no PDF was written"
head -c 2 "$work/out/erfaringsplan-smoke.xlsx" | grep -q 'PK' || fail "no workbook was written"
cat "$work/out/smoke.txt"
echo "The smoke run passed."
