#!/usr/bin/env bash
# Builds the release app into dist/ (the folder to deploy), English and Spanish. Runs the pack compiler and writes
# the service worker through Trunk's post_build hook.
set -euo pipefail
cd "$(dirname "$0")/.."
# Smaller wasm: rebuild the standard library for wasm32 optimised for size, with panics that
# abort at once (no panic messages, no formatting code behind them). The release profile's
# `panic = "abort"` already printed nothing a reader could see. These are cargo's -Z options, on
# the nightly that rust-toolchain.toml pins (it brings the rust-src they need).
# docs/DESIGN.md: "The release build rebuilds the standard library".
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
export HER2_EXTRA_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none"
source scripts/trunk-env.sh
# One build per language (docs/DESIGN.md: "One build per language"): English at the root of
# dist/, then Spanish in dist/es/ (after, since a build replaces its whole folder).
trunk build --release "$@"
HER2_LANG=es trunk build --release --features lang-es --dist dist/es "$@"
