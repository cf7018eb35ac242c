"""The README's Python snippets ("Batch and notebooks") run as they are written: the API one
with its asserts, the Dask one as a script (its LocalCluster included), the notebook one after
the API one. Snippets that say "Not run by the tests" need a Kubernetes or Spark cluster."""

import re
import subprocess
import sys

import statement_diff
from conftest import ROOT


def snippets():
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme[readme.index("## Batch and notebooks") :]
    section = section[: section.index("\n## ", 1)]
    return re.findall(r"^```python\n(.*?)^```", section, flags=re.S | re.M)


def test_the_readme_python_snippets_run():
    blocks = snippets()
    assert len(blocks) == 5, len(blocks)
    api, dask, kubernetes, spark, notebook = blocks
    assert kubernetes.startswith("# Not run by the tests") and spark.startswith("# Not run by the tests")
    ns: dict = {}
    exec(compile(api, "README.md (Python)", "exec"), ns)
    assert ns["r"]["stats"]["changes"] == 1
    exec(compile(notebook, "README.md (notebooks)", "exec"), ns)
    assert isinstance(ns["w"], statement_diff.Widget) and ns["w"].new == ns["new"]


def test_the_readme_dask_snippet_runs_on_a_local_cluster(tmp_path):
    script = tmp_path / "readme_dask.py"
    script.write_text(snippets()[1], "utf-8")
    p = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert p.returncode == 0, p.stderr[-3000:]
    assert [line.split() for line in p.stdout.strip().splitlines()] == [["id", "changes"], ["a", "1"], ["b", "0"]], p.stdout
