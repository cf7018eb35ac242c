"""statement_diff.Widget: an anywidget whose front end is the browser widget itself (the
front-end module is tested in headless Chromium: tests/e2e/notebook.test.mjs)."""

import importlib
import sys

import pytest

import statement_diff


def test_the_widget_carries_the_front_end_module():
    w = statement_diff.Widget("The fee is 5 euros.", "The fee is 7 euros.")
    esm = statement_diff.widget._STATIC / "widget.js"
    assert esm.exists() and esm.stat().st_size > 100_000, "the element, its JavaScript and the core's wasm in one module"
    text = esm.read_text("utf-8")
    assert "statement-diff" in text and "render" in text
    assert (w.old, w.new, w.ignore_case, w.cleanup, w.lang) == ("The fee is 5 euros.", "The fee is 7 euros.", False, True, "")
    state = w.get_state()
    assert state["old"] == "The fee is 5 euros." and state["new"] == "The fee is 7 euros."
    assert "_esm" in state


def test_traits_change_and_sync():
    w = statement_diff.Widget("a", "b", ignore_case=True, lang="ru", height="40rem")
    seen = []
    w.observe(lambda change: seen.append(change["name"]), names=["new", "cleanup"])
    w.new = "c"
    w.cleanup = False
    assert seen == ["new", "cleanup"]
    assert w.get_state()["lang"] == "ru" and w.get_state()["height"] == "40rem"


def test_texts_must_be_strings():
    with pytest.raises(TypeError, match="old must be str, not int"):
        statement_diff.Widget(1, "b")
    with pytest.raises(TypeError, match="new must be str, not bytes"):
        statement_diff.Widget("a", b"b")


def test_comparing_does_not_import_anywidget():
    for name in [m for m in sys.modules if m == "anywidget" or m.startswith(("anywidget.", "statement_diff"))]:
        del sys.modules[name]
    importlib.import_module("statement_diff").compare("a", "b")
    assert "anywidget" not in sys.modules
    importlib.import_module("statement_diff").Widget
    assert "anywidget" in sys.modules
