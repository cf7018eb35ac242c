"""Shared by the Python tests: the project's paths, the corpus pairs, the other two ways in
(the command line and the wasm build, through node) for byte-for-byte comparisons."""

import json
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"


def corpus_pairs():
    """[(name, old, new)] of every corpus pair (tests/corpus/*/a.txt, b.txt; sources in meta.json)."""
    out = []
    for d in sorted(CORPUS.iterdir()):
        if (d / "a.txt").exists():
            out.append((d.name, (d / "a.txt").read_text("utf-8"), (d / "b.txt").read_text("utf-8")))
    assert len(out) >= 10, out
    return out


@pytest.fixture(scope="session")
def pairs():
    return corpus_pairs()


def _built(path):
    if not path.exists():
        pytest.fail(f"not built: {path} (scripts/test.sh builds it before these tests)")
    return path


@pytest.fixture(scope="session")
def cli():
    """Runs target/debug/statement-diff (cargo test --features cli builds it); its stdout."""
    binary = _built(ROOT / "target" / "debug" / "statement-diff")

    def run(*args):
        p = subprocess.run([binary, *args], capture_output=True, text=True, encoding="utf-8")
        assert p.returncode in (0, 1), p.stderr
        return p.stdout

    return run


@pytest.fixture(scope="session")
def wasm():
    """Runs jobs through the wasm builds in node: [(fn, a, b, options)] → [JSON.stringify(result)]."""
    for p in ("www/pkg/statement_diff_bg.wasm", "www/quotes/pkg/statement_diff_bg.wasm"):
        _built(ROOT / p)

    def run(jobs):
        p = subprocess.run(
            ["node", str(Path(__file__).parent / "wasm_json.mjs")],
            input=json.dumps(jobs),
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
        )
        return json.loads(p.stdout)

    return run
