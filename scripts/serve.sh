#!/usr/bin/env bash
# One command to try HER2 Guide: installs what is missing, builds, and serves on 127.0.0.1.
# Usage: scripts/serve.sh [PORT]   (default 8080)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec node tests/e2e/server.mjs dist "${1:-8080}"
