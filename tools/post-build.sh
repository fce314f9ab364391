#!/usr/bin/env bash
# Trunk post_build hook: writes her2.json, the pre-painted first screen, the CSP hashes and sw.js
# into $TRUNK_STAGING_DIR, in the build's language.
set -euo pipefail
: "${TRUNK_STAGING_DIR:?run by trunk}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
# HER2_LANG (set by scripts/build.sh for the Spanish build): the pack in that language.
lang=()
if [ -n "${HER2_LANG:-}" ]; then lang=(--lang "$HER2_LANG"); fi
cargo run --quiet --release -p her2-pack -- build content "$TRUNK_STAGING_DIR/her2.json" "${lang[@]}"
cargo run --quiet --release -p her2-pack -- first-screen "$TRUNK_STAGING_DIR/her2.json" "$TRUNK_STAGING_DIR/index.html"
node tools/finish-dist.mjs "$TRUNK_STAGING_DIR"
