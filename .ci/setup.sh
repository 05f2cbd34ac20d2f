#!/usr/bin/env bash
# Installs what Erfaringsplan needs on a Debian/Ubuntu machine, and only what is missing:
# system packages for Tauri/WebKitGTK and the end-to-end tests, the npm packages from the
# committed lock file, and tauri-driver. Safe to run again; a second run takes seconds.
# Needs: Rust (rustup, cargo) and Node.js >= 20.19 with npm.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# 1. Toolchains we cannot install from a package registry.
command -v cargo >/dev/null || { echo "Rust is missing: install it with rustup (https://rustup.rs), then run this again." >&2; exit 1; }
command -v node >/dev/null || { echo "Node.js is missing: install Node.js 20.19 or newer, then run this again." >&2; exit 1; }
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' \
  || { echo "Node.js $(node --version) is too old: Erfaringsplan needs 20.19 or newer." >&2; exit 1; }

# 2. System packages (Tauri on Linux, the e2e display and driver, PDF tools, and LibreOffice
# Calc to recalculate the exported workbooks in the tests, and the tools that check the Linux
# packages).
packages=(
  libwebkit2gtk-4.1-dev build-essential curl wget file libxdo-dev libssl-dev
  libayatana-appindicator3-dev librsvg2-dev
  xvfb xauth webkit2gtk-driver poppler-utils imagemagick
  libreoffice-calc-nogui desktop-file-utils appstream rpm
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  say "installing system packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# 3. npm packages, exactly as locked. (`npm ci` rejects lock files made against a registry
# mirror that lacks other platforms' optional packages; `npm install` honours the lock.)
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm install --no-audit --no-fund --loglevel=error
fi

# 4. tauri-driver (WebDriver bridge for the end-to-end tests), the 2.x line.
if ! command -v tauri-driver >/dev/null && [ ! -x "$HOME/.cargo/bin/tauri-driver" ]; then
  say "installing tauri-driver"
  cargo install tauri-driver --version '^2' --locked
fi
