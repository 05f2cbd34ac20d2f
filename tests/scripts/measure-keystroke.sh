#!/usr/bin/env bash
# Keystroke-to-updated-figures time in the real window (debug build). Build first with
# `npm run build:app`; pass TAURI_APP to measure another binary.
set -euo pipefail
cd "$(dirname "$0")/../.."
export TAURI_APP="${TAURI_APP:-$(realpath "${CARGO_TARGET_DIR:-target}")/debug/erfaringsplan}"
xvfb-run -a -s "-screen 0 1280x860x24 -noreset" npx wdio run tests/e2e/wdio.measure.conf.ts \
  --spec tests/e2e/measure/keystroke.measure.ts 2>&1 | grep -E "keystroke|step switch|passing|failing|Error"
