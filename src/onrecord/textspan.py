"""Offset helpers on plain text shared by stages that must not import each other (context and
report both need "the paragraphs of this article" with offsets into the original text)."""

from __future__ import annotations

import re

_PARA = re.compile(r"\r?\n[ \t\r]*\n+")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph: non-blank blocks separated by a blank line.

    extract/pairing.py has its own splitter on purpose: pairing also treats single-newline
    texts (BBC copies without blank lines) as one paragraph a line."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _PARA.finditer(text):
        if text[pos:m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out
