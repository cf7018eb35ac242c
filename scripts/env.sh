# Sourced by the scripts: tool paths. node_modules/.bin first, so wasm-pack finds npm's wasm-opt
# (binaryen 132) before Debian's broken one; cargo's bin for wasm-pack/wasm-bindgen/geckodriver.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Chromium leaves ~19 MB of scoped dirs per run in the temp dir: keep them inside target/.
export TMPDIR="$ROOT/target/tmp"
mkdir -p "$TMPDIR"
