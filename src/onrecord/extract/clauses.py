"""The clause before and after a quotation, cut in the document's text in place.

``left_clause_in(text, lo, hi)`` is ``words.left_clause(text[lo:hi])`` and ``right_clause_in``
is ``words.right_clause(text[lo:hi])``, to the character: the same sentence ends
(``words._SENT_END``), the same abbreviations. They differ in how they look: the left clause is
found from the right end by ``str.rfind`` (a byte search in C) for the characters a sentence
end starts with, where ``left_clause`` ran the regex over the whole window and kept its last
match (the window reaches 300 characters back, the clause is 29 on average: that scan was a
tenth of extraction, issue 16); and neither copies its window out of the text first.
"""

from __future__ import annotations

from ..lexicon.abbreviations import EXTRACT_SENTENCE_ABBREVIATIONS
from .marks import ALL_MARKS
from .words import _SENT_END

# What _SENT_END's first alternatives start with, and what they let stand between that and the
# whitespace they end with (the class `[ALL_MARKS*†]*`; none of these characters is whitespace).
_TERMINAL = ".!?\u2026"
_TRAIL = frozenset(ALL_MARKS + "*\u2020")


def left_clause_in(text: str, lo: int, hi: int) -> str:
    """``left_clause(text[lo:hi])``: the text after the last sentence end in ``text[lo:hi]``
    that is not an abbreviation's period (a line break always ends a sentence)."""
    j = hi
    while True:
        start, end = _last_end(text, lo, j, hi)
        if start < 0:
            return text[lo:hi]
        if text[start] != "." or not _abbrev_at(text, lo, start):
            return text[end:hi]
        j = start


def _last_end(text: str, lo: int, j: int, hi: int) -> tuple[int, int]:
    """(start, end) of the last match of ``_SENT_END`` in ``text[lo:hi]`` (scanned from ``lo``
    as ``finditer`` does) that starts before ``j``; (-1, -1) when there is none."""
    while True:
        c = max(text.rfind(".", lo, j), text.rfind("\n", lo, j), text.rfind("!", lo, j),
                text.rfind("?", lo, j), text.rfind("\u2026", lo, j))
        if c < 0:
            return -1, -1
        if text[c] == "\n":
            # a line break inside the whitespace after a terminal mark (".” \n") is part of
            # that mark's match, not a match of its own: the terminal mark is the candidate
            k = c - 1
            while k >= lo and text[k].isspace():
                k -= 1
            while k >= lo and text[k] in _TRAIL:
                k -= 1
            if k < lo or text[k] not in _TERMINAL:
                return c, c + 1
            c = k
        e = c + 1
        while e < hi and text[e] in _TRAIL:
            e += 1
        if e < hi and text[e].isspace():
            while e < hi and text[e].isspace():
                e += 1
            return c, e
        j = c  # a terminal mark with no whitespace after it ends nothing


def right_clause_in(text: str, lo: int, hi: int) -> str:
    """``right_clause(text[lo:hi])``: the text up to and including the first sentence end in
    ``text[lo:hi]`` that is not an abbreviation's period."""
    for m in _SENT_END.finditer(text, lo, hi):
        s = m.start()
        if text[s] == "." and _abbrev_at(text, lo, s):
            continue
        return text[lo : s + 1]
    return text[lo:hi]


def _abbrev_at(text: str, lo: int, j: int) -> bool:
    """``words._is_abbrev_end`` for the period at ``j``, the text read from ``lo``: the token
    before it (after the last space, else the run of letters and periods) is an abbreviation
    or a single capital (an initial)."""
    i = text.rfind(" ", lo, j) + 1 or lo
    if not text[i:j].replace(".", "").isalpha():
        i = j
        while i > lo and (text[i - 1].isalpha() or text[i - 1] == "."):
            i -= 1
    tok = text[i:j].lower()
    return tok in EXTRACT_SENTENCE_ABBREVIATIONS or (len(tok) == 1 and text[i:j].isupper())
