#!/usr/bin/env bash
# Builds Erfaringsplan (debug build, UI embedded) and starts it.
set -euo pipefail
cd "$(dirname "$0")/../.."
npx tauri build --debug --no-bundle
exec "${CARGO_TARGET_DIR:-target}/debug/erfaringsplan" "$@"
