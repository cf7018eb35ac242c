#!/usr/bin/env bash
# Sets up the toolchain (idempotent) and runs every test:
#   lint (rustfmt, clippy native + wasm32) → Rust unit, snapshot and property tests →
#   the wasm boundary in headless Chromium and Firefox (wasm-pack test) →
#   release build + size budget → end-to-end tests of the demo in headless Chromium.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
T0=$SECONDS
step() { printf '\n=== [%4ss] %s\n' "$((SECONDS - T0))" "$*"; }

step "setup"
bash scripts/setup.sh

step "rustfmt + clippy"
cargo fmt --all -- --check
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --target wasm32-unknown-unknown --all-targets -- -D warnings

step "cargo test (unit, snapshot, property, doc tests)"
INSTA_UPDATE=no cargo test --quiet

step "wasm-bindgen-test in headless Chromium"
wasm-pack test --headless --chrome -- --test web
step "wasm-bindgen-test in headless Firefox"
wasm-pack test --headless --firefox -- --test web

step "release build + size budget"
bash scripts/build.sh
node scripts/size.mjs --check

step "end-to-end tests (playwright-core + Chromium)"
node --test --test-concurrency=1 --test-timeout=180000 tests/e2e/

step "all tests passed"
