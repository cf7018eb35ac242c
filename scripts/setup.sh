#!/usr/bin/env bash
# Idempotent toolchain setup for statement-diff on a fresh Debian 12 machine (root, registries only).
# Installs only what is missing; takes about a second when everything is present.
# Routes that work without GitHub downloads are documented in docs/TOOLCHAIN.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WASM_PACK_VERSION=0.15.1
GECKODRIVER_VERSION=0.37.1
# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock, or wasm-pack tries to download one.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' "$ROOT/Cargo.lock")"

export PATH="$HOME/.cargo/bin:$PATH"
T0=$SECONDS
log() { printf '[setup %4ss] %s\n' "$((SECONDS - T0))" "$*"; }
# No pipes: geckodriver panics when its --version output goes to a closed pipe.
has_version() { local v; command -v "$1" >/dev/null 2>&1 && v="$("$1" --version 2>/dev/null)" && [[ "$v" == *"$2"* ]]; }

# --- Debian packages: browsers and their drivers ---------------------------------------------
apt_pkgs=(chromium chromium-driver firefox-esr)
missing=()
for p in "${apt_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # Seen once: dpkg lost its archive links mid-run while upgrading systemd; -f install + retry fixes it.
  if ! apt-get install -y -qq "${missing[@]}" >/dev/null; then
    apt-get -f install -y -qq >/dev/null
    apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

# --- Rust target and cargo-built tools ---------------------------------------------------------
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
if ! rustup component list --installed 2>/dev/null | grep -q '^clippy'; then
  rustup component add clippy rustfmt
fi
if ! has_version wasm-pack "wasm-pack $WASM_PACK_VERSION"; then
  log "cargo install wasm-pack $WASM_PACK_VERSION (~2 min)"
  cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked
fi
if ! has_version wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION" \
   || ! has_version wasm-bindgen-test-runner "$WASM_BINDGEN_VERSION"; then
  log "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (~3.5 min)"
  # Not --locked: its lockfile pins a webpki-roots that this registry does not serve.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi
if ! has_version geckodriver "geckodriver $GECKODRIVER_VERSION"; then
  log "cargo install geckodriver $GECKODRIVER_VERSION (~2.5 min)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
fi

if ! has_version cargo-fuzz "cargo-fuzz 0.13"; then
  log "cargo install cargo-fuzz (~2 min)"
  cargo install cargo-fuzz --version 0.13.2 --locked
fi

# --- npm packages: wasm-opt (binaryen, a wasm build that runs on node), playwright-core ---------
# Debian's binaryen 108 emits a .wasm that fails to load, so wasm-opt comes from npm and
# scripts put node_modules/.bin first on PATH (wasm-pack uses the first wasm-opt on PATH).
stamp="$ROOT/node_modules/.package-lock.json"
if [ ! -f "$stamp" ] || [ "$ROOT/package-lock.json" -nt "$stamp" ] || [ "$ROOT/package.json" -nt "$stamp" ]; then
  log "npm install"
  (cd "$ROOT" && if [ -f package-lock.json ] && [ "${CI:-}" = true ]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi)
  touch "$stamp"
fi

# --- Python: maturin (builds the wheel) in a tools venv, and the test dependencies as wheels -------
# Both from PyPI, kept outside the checkout (like cargo's tools) so that clean clones reuse them;
# scripts/python.sh installs from the wheelhouse into a fresh venv with --no-index.
CACHE="${STATEMENT_DIFF_CACHE:-$HOME/.cache/statement-diff}"
MATURIN_VERSION=1.16.0
if ! has_version "$CACHE/tools/bin/maturin" "maturin $MATURIN_VERSION"; then
  log "python3 -m venv + pip install maturin $MATURIN_VERSION"
  python3 -m venv --clear "$CACHE/tools"
  "$CACHE/tools/bin/pip" install --quiet --disable-pip-version-check "maturin==$MATURIN_VERSION"
fi
req_sum="$(sha256sum "$ROOT/python/requirements-test.txt" | cut -c1-16)"
if [ "$(cat "$CACHE/wheelhouse/.stamp" 2>/dev/null)" != "$req_sum" ]; then
  log "pip download the Python test dependencies (~100 MB) into $CACHE/wheelhouse"
  "$CACHE/tools/bin/pip" download --quiet --disable-pip-version-check -d "$CACHE/wheelhouse" -r "$ROOT/python/requirements-test.txt"
  echo "$req_sum" > "$CACHE/wheelhouse/.stamp"
fi

[ $((SECONDS - T0)) -gt 2 ] && log "done"
exit 0
