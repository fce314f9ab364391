#!/usr/bin/env bash
# Trunk post_build hook: writes her2.json, the pre-painted first screen, the CSP hashes and sw.js
# into $TRUNK_STAGING_DIR.
set -euo pipefail
: "${TRUNK_STAGING_DIR:?run by trunk}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
cargo run --quiet --release -p her2-pack -- build content "$TRUNK_STAGING_DIR/her2.json"
cargo run --quiet --release -p her2-pack -- first-screen "$TRUNK_STAGING_DIR/her2.json" "$TRUNK_STAGING_DIR/index.html"
node tools/finish-dist.mjs "$TRUNK_STAGING_DIR"
