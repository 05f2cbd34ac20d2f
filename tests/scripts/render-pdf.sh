#!/usr/bin/env bash
# Renders the hiring plan PDF for a short and a long example plan to PNG pages, to look at:
# tests/artifacts/pdf/{short,long}.pdf and their pages as PNG. Needs poppler-utils (pdftoppm).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=tests/artifacts/pdf
rm -rf "$out" && mkdir -p "$out"
cargo build -q -p erfaringsplan-engine --bin erfaringsplan-cli
cli="${CARGO_TARGET_DIR:-target}/debug/erfaringsplan-cli"
"$cli" example --years 3 >"$out/short.json"
"$cli" example --years 40 >"$out/long.json"
for plan in short long; do
  "$cli" pdf "$out/$plan.json" -o "$out/$plan.pdf" --date 2026-11-24 >/dev/null
  pdftoppm -png -r 70 "$out/$plan.pdf" "$out/$plan"
  echo "$out/$plan.pdf: $(pdfinfo "$out/$plan.pdf" | awk '/^Pages:/ {print $2}') pages, $(stat -c %s "$out/$plan.pdf") bytes"
done
