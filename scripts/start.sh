#!/usr/bin/env bash
# Sets up the toolchain (idempotent), builds the release wasm package and serves the demo.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
bash "$ROOT/scripts/setup.sh"
bash "$ROOT/scripts/build.sh"
exec node "$ROOT/scripts/serve.mjs" "$@"
