"""Attribution alone, for the test_invented_* modules: the quotations of an invented text are
found with a plain regex of paired curly marks (no extraction rules, so a test measures only
who is given the words), typed "speech" unless told otherwise, then attributed. A plain module,
not a conftest fixture: the five modules call it as a function, as tests/test_attribute.py did
before round 63 split it by construction."""

from __future__ import annotations

import re

from onrecord.attribute import attribute_results
from onrecord.model import Document, ExtractResult, Quote

_PAIR = re.compile(r"“([^“”]*)”|‘([^‘’]*)’")


def attribute(text: str, kinds: dict[int, str] | None = None) -> list[Quote]:
    """Quotes are found with a plain regex so that these tests measure attribution alone."""
    quotes = []
    for i, m in enumerate(_PAIR.finditer(text)):
        g = 1 if m.group(1) is not None else 2
        quotes.append(Quote(text=m.group(g), start=m.start(g), end=m.end(g),
                            kind=(kinds or {}).get(i, "speech"), open_mark=m.group()[0],
                            close_mark=m.group()[-1]))
    res = ExtractResult(Document(text=text, path="t.txt"), quotes)
    attribute_results([res])
    for q in res.quotes:
        assert text[q.start : q.end] == q.text
    return res.quotes
