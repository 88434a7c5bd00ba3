"""Offsets in a repaired text mapped back to the text it came from.

The reader repairs mojibake ("donâ€™t" → "don’t", read/encoding.py), so a repaired document's
quotations index the repaired text (contract: such a record carries that text). Whoever holds
offsets into the file as written (the real-news gold, annotated on the raw file) needs the same
words there: two of fresh15's forty articles had a garbled headline, and every quotation after
it scored as a span error though onrecord had found it exactly."""

from __future__ import annotations

import difflib


def spans_back(old: str, new: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each ``new[start:end]``'s span in ``old``: exact inside unchanged stretches; a boundary
    that falls in a repaired stretch goes to that stretch's edge (so the old span covers the
    whole old form of a repaired character). The two texts are aligned once for all spans."""
    if old == new:
        return list(spans)
    blocks = difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes()
    return [(_back(blocks, start, is_end=False), _back(blocks, end, is_end=True)) for start, end in spans]


def _back(blocks: list[tuple[str, int, int, int, int]], pos: int, is_end: bool) -> int:
    for op, i1, i2, j1, j2 in blocks:
        inside = j1 < pos <= j2 if is_end else j1 <= pos < j2
        if not inside:
            continue
        if op == "equal":
            return i1 + (pos - j1)
        return i2 if is_end else i1
    return blocks[-1][2] if blocks else pos  # at the very end of the text
