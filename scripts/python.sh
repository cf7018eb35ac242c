#!/usr/bin/env bash
# The Python package (issue #15), as a user gets it:
#   scripts/python.sh build   the abi3 wheel (maturin, python/) into target/wheels/
#   scripts/python.sh venv    a fresh virtual environment, target/py-venv/, with the wheel and
#                             the test dependencies installed by pip from setup.sh's wheelhouse
#   scripts/python.sh test    build + venv + pytest tests/python (the Dask cluster test included)
# The wheel carries the notebook front-end (python/statement_diff/static/widget.js, made by
# scripts/notebook-widget.mjs from the built www/), the word lists (www/lexicon/*.lex and their
# licenses, from scripts/gen-lexicon.mjs) and the result schema (schema/).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
CACHE="${STATEMENT_DIFF_CACHE:-$HOME/.cache/statement-diff}"
VENV="$ROOT/target/py-venv"

build() {
  cp schema/comparison.v1.json python/statement_diff/comparison.v1.json
  [ -f python/statement_diff/static/widget.js ] || node scripts/notebook-widget.mjs
  [ -f www/lexicon/en.lex ] || node scripts/gen-lexicon.mjs
  mkdir -p python/statement_diff/lexicon
  cp www/lexicon/en.lex www/lexicon/ru.lex www/lexicon/en.LICENSE.txt www/lexicon/ru.LICENSE.txt python/statement_diff/lexicon/
  rm -f target/wheels/statement_diff-*.whl
  # --profile python: the release build with panics raised as PanicException, not aborting Python.
  "$CACHE/tools/bin/maturin" build --quiet --profile python -m python/Cargo.toml --out target/wheels
  ls target/wheels/statement_diff-*.whl
}

venv() {
  python3 -m venv --clear "$VENV"
  "$VENV/bin/pip" install --quiet --no-index --find-links "$CACHE/wheelhouse" -r python/requirements-test.txt
  # As a user installs it, with the notebook extra; --no-index: from the built wheel only.
  "$VENV/bin/pip" install --quiet --no-index --find-links target/wheels --find-links "$CACHE/wheelhouse" "statement-diff[notebook]"
}

case "${1:-test}" in
  build) build ;;
  venv) venv ;;
  test)
    build
    venv
    # From tests/python, so that `import statement_diff` is the installed wheel, never python/.
    (cd tests/python && "$VENV/bin/python" -m pytest -q -p no:cacheprovider .)
    ;;
  *)
    echo "usage: scripts/python.sh [build|venv|test]" >&2
    exit 2
    ;;
esac
