#!/usr/bin/env bash
# Builds the release app into dist/ (the folder to deploy). Runs the pack compiler and writes
# the service worker through Trunk's post_build hook.
set -euo pipefail
cd "$(dirname "$0")/.."
# The npm binaryen's wasm-opt comes first; Trunk.toml pins its version so a stray Debian
# binaryen 108 (which silently breaks the wasm) fails the build instead.
export PATH="$PWD/node_modules/.bin:$PATH"
export TRUNK_OFFLINE=true
# Smaller wasm: rebuild the standard library for wasm32 optimised for size, with panics that
# abort at once (no panic messages, no formatting code behind them). The release profile's
# `panic = "abort"` already printed nothing a reader could see. These are cargo's -Z options, on
# the nightly that rust-toolchain.toml pins (it brings the rust-src they need).
# docs/DESIGN.md: "Why the build rebuilds std".
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
# --emit-relocs: wasm-split-cli needs the linker's relocations to split the wasm (below).
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Clink-arg=--emit-relocs"
# The pages other than the home page go into a wasm module of their own, fetched when first
# opened: tools/split/wasm-bindgen splits the wasm before the real wasm-bindgen runs, and
# tools/finish-dist.mjs places the parts. docs/DESIGN.md: "Why the wasm is split".
export PATH="$PWD/tools/split:$PATH"
# Tells tools/finish-dist.mjs that this build went through the shim (a plain `trunk build`
# would leave an older build's split parts in target/wasm-split/).
export HER2_SPLIT_SHIM="$PWD/tools/split"
trunk build --release "$@"
