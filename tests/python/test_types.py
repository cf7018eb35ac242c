"""The type stubs (statement_diff/__init__.pyi, _core.pyi) say what the package does: mypy's
stubtest checks them against the installed module, and mypy reads typical code with them."""

import subprocess
import sys
import textwrap


def mypy(*args, cwd):
    return subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, cwd=cwd)


def test_stubtest_finds_the_stubs_true_to_the_module(tmp_path):
    p = mypy("mypy.stubtest", "statement_diff._core", "--mypy-config-file", str(tmp_path / "none.ini"), cwd=tmp_path)
    assert p.returncode == 0, p.stdout + p.stderr


def test_mypy_types_results_and_rejects_bad_options(tmp_path):
    (tmp_path / "good.py").write_text(
        textwrap.dedent(
            """
            import statement_diff
            r = statement_diff.compare("a", "b", ignore_case=True, timeout_ms=None)
            n: int = r["stats"]["changes"]
            kinds: list[str] = [c["kind"] for c in r["changes"]]
            text: str = r["old"]["segments"][0]["text"]
            q = statement_diff.check_quotes("a", "b", min_words=3)
            verdict: str = q["quotes"][0]["verdict"]
            j: str = statement_diff.compare_json("a", "b")
            w = statement_diff.Widget("a", "b")
            """
        )
    )
    (tmp_path / "bad.py").write_text(
        textwrap.dedent(
            """
            import statement_diff
            statement_diff.compare("a", "b", ignore_case="yes")
            statement_diff.compare("a", "b", True)
            r = statement_diff.compare("a", "b")
            r["stats"]["chanes"]
            """
        )
    )
    good = mypy("mypy", "--strict", "--no-incremental", "good.py", cwd=tmp_path)
    assert good.returncode == 0, good.stdout
    bad = mypy("mypy", "--no-incremental", "bad.py", cwd=tmp_path)
    assert bad.returncode == 1, bad.stdout
    for line in (3, 4, 6):
        assert f"bad.py:{line}:" in bad.stdout, bad.stdout
