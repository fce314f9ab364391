#!/usr/bin/env bash
# One command to test HER2 Guide: installs what is missing, then runs every check — format,
# lints (native and wasm32), native tests, the release build, the size budget, and the browser
# tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
step "cargo fmt --check"
cargo fmt --all -- --check
step "clippy (native)"
cargo clippy --workspace --all-targets --locked -- -D warnings
step "clippy (wasm32, English and Spanish builds)"
cargo clippy -p her2-guide --target wasm32-unknown-unknown --locked -- -D warnings
cargo clippy -p her2-guide --target wasm32-unknown-unknown --features lang-es --locked -- -D warnings
step "native tests"
cargo test --workspace --locked
step "release build"
bash scripts/build.sh
step "size budget"
node tests/budget.mjs dist
step "browser tests (headless Chromium)"
node --test --test-concurrency=1 tests/e2e/
