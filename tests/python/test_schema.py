"""One result, three ways in: the Python package, the command line and the wasm build give
byte-identical JSON for the same texts and options, and it validates against the versioned
schema (schema/comparison.v1.json, shipped in the wheel as statement_diff.SCHEMA)."""

import copy
import json

import jsonschema
import pytest

import statement_diff
from conftest import ROOT

# (Python keywords, CLI flags, JavaScript options). No time budget: the same work however fast each runs.
OPTION_SETS = [
    ({"timeout_ms": 0}, ["--timeout-ms", "0"], {"timeoutMs": 0}),
    (
        {"ignore_case": True, "cleanup": False, "timeout_ms": 0},
        ["--ignore-case", "--no-cleanup", "--timeout-ms", "0"],
        {"ignoreCase": True, "cleanup": False, "timeoutMs": 0},
    ),
]

SMALL = [
    ("same", "Same.", "Same."),
    ("empty", "", ""),
    ("typography", "«Да» — сказал", '"Да" - сказал'),
    ("number", "The fee is 5 euros.", "The fee is 7 euros."),
    ("lookalike", "Payment due today.", "P\u0430yment due today."),  # a Cyrillic а
    ("astral", "𝒜 one\n𝒜 two\n", "𝒜 one\n𝒜 too\n"),
]


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(statement_diff.SCHEMA.read_text("utf-8"))
    assert schema == json.loads((ROOT / "schema" / "comparison.v1.json").read_text("utf-8")), "the wheel ships the repo's schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


def _validate(schema, instance, ref=None):
    # A part of the schema: a document with the same $defs (so its "#/$defs/…" refs resolve) and that $ref.
    s = schema if ref is None else {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": ref}
    jsonschema.Draft202012Validator(s, format_checker=jsonschema.FormatChecker()).validate(instance)


def test_python_cli_and_wasm_give_the_same_bytes_and_they_validate(pairs, cli, wasm, validator, tmp_path):
    cases = SMALL + pairs
    jobs, expected = [], []
    for name, old, new in cases:
        a, b = tmp_path / f"{name}.a", tmp_path / f"{name}.b"
        a.write_text(old, "utf-8")
        b.write_text(new, "utf-8")
        for py_kw, flags, js_opts in OPTION_SETS:
            py = statement_diff.compare_json(old, new, **py_kw)
            assert cli(str(a), str(b), *flags) == py + "\n", f"{name} {flags}: the command line's JSON is Python's"
            assert json.loads(py) == statement_diff.compare(old, new, **py_kw), f"{name}: compare() is compare_json() as dicts"
            jobs.append(["compare", old, new, js_opts])
            expected.append((name, flags, py))
    for (name, flags, py), js in zip(expected, wasm(jobs), strict=True):
        assert js == py, f"{name} {flags}: JSON.stringify of the wasm compare() is Python's JSON"
        _validate(validator, json.loads(py))


def test_quote_checks_give_the_same_bytes_and_validate(wasm, validator):
    fixtures = ROOT / "tests" / "fixtures" / "quotes"
    cases = [
        ((fixtures / f"{lang}-statement.txt").read_text("utf-8"), (fixtures / f"{lang}-article.txt").read_text("utf-8"))
        for lang in ("en", "ru")
    ]
    jobs, pys = [], []
    for source, article in cases:
        for kw, js in [({"timeout_ms": 0}, {"timeoutMs": 0}), ({"min_words": 2, "timeout_ms": 0}, {"minWords": 2, "timeoutMs": 0})]:
            py = statement_diff.check_quotes_json(source, article, **kw)
            assert json.loads(py) == statement_diff.check_quotes(source, article, **kw)
            assert json.loads(py)["stats"]["quotes"] > 0
            jobs.append(["checkQuotes", source, article, js])
            pys.append(py)
    for py, js in zip(pys, wasm(jobs), strict=True):
        assert js == py
        _validate(validator, json.loads(py), "#/$defs/quoteCheck")


def test_the_schema_rejects_what_is_not_a_result(validator):
    good = statement_diff.compare("The fee is 5 euros.", "The fee is 7 euros.")
    _validate(validator, good)
    broken = []
    for mutate in (
        lambda r: r.pop("stats"),
        lambda r: r["changes"][0].update(kind="rewording"),
        lambda r: r["old"]["segments"][0].update(op="replace"),
        lambda r: r["stats"].update(similarity=1.5),
        lambda r: r["rows"][0]["old"].update(start=-1),
        lambda r: r.update(extra=True),
        lambda r: r["old"]["segments"].append({"text": "", "op": "equal"}),
        lambda r: r["stats"]["kinds"].update(nonsense=1),
        lambda r: r.update(wordListsNeeded=["fr"]),
    ):
        r = copy.deepcopy(good)
        mutate(r)
        try:
            _validate(validator, r)
        except jsonschema.ValidationError:
            continue
        broken.append(r)
    assert not broken, f"the schema accepted {len(broken)} broken results"


def test_schema_version_is_the_schema_files(validator):
    assert statement_diff.SCHEMA_VERSION == 1
    assert validator["$id"].endswith(":v1")
    assert statement_diff.SCHEMA.name == "comparison.v1.json"
