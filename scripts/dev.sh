#!/usr/bin/env bash
# The dev loop: installs what is missing, then serves a debug build at http://127.0.0.1:8080/
# that rebuilds when a file is saved and reloads the browser (trunk serve). The content pack,
# the first screen and the split wasm are made as in the release build; the service worker is
# a retiring one, so nothing is cached while you work.
# Usage: scripts/dev.sh [PORT]   (default 8080)
#        HER2_LANG=es scripts/dev.sh [PORT]   the Spanish build instead
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/trunk-env.sh
if [ "${HER2_LANG:-}" = es ]; then set -- "${1:-8080}" --features lang-es; fi
exec trunk serve --address 127.0.0.1 --port "${1:-8080}" "${@:2}"
