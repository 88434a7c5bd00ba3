"""Paragraphs as the pairing engine reads them (extract/pairing.py): blocks separated by blank
lines when the text has any, else one paragraph a line (text/segment.py has the stages' own
splitter; this one also treats single-newline texts as one paragraph a line)."""

from __future__ import annotations

import re

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


def paragraphs(text: str, breaks: list[int] | None = None) -> list[tuple[int, int]]:
    """(start, end) of each paragraph. Blank lines separate paragraphs when the text has
    any (hard-wrapped lines inside a paragraph are then one paragraph); otherwise each line is
    a paragraph (texts that put one newline between paragraphs). ``breaks``, when given, gets
    the offset of every line break, in order (the editor's note reads the lines from them)."""
    spans: list[tuple[int, int]] = []
    blank = _blank_lines(text, breaks)
    if blank:
        pos = 0
        for a, b in blank:
            spans.append((pos, a))
            pos = b
        spans.append((pos, len(text)))
    else:
        pos = 0
        for line in text.split("\n"):
            spans.append((pos, pos + len(line)))
            pos += len(line) + 1
    # (a paragraph that opens with a non-blank character needs no search for one; else a
    # search for the first non-blank character, not a copy of each paragraph to strip)
    return [(s, e) for s, e in spans if s < e and (not text[s].isspace() or _NON_BLANK.search(text, s, e))]


_NON_BLANK = re.compile(r"\S")  # \S is what str.strip() keeps: not str.isspace()
_BLANK = " \t\r\f\v"  # what _BLANK_LINE lets stand between its two line breaks


def _blank_lines(text: str, breaks: list[int] | None = None) -> list[tuple[int, int]]:
    """The spans of ``_BLANK_LINE.finditer(text)``, found from line break to line break by
    str.find (a byte search in C): the regex read every character in turn, twice (a test for
    any blank line, then the scan), a twentieth of extraction (issue 16). Every line break is
    found on the way: appended to ``breaks`` when given."""
    found: list[tuple[int, int]] = []
    a = text.find("\n")
    while a >= 0:
        if breaks is not None:
            breaks.append(a)
        b = text.find("\n", a + 1)
        if b < 0:
            break
        if b == a + 1 or not text[a + 1 : b].strip(_BLANK):
            found.append((a, b + 1))
            if breaks is not None:
                breaks.append(b)  # (the next a lies after it)
            a = text.find("\n", b + 1)  # the scan goes on after the match
        else:
            a = b
    return found
