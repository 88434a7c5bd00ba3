"""Quote masking: an article's text with the inside of every quotation blanked, offsets
unchanged, so that a stage reading the article's own sentences (attribution's layout, the
context's dates and outlets) never reads the quoted words as the writer's (issue 9: attribute/
and context/ each had their own helper).

Built from slices: a list of every character cost 8 bytes a character (400 MB for a 50 MB
input, past the 1 GB cap with attribution; issue 10) and a Python step per quoted one."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from typing import Iterable

# What ends a sentence inside a quotation, and the marks that may close one after it
TERMINAL = ".?!"
CLOSERS = "\"”’»“‘«„‚'"
# A token that opens a quotation: straight or curly, double or single (the parse's tokens)
OPENING_MARKS = frozenset({'"', "\u201c", "\u2018", "'"})

_NOT_NEWLINE = re.compile(r"[^\n]")


def mask_quotes(text: str, spans: Iterable[tuple[int, int]], *, sentence_shape: bool = False) -> str:
    """``text`` with every (start, end) span blanked.

    ``sentence_shape=False`` (context/): every character but a newline becomes a space, so
    paragraphs stay where they were.

    ``sentence_shape=True`` (attribute/layout.py, which splits the masked text into sentences):
    newlines inside a quotation are blanked too (a quotation of several paragraphs is one piece
    of its sentence), a span that ends on a sentence's final mark keeps it ("“We will.” She
    left." stays two sentences; for “… ‘be careful.’” the nested closer takes the full stop),
    and its first character becomes "X", a capital, because a quotation can open a sentence
    and must stay one token. Spans are applied in order: a later span blanks what an earlier
    one kept inside it, and a span inside an earlier one keeps no sentence end (quoted words
    inside a quotation end no sentence of the article)."""
    spans = list(spans)
    n = len(text)
    if not sentence_shape:
        return _blanked(text, spans, lambda piece: _NOT_NEWLINE.sub(" ", piece))
    masked = _blanked(text, [(max(0, s), e) for s, e in spans], lambda piece: " " * len(piece))
    kept: dict[int, str] = {}
    keys: list[int] = []  # kept's offsets, sorted: a span finds what it blanks by bisection
    outer_end = -1  # the end of the latest span that may hold the next ones
    for s, e in spans:
        s, e = max(0, s), min(n, e)
        if e <= s:
            continue
        # a scan of every kept offset per span was quadratic: 0.8 s for the 5,830 quotations
        # of a 2 MB paragraph (issue 10)
        lo, hi = bisect_left(keys, s), bisect_left(keys, e)
        for i in keys[lo:hi]:
            del kept[i]
        del keys[lo:hi]
        inner = e < outer_end
        outer_end = max(outer_end, e)
        if inner:
            # quoted words inside a quotation ("I asked him ‘ready?’. He nodded. I said ‘go’,”
            # said X): their final mark ends no sentence of the article, or the credit after
            # the outer closing mark is cut off from the outer words (round 19, lane nulls:
            # the outer words were left null on the fresh tuning splits)
            _keep(kept, keys, s, "X")
            continue
        if text[e - 1] in TERMINAL:
            _keep(kept, keys, e - 1, text[e - 1])
        elif text[e - 1] in CLOSERS and e - 2 >= s and text[e - 2] in TERMINAL:
            _keep(kept, keys, e - 1, text[e - 2])  # ends with a nested closing mark: “… ‘be careful.’”
        _keep(kept, keys, s, "X")
    if not kept:
        return masked
    out: list[str] = []
    pos = 0
    for i in keys:
        out.append(masked[pos:i])
        out.append(kept[i])
        pos = i + 1
    out.append(masked[pos:])
    return "".join(out)


def _keep(kept: dict[int, str], keys: list[int], at: int, char: str) -> None:
    if at not in kept:
        insort(keys, at)
    kept[at] = char


def _blanked(text: str, spans: list[tuple[int, int]], blank) -> str:
    """``text`` with ``blank(piece)`` for the union of the spans (overlaps blanked once)."""
    out: list[str] = []
    pos = 0
    for s, e in sorted((s, min(e, len(text))) for s, e in spans):
        s = max(s, pos)
        if e <= s:
            continue
        out.append(text[pos:s])
        out.append(blank(text[s:e]))
        pos = e
    out.append(text[pos:])
    return "".join(out)
