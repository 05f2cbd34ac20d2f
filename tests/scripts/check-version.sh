#!/usr/bin/env bash
# The version is said once (package.json) and a release tag must be "v" + it: version.mjs checks
# both. Here it is run as the release runs it, on the right tag and on a wrong one (which must
# fail), and --set is tried on a copy of the files it writes.
set -euo pipefail
cd "$(dirname "$0")/../.."
node tests/scripts/version.mjs
version=$(node -p 'require("./package.json").version')
node tests/scripts/version.mjs --tag "v$version"
if node tests/scripts/version.mjs --tag "v$version.1" 2>/dev/null; then
  echo "check-version: the tag v$version.1 was taken for version $version" >&2
  exit 1
fi
echo "A wrong tag (v$version.1) is refused."
copy=$(mktemp -d)
trap 'rm -rf "$copy"' EXIT
mkdir -p "$copy/tests/scripts" "$copy/src-tauri"
cp package.json package-lock.json Cargo.toml Cargo.lock "$copy/"
cp src-tauri/tauri.conf.json "$copy/src-tauri/"
cp tests/scripts/version.mjs "$copy/tests/scripts/"
node "$copy/tests/scripts/version.mjs" --set 7.8.9 >/dev/null
node "$copy/tests/scripts/version.mjs" --tag v7.8.9
grep -q '^version = "7.8.9"' "$copy/Cargo.toml"
if node "$copy/tests/scripts/version.mjs" --set 1.2.3-beta 2>/dev/null; then
  echo "check-version: --set took 1.2.3-beta, which an MSI cannot hold" >&2
  exit 1
fi
echo "--set writes every place; a version an installer cannot hold is refused."
