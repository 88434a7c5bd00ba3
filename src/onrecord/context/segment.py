"""Paragraphs and sentences by rule, with offsets into the text (no spaCy: context only needs
"the sentence holding this quote" and "the one before it")."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from ..lexicon.abbreviations import CONTEXT_SENTENCE_ABBREVIATIONS
from ..textspan import paragraphs  # noqa: F401  (re-exported: context/__init__ uses it)


_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«„(\[]?[A-Z0-9])")


def sentences(text: str, start: int, end: int,
              protected: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """(start, end) of the sentences of ``text[start:end]``. A boundary inside a ``protected``
    span (a quotation) is ignored, so a quote of several sentences stays in one sentence with
    its attribution."""
    out: list[tuple[int, int]] = []
    pos = start
    chunk = text[start:end]
    # Linear on a 2 MB paragraph (issue 10): protected spans by bisection over their starts
    # with a running maximum of their ends, and the word before a period read from a short
    # window, not by a regex over everything before it (both were quadratic: 500 KB took 66 s).
    spans = sorted(protected)
    p_starts = [a for a, _ in spans]
    p_maxend: list[int] = []
    for _, b in spans:
        p_maxend.append(max(b, p_maxend[-1]) if p_maxend else b)
    for m in _END.finditer(chunk):
        cut = start + m.end()
        k = bisect_left(p_starts, cut)  # spans starting before the cut
        if k and p_maxend[k - 1] > cut:
            continue
        if chunk[m.start()] == ".":
            before = re.search(r"([A-Za-z]+)$", chunk[max(0, m.start() - 40) : m.start()])
            if before and (before.group(1).lower() in CONTEXT_SENTENCE_ABBREVIATIONS or len(before.group(1)) == 1):
                continue
        out.append((pos, cut))
        pos = cut
        while pos < end and text[pos].isspace():
            pos += 1
    if pos < end and text[pos:end].strip():
        out.append((pos, end))
    return out
