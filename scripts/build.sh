#!/usr/bin/env bash
# Builds the release app into dist/ (the folder to deploy). Runs the pack compiler and writes
# the service worker through Trunk's post_build hook.
set -euo pipefail
cd "$(dirname "$0")/.."
# The npm binaryen's wasm-opt comes first; Trunk.toml pins its version so a stray Debian
# binaryen 108 (which silently breaks the wasm) fails the build instead.
export PATH="$PWD/node_modules/.bin:$PATH"
export TRUNK_OFFLINE=true
trunk build --release "$@"
