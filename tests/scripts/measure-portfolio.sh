#!/usr/bin/env bash
# «Alle planene samlet» for thirty of the largest plans in the real window (debug build): the
# click to the year table, and unticking a plan to the new table. Build first with
# `npm run build:app`; pass TAURI_APP to measure another binary (e.g. a release build).
set -euo pipefail
cd "$(dirname "$0")/../.."
export TAURI_APP="${TAURI_APP:-$(realpath "${CARGO_TARGET_DIR:-target}")/debug/erfaringsplan}"
xvfb-run -a -s "-screen 0 1280x860x24 -noreset" npx wdio run tests/e2e/wdio.measure.conf.ts \
  --spec tests/e2e/measure/portfolio.measure.ts 2>&1 | grep -E "portfolio of|passing|failing|Error"
