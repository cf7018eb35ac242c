"""``statement_diff.Widget``: the ``<statement-diff>`` element in a notebook (Jupyter, VS Code,
marimo), through anywidget. The front end (``static/widget.js``) is the browser widget itself,
its JavaScript and WebAssembly in one module, so a notebook shows what the web page shows.
"""

from pathlib import Path

import anywidget
import traitlets

_STATIC = Path(__file__).parent / "static"


class Widget(anywidget.AnyWidget):
    """Shows how ``new`` differs from ``old``, side by side, the changes highlighted.

    >>> w = Widget("The fee is 5 euros.", "The fee is 7 euros.")  # doctest: +SKIP
    >>> w  # the last line of a cell shows it  # doctest: +SKIP

    Set ``old``, ``new``, ``ignore_case``, ``cleanup``, ``lang`` or ``height`` to show another
    comparison. ``stats`` holds the numbers of the comparison shown (the ``stats`` of
    ``compare()``) once the front end has rendered it, ``error`` its message if it failed.
    """

    _esm = _STATIC / "widget.js"

    old = traitlets.Unicode("").tag(sync=True)
    new = traitlets.Unicode("").tag(sync=True)
    ignore_case = traitlets.Bool(False).tag(sync=True)
    cleanup = traitlets.Bool(True).tag(sync=True)
    #: The widget's language ("en", "ru"); "" follows the page.
    lang = traitlets.Unicode("").tag(sync=True)
    #: The widget's height, in CSS ("28rem", "600px").
    height = traitlets.Unicode("28rem").tag(sync=True)
    #: Written by the front end: the comparison's numbers, and an error message or "".
    stats = traitlets.Dict({}).tag(sync=True)
    error = traitlets.Unicode("").tag(sync=True)

    def __init__(self, old: str = "", new: str = "", **kwargs):
        for name, value in (("old", old), ("new", new)):
            if not isinstance(value, str):
                raise TypeError(f"{name} must be str, not {type(value).__name__}")
        super().__init__(old=old, new=new, **kwargs)
