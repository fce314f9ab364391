#!/usr/bin/env bash
# Installs what building and testing HER2 Guide needs, skipping whatever is already there.
# Everything comes from the package registries (rustup, crates.io, npm, Debian): no tool or
# browser binary is downloaded from anywhere else.
# Usage: scripts/setup.sh [--browser]   (--browser also installs Chromium for the tests)
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
need_browser=false
[ "${1:-}" = "--browser" ] && need_browser=true

command -v cargo >/dev/null || { echo "cargo is missing: install Rust with rustup first" >&2; exit 1; }
command -v node >/dev/null || { echo "node is missing: install Node.js 20 or later first" >&2; exit 1; }

# The compiler, its components and the wasm target: rust-toolchain.toml names them all.
if ! rustup toolchain install 2>/dev/null; then
  rustup show active-toolchain >/dev/null # older rustup: installs the pinned toolchain on use
fi

# Tool versions, all here: Trunk and wasm-split-cli below, wasm-bindgen-cli from Cargo.lock,
# the npm tools (binaryen's wasm-opt, terser, playwright-core, axe) in package-lock.json, and
# the compiler in rust-toolchain.toml.
TRUNK_VERSION=0.21.14
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  say "Installing Trunk $TRUNK_VERSION (builds from source, about 15 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly, or Trunk tries to download.
WBG_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
[ -n "$WBG_VERSION" ] || { echo "cannot read the wasm-bindgen version from Cargo.lock" >&2; exit 1; }
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WBG_VERSION\$"; then
  say "Installing wasm-bindgen-cli $WBG_VERSION (about 5 minutes, once)"
  # Not --locked: its lock file names a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION"
fi

# wasm-split-cli splits the wasm so that the pages other than the home page load on demand
# (tools/split/wasm-bindgen runs it between cargo and wasm-bindgen; docs/DESIGN.md "Why the wasm is split").
SPLIT_VERSION=0.2.4
if ! command -v wasm-split-cli >/dev/null ||
  ! cargo install --list | grep -q "^wasm_split_cli_support v$SPLIT_VERSION:"; then
  say "Installing wasm-split-cli $SPLIT_VERSION (about 1 minute, once)"
  cargo install wasm_split_cli_support --version "$SPLIT_VERSION" --locked --features build-binary
fi

# npm packages: binaryen (a current wasm-opt), terser (minifies the JS glue), playwright-core and
# axe for the browser tests.
stamp=node_modules/.her2-lock-stamp
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  say "Installing npm packages"
  npm ci --no-audit --no-fund
  cp package-lock.json "$stamp"
fi

say "Fetching Rust crates"
cargo fetch --locked
# The standard library's own dependencies, for the build that rebuilds it (scripts/build.sh).
cargo fetch --locked --target wasm32-unknown-unknown -Zbuild-std=std,panic_abort

if $need_browser && ! [ -x /usr/bin/chromium ]; then
  say "Installing Chromium from Debian (for the browser tests)"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium
fi
say "Setup complete"
