#!/usr/bin/env bash
# Makes the PDF's two fonts from DejaVu Sans 2.37 (full/, as released) with only the characters
# in unicode-ranges.txt: about 0.2 MB each instead of 0.7, as they are built into the app. Needs
# Python 3; installs fontTools in a throwaway virtual environment. Run it after changing the
# ranges, and commit the fonts it writes; `cargo test -p erfaringsplan-engine` checks them.
set -euo pipefail
cd "$(dirname "$0")"
venv="$(mktemp -d)"
trap 'rm -rf "$venv"' EXIT
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet "fonttools==4.68.0"
ranges="$(grep -v '^#' unicode-ranges.txt | awk 'NF { printf "%sU+%s", sep, $1; sep = "," }')"
for face in DejaVuSans DejaVuSans-Bold; do
  # Every layout feature and the hinting are kept (viewers on Windows use it for small text);
  # FontForge's own timestamp table is dropped.
  "$venv/bin/pyftsubset" "full/$face.ttf" \
    --unicodes="$ranges" \
    --layout-features='*' \
    --drop-tables+=FFTM \
    --output-file="$face.ttf"
  echo "$face.ttf: $(stat -c %s "$face.ttf") bytes (full: $(stat -c %s "full/$face.ttf"))"
done
