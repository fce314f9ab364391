#!/usr/bin/env bash
# The HER2 Guide benchmark, one command: installs what is missing (incl. Chromium), builds the
# release app, then measures it against a script-free baseline page of the same content pack.
# Usage: bash bench/run.sh [--runs N] [--scales 1,10,100] [--no-lighthouse]
# Prints one table; writes bench/results/<date>.json and bench/results/latest.json.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
bash scripts/build.sh
exec node bench/bench.mjs "$@"
