"""paragraphs() finds blank lines from line break to line break (str.find) instead of by the
regex ``_BLANK_LINE``: the same paragraphs as the regex's reading on random texts of words,
spaces, tabs, carriage returns, other whitespace and line breaks."""

import random
import re

from onrecord.extract.paragraph_spans import _BLANK_LINE, _blank_lines, paragraphs

_PIECES = ["\n", "\n", " ", "\t", "\r", "\f", "\v", "\u00a0", "\u2028", "a", "word", "\u201cb"]


def _by_regex(text: str) -> list[tuple[int, int]]:
    spans = []
    if _BLANK_LINE.search(text):
        pos = 0
        for m in _BLANK_LINE.finditer(text):
            spans.append((pos, m.start()))
            pos = m.end()
        spans.append((pos, len(text)))
    else:
        pos = 0
        for line in text.split("\n"):
            spans.append((pos, pos + len(line)))
            pos += len(line) + 1
    return [(s, e) for s, e in spans if re.search(r"\S", text[s:e])]


def test_paragraphs_are_the_regex_reading():
    rng = random.Random(16)
    for _ in range(20000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14)))
        assert _blank_lines(text) == [m.span() for m in _BLANK_LINE.finditer(text)], repr(text)
        assert paragraphs(text) == _by_regex(text), repr(text)
        breaks: list[int] = []
        assert paragraphs(text, breaks) == _by_regex(text), repr(text)
        assert breaks == [m.start() for m in re.finditer("\n", text)], repr(text)
