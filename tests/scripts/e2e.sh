#!/usr/bin/env bash
# Runs the end-to-end suite against the built debug binary, in a virtual display unless one is
# already there. Build first with `npm run build:app`. Extra arguments go to wdio, e.g.
# `--spec tests/e2e/specs/crash.e2e.ts`.
set -euo pipefail
cd "$(dirname "$0")/../.."
export TAURI_APP="${TAURI_APP:-$(realpath "${CARGO_TARGET_DIR:-target}")/debug/erfaringsplan}"
# The engine spec compares the window's projection with the command-line tool's: build it.
cargo build -q -p erfaringsplan-engine --bin erfaringsplan-cli
rm -rf tests/artifacts/screenshots
if [ -n "${DISPLAY:-}" ] && [ -z "${CI:-}" ]; then
  npx wdio run tests/e2e/wdio.conf.ts "$@"
else
  # -noreset: by default the X server resets when its last client leaves, and an app started in
  # that moment (the next spec, or a restart after a kill) dies in gtk_init («Failed to initialize
  # GTK»). A loop of raw connections to a fresh Xvfb failed 12 of 300 times without it, 0 with it.
  xvfb-run -a -s "-screen 0 1280x860x24 -noreset" npx wdio run tests/e2e/wdio.conf.ts "$@"
fi
