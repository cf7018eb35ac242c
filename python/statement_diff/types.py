"""The result types, as TypedDicts: the fields of the JavaScript result (camelCase), as
schema/comparison.v1.json describes them and the wasm build's TypeScript types name them."""

import sys
from typing import Literal, TypeAlias, TypedDict

if sys.version_info >= (3, 11):
    from typing import NotRequired
else:  # pragma: no cover
    from typing_extensions import NotRequired

__all__ = [
    "Change", "CharInfo", "Comparison", "Finding", "Kind", "Omission", "Op", "Quote",
    "QuoteCheck", "QuotePart", "QuoteStats", "Row", "Segment", "Side", "Span", "Stats", "WordList",
]

Op: TypeAlias = Literal["equal", "delete", "insert"]
Kind: TypeAlias = Literal[
    "wording", "number", "negation", "punctuation", "lookalike", "moved", "surrounding",
    "case", "typography", "whitespace", "split",
]
WordList: TypeAlias = Literal["en", "ru"]

class Span(TypedDict):
    """[start, end) in UTF-16 code units of its side's text."""
    start: int
    end: int

class Segment(TypedDict):
    text: str
    op: Op
    change: NotRequired[int]

class CharInfo(TypedDict):
    offset: int
    codePoint: int
    script: str

class Finding(TypedDict):
    kind: Literal["lookalike", "invisible"]
    span: Span
    chars: list[CharInfo]

class Side(TypedDict):
    segments: list[Segment]
    findings: list[Finding]

class Change(TypedDict):
    id: int
    kind: Kind
    minor: bool
    old: Span
    new: Span
    pair: NotRequired[int]
    within: NotRequired[int]

class Row(TypedDict):
    old: Span
    new: Span

class Stats(TypedDict):
    wordsUnchanged: int
    wordsDeleted: int
    wordsInserted: int
    changes: int
    replaced: int
    added: int
    removed: int
    moved: int
    surrounding: int
    minorChanges: int
    wordsMoved: int
    surroundingWordsOld: int
    surroundingWordsNew: int
    kinds: dict[Kind, int]
    similarity: float
    sharedSimilarity: float

class Comparison(TypedDict):
    old: Side
    new: Side
    changes: list[Change]
    rows: list[Row]
    stats: Stats
    approximate: bool
    wordListsNeeded: list[WordList]

class Omission(TypedDict):
    source: Span
    cut: Span
    words: int
    flags: list[Literal["negation", "figure", "qualifier"]]
    alters: bool

class QuotePart(TypedDict):
    span: Span
    source: Span
    cut: bool

class Quote(TypedDict):
    span: Span
    verdict: Literal["exact", "minor", "altered", "notFound"]
    source: Span | None
    changes: list[Change]
    omissions: list[Omission]
    parts: list[QuotePart]
    stitched: bool

class QuoteStats(TypedDict):
    quotes: int
    exact: int
    minor: int
    altered: int
    notFound: int

class QuoteCheck(TypedDict):
    quotes: list[Quote]
    stats: QuoteStats
    approximate: bool
    wordListsNeeded: list[WordList]

