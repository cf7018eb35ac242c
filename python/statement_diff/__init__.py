"""statement-diff: read how two versions of a statement differ.

The statement-diff core (Rust) for Python: the same word-level ``compare()`` and
``check_quotes()`` as the ``<statement-diff>`` browser widget, with the same results.

>>> import statement_diff
>>> r = statement_diff.compare("The fee is 5 euros.", "The fee is 7 euros.")
>>> r["stats"]["changes"], r["changes"][0]["kind"]
(1, 'number')
>>> statement_diff.marked_text("The fee is 5 euros.", "The fee is 7 euros.")
'The fee is [-5-]{+7+} euros.'

``compare_json()`` / ``check_quotes_json()`` give the result as JSON text, byte for byte what
the command line (``statement-diff OLD NEW``) and the wasm build give; ``SCHEMA`` is the path
of its JSON Schema. ``Widget(old, new)`` shows the comparison in a notebook (needs the
``notebook`` extra: ``pip install "statement-diff[notebook]"``).
"""

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import _core
from ._core import SCHEMA_VERSION, __version__
from .types import Change, Comparison, QuoteCheck, Stats

if TYPE_CHECKING:
    from .widget import Widget

#: The JSON Schema of the results (a comparison; ``$defs/quoteCheck`` for a quote check).
SCHEMA = Path(__file__).parent / "comparison.v1.json"

# The word lists the wheel carries (English and Russian, from the dictionary-en and dictionary-ru
# hunspell dictionaries; licenses beside them), loaded on the first call with word_lists=True.
_LEXICON = Path(__file__).parent / "lexicon"
_loading = threading.Lock()
_loaded: set[str] = set()


def _word_lists(yes: object) -> object:
    """Loads the word lists once, if asked for (``yes is True``); returns ``yes`` for the core to check."""
    if yes is True and len(_loaded) < 2:
        with _loading:
            for lang in ("en", "ru"):
                if lang not in _loaded:
                    _core.load_word_list(lang, (_LEXICON / f"{lang}.lex").read_bytes())
                    _loaded.add(lang)
    return yes

__all__ = [
    "SCHEMA",
    "Change",
    "Comparison",
    "QuoteCheck",
    "Stats",
    "SCHEMA_VERSION",
    "Widget",
    "__version__",
    "check_quotes",
    "check_quotes_json",
    "compare",
    "compare_json",
    "marked_text",
]


def compare(old: str, new: str, *, ignore_case: bool = False, cleanup: bool = True, timeout_ms: int | None = 2000, word_lists: bool = False) -> Comparison:
    """Compares two versions of a statement word by word; a dict with the JavaScript result's fields.

    ``timeout_ms``: the word alignment's time budget (0 or None: none); when it runs out the
    result is coarser and ``approximate`` is true. ``word_lists``: read a split or joined word
    ("th at" / "that", "Сог ласно" / "Согласно") with the English and Russian word lists, as
    the widget does (minor when one reading is not a word); without them (the default, as the
    JavaScript core's ``compare`` without ``setWordLookup``) such splits are shown as changes and
    ``wordListsNeeded`` names the lists that would decide. The GIL is released while comparing.
    Raises TypeError (an argument of the wrong type) or ValueError (a bad value: a negative
    timeout, a string with a lone surrogate), naming the argument.
    """
    result: Comparison = _core.compare(old, new, ignore_case, cleanup, timeout_ms, _word_lists(word_lists))
    return result


def compare_json(old: str, new: str, *, ignore_case: bool = False, cleanup: bool = True, timeout_ms: int | None = 2000, word_lists: bool = False) -> str:
    """``compare()`` as JSON text: the bytes the command line and the wasm build give."""
    return _core.compare_json(old, new, ignore_case, cleanup, timeout_ms, _word_lists(word_lists))


def marked_text(old: str, new: str, *, ignore_case: bool = False, cleanup: bool = True, timeout_ms: int | None = 2000, word_lists: bool = False) -> str:
    """The new text with ``[-deleted-]{+inserted+}`` markers; minor changes read as the new text."""
    return _core.marked_text(old, new, ignore_case, cleanup, timeout_ms, _word_lists(word_lists))


def check_quotes(
    source: str, quoting_text: str, *, min_words: int = 4, ignore_case: bool = False, cleanup: bool = True, timeout_ms: int | None = 2000, word_lists: bool = False
) -> QuoteCheck:
    """Checks each quotation of ``quoting_text`` against ``source``: its verdict (exact, minor,
    altered, notFound), where it stands in the source, its changes and what its cuts leave out.
    Quotations of fewer than ``min_words`` words are left out."""
    result: QuoteCheck = _core.check_quotes(source, quoting_text, min_words, ignore_case, cleanup, timeout_ms, _word_lists(word_lists))
    return result


def check_quotes_json(
    source: str, quoting_text: str, *, min_words: int = 4, ignore_case: bool = False, cleanup: bool = True, timeout_ms: int | None = 2000, word_lists: bool = False
) -> str:
    """``check_quotes()`` as JSON text, as the wasm build's ``checkQuotes`` gives it."""
    return _core.check_quotes_json(source, quoting_text, min_words, ignore_case, cleanup, timeout_ms, _word_lists(word_lists))


def __getattr__(name: str) -> Any:
    # The notebook widget needs anywidget, which comparing does not: imported on first use.
    if name == "Widget":
        from .widget import Widget

        return Widget
    raise AttributeError(f"module 'statement_diff' has no attribute {name!r}")
