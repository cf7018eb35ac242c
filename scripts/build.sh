#!/usr/bin/env bash
# Release build of the wasm package into www/pkg/, the demo's examples into www/examples/,
# and a size report (raw and gzip -9 of the shipped .wasm + JS) into www/pkg/size.json.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"

# The core (compare, setWordLookup) without the quote check, and the build with it that pages
# checking quotations load instead (www/quotes/pkg/, the same API plus checkQuotes).
wasm-pack --quiet build --target web --release --out-dir www/pkg --out-name statement_diff -- --no-default-features
wasm-pack --quiet build --target web --release --out-dir www/quotes/pkg --out-name statement_diff
rm -f www/quotes/pkg/.gitignore www/quotes/pkg/package.json www/quotes/pkg/README.md
# The word lists (loaded by the widget only when a comparison holds split or joined words): the
# data from the dictionary-en / dictionary-ru packages, and the small module that reads it.
node scripts/gen-lexicon.mjs
wasm-pack --quiet build lexicon --target web --release --out-dir ../www/lexicon/pkg --out-name lexicon
# wasm-pack's "*" .gitignore there would keep the module out of `npm pack` (www/ is the package).
rm -f www/lexicon/pkg/.gitignore www/lexicon/pkg/package.json
# Vendored ES modules the widget imports (static files, no bundler needed for the page): the four
# fflate functions share links use, tree-shaken and minified by rolldown (vite's bundler, already a
# dev dependency): 9 KB instead of fflate's whole 89 KB browser build.
mkdir -p www/vendor
{
  echo "/*! fflate $(node -p 'require("./node_modules/fflate/package.json").version') (deflateSync, inflateSync, strToU8, strFromU8), MIT License, Copyright (c) 2023 Arjun Barrett, https://github.com/101arrowz/fflate */"
  npx --no-install rolldown scripts/fflate-entry.mjs --format esm --minify --file target/fflate.js > /dev/null && cat target/fflate.js
} > www/vendor/fflate.js
# SHA-256 for the exports' header where crypto.subtle is missing (pages on plain http): @noble/hashes'
# sha256 alone, loaded by export.js with import() only then.
{
  echo "/*! @noble/hashes $(node -p 'require("./node_modules/@noble/hashes/package.json").version') (sha256), MIT License, Copyright (c) 2022 Paul Miller (https://paulmillr.com), https://github.com/paulmillr/noble-hashes */"
  npx --no-install rolldown scripts/sha256-entry.mjs --format esm --minify --file target/sha256.js > /dev/null && cat target/sha256.js
} > www/vendor/sha256.js
node scripts/examples.mjs
node scripts/package.mjs
node scripts/notebook-widget.mjs # the notebook widget's front end, one module: python/statement_diff/static/widget.js
node scripts/size.mjs
