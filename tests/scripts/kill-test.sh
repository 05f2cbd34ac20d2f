#!/usr/bin/env bash
# The full crash-safety run (the test suite runs fewer kills):
#  1. the engine's save loop SIGKILLed 100 times, half of the kills aimed at the write itself;
#  2. the real app SIGKILLed 100 times while it autosaves typing, in a WebKitGTK window.
# Each prints how many kills it survived; any failure stops the run. Needs `npm run build:app`.
# KILLS=N changes the count of both.
set -euo pipefail
cd "$(dirname "$0")/../.."
kills="${KILLS:-100}"
ERFARINGSPLAN_KILLS="$kills" cargo test -q -p erfaringsplan-engine --test kill_during_save \
  -- --nocapture 2>&1 | grep -E "kills|panicked|test result"
ERFARINGSPLAN_E2E_KILLS="$kills" bash tests/scripts/e2e.sh --spec tests/e2e/specs/crash.e2e.ts \
  2>&1 | grep -E "kills|✖|passing|failing|Error"
