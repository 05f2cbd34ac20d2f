#!/usr/bin/env bash
# Fuzzes plan reading, projection and PDF printing for a bounded time, in release mode (many more
# inputs per second than the test suite's short debug run). Prints the inputs tried per target and
# the crashes found; a crashing input is kept in src-tauri/engine/tests/fuzz-regressions/ —
# commit it, and the test suite runs it from then on.
#   bash tests/scripts/fuzz.sh [seconds per target, default 120]
# FUZZ_SEED=N repeats a run.
set -euo pipefail
cd "$(dirname "$0")/../.."
export FUZZ_SECONDS="${1:-120}"
cargo test --release -q -p erfaringsplan-engine --test fuzz fuzz_parse_project_pdf -- --nocapture \
  2>&1 | grep -vE "^(running|test result|$|\.)"
