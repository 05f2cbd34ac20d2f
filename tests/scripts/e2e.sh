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
  xvfb-run -a -s "-screen 0 1280x860x24" npx wdio run tests/e2e/wdio.conf.ts "$@"
fi
