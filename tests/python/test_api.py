"""statement_diff.compare / check_quotes as a Python user calls them: the result's shape, the
keyword-only options, errors that name the argument, any Unicode text, threads."""

import concurrent.futures
import inspect
import re
import threading
import time
import tomllib

import pytest

import statement_diff
from conftest import ROOT


def joined(side):
    return "".join(s["text"] for s in side["segments"])


def test_a_changed_figure():
    r = statement_diff.compare("The fee is 5 euros.", "The fee is 7 euros.")
    assert list(r) == ["old", "new", "changes", "rows", "stats", "approximate", "wordListsNeeded"]
    assert [c["kind"] for c in r["changes"]] == ["number"]
    assert r["stats"]["changes"] == 1 and r["stats"]["replaced"] == 1
    deleted = [s["text"] for s in r["old"]["segments"] if s["op"] == "delete"]
    inserted = [s["text"] for s in r["new"]["segments"] if s["op"] == "insert"]
    assert (deleted, inserted) == (["5"], ["7"])
    assert statement_diff.marked_text("The fee is 5 euros.", "The fee is 7 euros.") == "The fee is [-5-]{+7+} euros."


def test_no_change_is_reported_only_for_the_same_statement():
    same = statement_diff.compare("Заявление МИД.", "Заявление МИД.")
    assert same["stats"]["changes"] == 0 and same["stats"]["similarity"] == 1
    typographic = statement_diff.compare("«Да» — сказал", '"Да" - сказал')
    assert typographic["stats"]["changes"] == 0 and typographic["stats"]["minorChanges"] > 0
    negation = statement_diff.compare("We will raise taxes.", "We will not raise taxes.")
    assert negation["stats"]["changes"] == 1 and negation["changes"][0]["kind"] == "negation"


@pytest.mark.parametrize(
    "old,new",
    [
        ("", ""),
        ("", "Only new."),
        ("Only old.", ""),
        ("🇺🇦 family: 👨‍👩‍👧 ok", "🇺🇦 family: 👨‍👩‍👦 ok"),
        ("中文的句子没有空格。", "中文的句子有空格。"),
        ("שלום עולם", "שלום לכם"),
        ("a\u00adb\u200bc\u0000d\r\ne", "a b c\u0000d\ne"),
        ("x" * 20000, "x" * 19999 + "y"),
    ],
)
def test_any_unicode_text_is_lossless(old, new):
    r = statement_diff.compare(old, new)
    assert joined(r["old"]) == old and joined(r["new"]) == new


def test_the_corpus_is_lossless_and_deterministic(pairs):
    for name, old, new in pairs[:6]:
        r = statement_diff.compare(old, new, timeout_ms=0)
        assert joined(r["old"]) == old and joined(r["new"]) == new, name
        assert statement_diff.compare_json(old, new, timeout_ms=0) == statement_diff.compare_json(old, new, timeout_ms=0)


def test_options_are_keyword_only_with_the_javascript_defaults():
    sig = inspect.signature(statement_diff.compare)
    assert [p.name for p in sig.parameters.values() if p.kind is p.KEYWORD_ONLY] == ["ignore_case", "cleanup", "timeout_ms", "word_lists"]
    assert {k: p.default for k, p in sig.parameters.items() if p.kind is p.KEYWORD_ONLY} == {
        "ignore_case": False,
        "cleanup": True,
        "timeout_ms": 2000,
        "word_lists": False,
    }
    with pytest.raises(TypeError):
        statement_diff.compare("a", "b", True)
    assert statement_diff.compare("Word", "word", ignore_case=True)["stats"]["changes"] == 0
    assert statement_diff.compare("Word", "word")["stats"]["minorChanges"] == 1
    sig = inspect.signature(statement_diff.check_quotes)
    assert sig.parameters["min_words"].default == 4 and sig.parameters["min_words"].kind is inspect.Parameter.KEYWORD_ONLY


@pytest.mark.parametrize(
    "call,error,message",
    [
        (lambda: statement_diff.compare(1, "x"), TypeError, "old must be str, not int"),
        (lambda: statement_diff.compare("x", b"x"), TypeError, "new must be str, not bytes"),
        (lambda: statement_diff.compare("x", None), TypeError, "new must be str, not NoneType"),
        (lambda: statement_diff.compare("a", "b", ignore_case=1), TypeError, "ignore_case must be True or False, not int"),
        (lambda: statement_diff.compare("a", "b", cleanup="yes"), TypeError, "cleanup must be True or False, not str"),
        (lambda: statement_diff.compare("a", "b", timeout_ms=1.5), TypeError, "timeout_ms must be an int or None, not float"),
        (lambda: statement_diff.compare("a", "b", timeout_ms=True), TypeError, "timeout_ms must be an int or None, not bool"),
        (lambda: statement_diff.compare("a", "b", timeout_ms=-1), ValueError, "timeout_ms must be a whole number of milliseconds from 0"),
        (lambda: statement_diff.compare("a", "b", timeout_ms=2**40), ValueError, "timeout_ms must be a whole number"),
        (lambda: statement_diff.compare("a", "b", timeout_ms=10**30), ValueError, "timeout_ms is out of range, got 1000000000000000000000000000000"),
        (lambda: statement_diff.compare("a\ud800b", "b"), ValueError, "old is not Unicode text: it holds a lone surrogate at index 1"),
        (lambda: statement_diff.compare_json("a", "\udfff"), ValueError, "new is not Unicode text"),
        (lambda: statement_diff.check_quotes(["a"], "b"), TypeError, "source must be str, not list"),
        (lambda: statement_diff.check_quotes("a", 3.0), TypeError, "quoting_text must be str, not float"),
        (lambda: statement_diff.check_quotes("a", "b", min_words=0), ValueError, "min_words must be a whole number from 1 to 1000000, got 0"),
        (lambda: statement_diff.check_quotes("a", "b", min_words="4"), TypeError, "min_words must be an int, not str"),
        (lambda: statement_diff.check_quotes_json("a", "b\ud800"), ValueError, "quoting_text is not Unicode text"),
        (lambda: statement_diff.compare("a", "b", ignorecase=True), TypeError, "unexpected keyword argument 'ignorecase'"),
        (lambda: statement_diff.compare("a", "b", word_lists=1), TypeError, "word_lists must be True or False, not int"),
        (lambda: statement_diff._core.load_word_list("fr", b""), ValueError, 'lang must be "en" or "ru", got "fr"'),
        (lambda: statement_diff._core.load_word_list("en", "text"), TypeError, "data must be bytes, not str"),
        (lambda: statement_diff._core.load_word_list("en", b"not a list"), ValueError, "data is not a statement-diff word list"),
    ],
)
def test_bad_arguments_raise_errors_naming_them(call, error, message):
    with pytest.raises(error, match=re.escape(message)):
        call()


def test_a_budget_that_runs_out_is_said_and_still_lossless():
    words = [f"w{i % 997}x{i % 13}" for i in range(60000)]
    old = " ".join(words)
    new = " ".join(reversed(words))
    r = statement_diff.compare(old, new, timeout_ms=1)
    assert r["approximate"] is True
    assert joined(r["old"]) == old and joined(r["new"]) == new


def test_check_quotes_finds_an_altered_quotation():
    source = "The ministry is satisfied with the talks and states that it will not raise taxes."
    q = statement_diff.check_quotes(source, 'The minister said "it will raise taxes".')
    assert q["stats"]["quotes"] == 1 and q["quotes"][0]["verdict"] == "altered"
    exact = statement_diff.check_quotes(source, 'It "is satisfied with the talks", he said.')
    assert exact["quotes"][0]["verdict"] == "exact"
    assert statement_diff.check_quotes(source, 'It "is satisfied", he said.')["stats"]["quotes"] == 0
    assert statement_diff.check_quotes(source, 'It "is satisfied", he said.', min_words=2)["stats"]["quotes"] == 1


def test_the_version_is_the_crates():
    cargo = tomllib.loads((ROOT / "python" / "Cargo.toml").read_text("utf-8"))
    assert statement_diff.__version__ == cargo["package"]["version"]


def test_threads_give_the_same_results(pairs):
    jobs = [(old, new) for _, old, new in pairs] * 2
    one = [statement_diff.compare_json(o, n, timeout_ms=0) for o, n in jobs]
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        many = list(pool.map(lambda p: statement_diff.compare_json(p[0], p[1], timeout_ms=0), jobs))
    assert many == one


def test_the_gil_is_released_while_comparing(pairs):
    # A long comparison on a thread; the main thread keeps ticking. Were the GIL held by the
    # comparison, the main thread would stop for all of it: its longest pause would be about
    # as long as the comparison itself.
    name, a, b = max(pairs, key=lambda p: len(p[1]))
    for times in (2, 4, 8, 16, 32):  # long enough to tell, on a fast machine too
        old, new = a * times, b * times
        t0 = time.perf_counter()
        statement_diff.compare_json(old, new, timeout_ms=0)
        alone = time.perf_counter() - t0
        if alone > 0.3:
            break
    assert alone > 0.1, f"{name} ×{times}: {alone:.3f} s is too short to tell"
    done = threading.Event()
    worker = threading.Thread(target=lambda: (statement_diff.compare_json(old, new, timeout_ms=0), done.set()))
    ticks = [time.perf_counter()]  # before start(): a thread holding the GIL blocks start() itself
    worker.start()
    while not done.is_set():
        ticks.append(time.perf_counter())
    ticks.append(time.perf_counter())
    worker.join()
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    assert max(gaps) < alone / 3, f"the main thread stopped for {max(gaps):.3f} s of a {alone:.3f} s comparison"


def test_word_lists_read_split_words_as_the_widget_does():
    for old, new, lang in [("The th at rule.", "The that rule.", "en"), ("Сог ласно закону.", "Согласно закону.", "ru")]:
        bare = statement_diff.compare(old, new)
        assert [c["kind"] for c in bare["changes"]] == ["wording"] and bare["wordListsNeeded"] == [lang], "unsure: shown"
        read = statement_diff.compare(old, new, word_lists=True)
        assert [c["kind"] for c in read["changes"]] == ["split"] and read["stats"]["changes"] == 0, old
        assert read["wordListsNeeded"] == []
        assert statement_diff.marked_text(old, new, word_lists=True) == new
        assert statement_diff.compare_json(old, new, word_lists=True) == statement_diff.compare_json(old, new, word_lists=True)
    # Both readings are words ("to the building sites" / "Settings"): a change, lists or not.
    both = statement_diff.compare("Настройки сайта.", "На стройки сайта.", word_lists=True)
    assert [c["kind"] for c in both["changes"]] == ["wording"]
    # A bad list leaves the loaded one in place.
    with pytest.raises(ValueError):
        statement_diff._core.load_word_list("en", b"garbage")
    assert statement_diff.compare("The th at rule.", "The that rule.", word_lists=True)["stats"]["changes"] == 0
    q = statement_diff.check_quotes("Our share of the fund grew this year.", 'They said "our shar e of the fund grew".', word_lists=True)
    assert q["quotes"][0]["verdict"] in ("exact", "minor"), q["quotes"][0]
