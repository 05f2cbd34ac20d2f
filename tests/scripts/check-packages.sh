#!/usr/bin/env bash
# Checks the Linux packages the app build made (`tauri build --bundles deb,rpm`; the suite builds
# them from the debug binary, `npm run release` from the release one):
# - the .deb's control fields and dependencies, each a package Debian/Ubuntu knows;
# - its .desktop file (desktop-file-validate), AppStream metainfo (appstreamcli validate) naming
#   that .desktop file, and the app's own icons;
# - the .rpm's name and requirements;
# - the packaged binary, unpacked from the .deb, starts under Xvfb and shows its first screen;
# - and passes the smoke run the bundle workflow gives every installer on its own system
#   (ERFARINGSPLAN_SMOKE, src-tauri/src/smoke.rs): it saves a plan, exports a PDF and a
#   workbook, and exits 0.
# Usage: bash tests/scripts/check-packages.sh [debug|release]
set -euo pipefail
cd "$(dirname "$0")/../.."
profile=${1:-debug}
bundle="${CARGO_TARGET_DIR:-target}/$profile/bundle"
deb=$(ls "$bundle"/deb/*.deb)
rpm=$(ls "$bundle"/rpm/*.rpm)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check-packages: $*" >&2; exit 1; }

echo "deb: $deb ($(du -h "$deb" | cut -f1))"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = erfaringsplan ] || fail "the .deb's package name is $(field Package)"
[ "$(field Version)" = "$(node -p 'require("./package.json").version')" ] ||
  fail "the .deb's version $(field Version) is not package.json's"
depends=$(field Depends)
for needed in libwebkit2gtk-4.1-0 libgtk-3-0; do
  grep -qw "$needed" <<<"$depends" || fail "the .deb does not depend on $needed: $depends"
done
# Every dependency is a package the system's archive knows.
for dep in $(tr ',' '\n' <<<"$depends" | sed 's/(.*)//; s/|.*//' | xargs); do
  apt-cache show "$dep" >/dev/null 2>&1 || fail "the .deb depends on $dep, which apt does not know"
done

dpkg-deb -x "$deb" "$work/root"
desktop=$(ls "$work"/root/usr/share/applications/*.desktop)
desktop-file-validate "$desktop" || fail "$(basename "$desktop") is not valid"
grep -q '^Comment\[nb\]=' "$desktop" || fail "$(basename "$desktop") has no Norwegian comment"
metainfo="$work/root/usr/share/metainfo/no.erfaringsplan.desktop.metainfo.xml"
[ -f "$metainfo" ] || fail "the .deb has no AppStream metainfo"
appstreamcli validate --no-net "$metainfo" || fail "the metainfo is not valid"
grep -q "<launchable type=\"desktop-id\">$(basename "$desktop")</launchable>" "$metainfo" ||
  fail "the metainfo does not name $(basename "$desktop")"
grep -q '<summary xml:lang="nb">' "$metainfo" || fail "the metainfo has no Norwegian summary"
# The release adds the screenshot's address (tests/scripts/metainfo-screenshot.mjs); with it the
# metainfo is still valid.
cp "$metainfo" "$work/with-screenshot.metainfo.xml"
node tests/scripts/metainfo-screenshot.mjs "$work/with-screenshot.metainfo.xml" \
  "https://github.com/example/erfaringsplan/raw/v0.1.0/src-tauri/packaging/screenshot.png" >/dev/null
appstreamcli validate --no-net "$work/with-screenshot.metainfo.xml" ||
  fail "the metainfo with its screenshot is not valid"
grep -q '<image>https://' "$work/with-screenshot.metainfo.xml" || fail "no screenshot was added"
for size in 32x32 128x128; do
  icon="$work/root/usr/share/icons/hicolor/$size/apps/erfaringsplan.png"
  [ -f "$icon" ] || fail "no $size icon"
  cmp -s "$icon" "src-tauri/icons/$size.png" || fail "the $size icon is not the app's own"
done

# The README's install table names the files as the bundler does, so its commands work as pasted.
version=$(node -p 'require("./package.json").version')
for built in "$deb" "$rpm"; do
  named=$(basename "$built" | sed "s/$version/<versjon>/")
  grep -qF "\`$named\`" README.md || fail "README.md does not name $(basename "$built") as «$named»"
done

echo "rpm: $rpm ($(du -h "$rpm" | cut -f1))"
[ "$(rpm -qp --queryformat '%{NAME}' "$rpm" 2>/dev/null)" = erfaringsplan ] ||
  fail "the .rpm's name is not erfaringsplan"
rpm -qp --requires "$rpm" 2>/dev/null | grep -q "libwebkit2gtk-4.1.so.0" ||
  fail "the .rpm does not require libwebkit2gtk-4.1"
rpm -qpl "$rpm" 2>/dev/null | grep -q /usr/share/metainfo/no.erfaringsplan.desktop.metainfo.xml ||
  fail "the .rpm has no AppStream metainfo"

# The packaged binary starts and reports its first painted screen (ERFARINGSPLAN_STARTUP_PROBE).
binary="$work/root/usr/bin/erfaringsplan"
ldd "$binary" | grep -q "not found" && fail "the packaged binary misses libraries: $(ldd "$binary" | grep 'not found')"
mkdir -p "$work/data" "$work/config"
XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" ERFARINGSPLAN_STARTUP_PROBE=1 \
  xvfb-run -a -s "-screen 0 1280x1024x24 -noreset" "$binary" >"$work/out.txt" 2>"$work/err.txt" &
app=$!
for _ in $(seq 120); do
  grep -q '^erfaringsplan-first-screen-us=' "$work/out.txt" && break
  kill -0 "$app" 2>/dev/null || break
  sleep 0.5
done
shown=$(grep '^erfaringsplan-first-screen-us=' "$work/out.txt" || true)
pkill -P "$app" 2>/dev/null || true
kill "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
[ -n "$shown" ] || fail "the packaged app showed no first screen within 60 s: $(tail -5 "$work/err.txt")"
echo "The packaged app showed its first screen after $((${shown#*=} / 1000)) ms."

# The smoke run, as the bundle workflow starts every installed app.
bash tests/scripts/smoke.sh "$binary"
bash tests/scripts/smoke.sh "$binary" --unsavable
echo "Packages are sound."
