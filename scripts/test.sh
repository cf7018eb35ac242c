#!/usr/bin/env bash
# Sets up the toolchain (idempotent) and runs every test:
#   JavaScript format and lint (prettier, eslint) → lint (rustfmt, clippy native + wasm32) →
#   Rust unit, snapshot and property tests →
#   the wasm boundary in headless Chromium and Firefox (wasm-pack test) →
#   release build + size budget → the Python package (wheel, fresh venv, pytest with Dask) →
#   JavaScript unit tests → end-to-end tests of the demo in headless Chromium.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
T0=$SECONDS
step() { printf '\n=== [%4ss] %s\n' "$((SECONDS - T0))" "$*"; }

step "setup"
bash scripts/setup.sh

step "prettier + eslint (the JavaScript: www/*.js, scripts, benches, tests; see .prettierignore, eslint.config.js)"
npx --no-install prettier --check .
npx --no-install eslint .

step "word lists (www/lexicon/, read by the Rust tests)"
node scripts/gen-lexicon.mjs

step "rustfmt + clippy"
cargo fmt --all -- --check
cargo clippy --quiet --all-targets --features cli -- -D warnings
cargo clippy --quiet --target wasm32-unknown-unknown --all-targets -- -D warnings
cargo clippy --quiet --target wasm32-unknown-unknown --no-default-features --lib -- -D warnings
cargo clippy --quiet --target wasm32-unknown-unknown --features test-hooks --lib -- -D warnings
cargo clippy --quiet --target wasm32-unknown-unknown -p statement-diff-lexicon -- -D warnings
cargo clippy --quiet -p statement-diff-python -- -D warnings

step "cargo test (unit, snapshot, property, doc tests; the command line)"
INSTA_UPDATE=no cargo test --quiet --features cli

step "fuzz compare() for ${FUZZ_SECONDS:=30} s (cargo fuzz; libFuzzer + AddressSanitizer)"
# cargo fuzz needs -Z flags; RUSTC_BOOTSTRAP lets the stable toolchain accept them (no nightly here).
if ! RUSTC_BOOTSTRAP=1 cargo fuzz run compare fuzz/corpus/compare -- \
  -max_total_time="$FUZZ_SECONDS" -max_len=4096 > target/fuzz.log 2>&1; then
  tail -60 target/fuzz.log
  echo "fuzzing found a failure: the crashing input is in fuzz/artifacts/compare/"
  exit 1
fi
grep -E "^Done [0-9]+ runs" target/fuzz.log

step "wasm-bindgen-test in headless Chromium"
wasm-pack test --headless --chrome -- --test web
step "wasm-bindgen-test in headless Firefox"
wasm-pack test --headless --firefox -- --test web

step "release build + size budget"
bash scripts/build.sh
node scripts/size.mjs --check

step "test-hooks build (a deliberate panic, for the crash-recovery e2e test)"
wasm-pack --quiet build --target web --dev --out-dir target/pkg-test-hooks --out-name statement_diff -- --features test-hooks

step "Python package: the abi3 wheel (maturin), a fresh venv, pytest (API, one schema for wasm/CLI/Python, Dask cluster, stubs, notebook widget)"
bash scripts/python.sh test

step "JavaScript unit tests (node:test; pure functions of www/, no wasm build needed)"
node --test tests/js/

step "end-to-end tests (playwright-core + Chromium)"
node --test --test-concurrency=1 --test-timeout=180000 tests/e2e/

step "all tests passed"
