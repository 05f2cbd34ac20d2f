#!/usr/bin/env bash
# Makes the app's Inter (Inter-latin-400-600.woff2, used by ../fonts.css) from
# @fontsource-variable/inter's Latin file (a devDependency, pinned): the weight axis cut to
# 400–600, the weights the app draws, and the characters of the unicode-range in fonts.css, with
# every layout feature kept (tabular figures among them): 30 kB instead of 48. Needs Python 3;
# installs fontTools in a throwaway virtual environment. Run it after changing the range or the
# package's version, and commit the font it writes.
set -euo pipefail
cd "$(dirname "$0")"
source_font="../../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2"
venv="$(mktemp -d)"
trap 'rm -rf "$venv"' EXIT
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet "fonttools==4.68.0" "brotli==1.2.0"
# The unicode-range of the @font-face in ../fonts.css.
ranges="$(sed -n '/unicode-range:/,/;/p' ../fonts.css | tr -d ' \n' | sed 's/unicode-range://; s/;.*//')"
"$venv/bin/fonttools" varLib.instancer "$source_font" wght=400:600 --quiet -o "$venv/limited.woff2"
"$venv/bin/pyftsubset" "$venv/limited.woff2" \
  --unicodes="$ranges" \
  --layout-features='*' \
  --flavor=woff2 \
  --output-file=Inter-latin-400-600.woff2
echo "Inter-latin-400-600.woff2: $(stat -c %s Inter-latin-400-600.woff2) bytes (source: $(stat -c %s "$source_font"))"
