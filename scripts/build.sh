#!/usr/bin/env bash
# Release build of the wasm package into www/pkg/, the demo's examples into www/examples/,
# and a size report (raw and gzip -9 of the shipped .wasm + JS) into www/pkg/size.json.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

wasm-pack --quiet build --target web --release --out-dir www/pkg --out-name statement_diff
# Vendored ES modules the widget imports (static files, no bundler needed).
mkdir -p www/vendor
cp node_modules/fflate/esm/browser.js www/vendor/fflate.js
node scripts/examples.mjs
node scripts/size.mjs
