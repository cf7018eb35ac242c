# The extension module (python/src/lib.rs): positional arguments, checked there;
# statement_diff (__init__.py) gives them their keywords and defaults.
from typing import Any

__all__ = [
    "SCHEMA_VERSION",
    "__version__",
    "check_quotes",
    "check_quotes_json",
    "compare",
    "compare_json",
    "load_word_list",
    "marked_text",
]

__version__: str
SCHEMA_VERSION: int

def compare(old: Any, new: Any, ignore_case: Any, cleanup: Any, timeout_ms: Any, word_lists: Any) -> Any: ...
def compare_json(old: Any, new: Any, ignore_case: Any, cleanup: Any, timeout_ms: Any, word_lists: Any) -> str: ...
def marked_text(old: Any, new: Any, ignore_case: Any, cleanup: Any, timeout_ms: Any, word_lists: Any) -> str: ...
def check_quotes(
    source: Any, quoting_text: Any, min_words: Any, ignore_case: Any, cleanup: Any, timeout_ms: Any, word_lists: Any
) -> Any: ...
def check_quotes_json(
    source: Any, quoting_text: Any, min_words: Any, ignore_case: Any, cleanup: Any, timeout_ms: Any, word_lists: Any
) -> str: ...
def load_word_list(lang: Any, data: Any) -> None: ...
