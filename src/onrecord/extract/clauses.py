"""The clause before and after a quotation, cut in the document's text in place: the one clause
cut of extraction (``words.left_clause`` and ``right_clause`` call it on a whole string).

``left_clause_in(text, lo, hi)`` equals the regex cut it replaced on ``text[lo:hi]``, to the
character: the same sentence ends (``_SENT_END`` of that cut, kept as the reference in
tests/extract/test_clauses_in_place.py), the same abbreviations. They differ in how they look:
the left clause is found from the right end by ``str.rfind`` (a byte search in C) for the
characters a sentence end starts with, where the regex cut scanned the whole window and kept its
last match (the window reaches 300 characters back, the clause is 29 on average: that scan was a
tenth of extraction, issue 16); and neither copies its window out of the text first.
"""

from __future__ import annotations

from functools import lru_cache

from ..lexicon.abbreviations import EXTRACT_SENTENCE_ABBREVIATIONS
from .marks import ALL_MARKS

# What _SENT_END's first alternatives start with, and what they let stand between that and the
# whitespace they end with (the class `[ALL_MARKS*†]*`; none of these characters is whitespace).
_TERMINAL = ".!?\u2026"
_TRAIL = frozenset(ALL_MARKS + "*\u2020")


def ends_in(text: str) -> str:
    """The characters of ``text`` that a sentence end (the regex cut's ``_SENT_END``) starts with: the
    searches below look only for these (most articles have no "…", many no "!" or "?"; a search
    for an absent one reads the whole window)."""
    found = ""
    for c in _STARTS:  # (no generator: issue 16)
        if c in text:
            found += c
    return found


_STARTS = ".\n!?\u2026"


def sentence_before(sentence_left: str, tail: str) -> str:
    """The part of ``sentence_left`` (the sentence before a quotation's opening mark, across
    earlier quotations in it: ``QuoteContext.sentence_left``) before ``tail``, a suffix of it:
    the quotation's own clause ``left``, or the words from a mention or a verb on. Where the
    rules look for the sentence's subject or its cue before the point they read ("Sen. Ruiz,
    speaking on “…,” called it", "Vale, who … , used the term"). Empty when ``tail`` is longer.
    One cut for naming.py, reading.py, label_rules.py and own_use.py, which each wrote it with
    their own offset (round 27's tidying)."""
    return sentence_left[: max(0, len(sentence_left) - len(tail))]


def left_clause_in(text: str, lo: int, hi: int, ends: str = _STARTS) -> str:
    """``left_clause(text[lo:hi])``: the text after the last sentence end in ``text[lo:hi]``
    that is not an abbreviation's period (a line break always ends a sentence). ``ends``: the
    characters of ``ends_in(text)`` (or more)."""
    j = hi
    while True:
        start, end = _last_end(text, lo, j, hi, ends)
        if start < 0:
            return text[lo:hi]
        # (_abbrev_at, inline here and in right_clause_in: a call per sentence end; issue 16)
        if text[start] != "." or not _abbrev_end(text[start - _ABBREV_READ if start - _ABBREV_READ > lo else lo : start]):
            return text[end:hi]
        j = start


def _last_end(text: str, lo: int, j: int, hi: int, ends: str) -> tuple[int, int]:
    """(start, end) of the last match of ``_SENT_END`` in ``text[lo:hi]`` (scanned from ``lo``
    as ``finditer`` does) that starts before ``j``; (-1, -1) when there is none."""
    while True:
        c = -1
        a = lo
        for ch in ends:
            # each search reads only what lies after the last candidate found so far (and no
            # max(): a builtin's call costs as much as the search)
            found = text.rfind(ch, a, j)
            if found > c:
                c = found
                a = found + 1
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
        e = _match_end(text, c, hi)
        if e > 0:
            return c, e
        j = c  # a terminal mark with no whitespace after it ends nothing


def _match_end(text: str, c: int, hi: int) -> int:
    """Where ``_SENT_END``'s match of the terminal mark at ``c`` ends (its trailing marks, then
    whitespace, before ``hi``), or 0 when none starts there."""
    e = c + 1
    while e < hi and text[e] in _TRAIL:
        e += 1
    if e >= hi or not text[e].isspace():
        return 0
    while e < hi and text[e].isspace():
        e += 1
    return e


def right_clause_in(text: str, lo: int, hi: int, ends: str = _STARTS) -> str:
    """``right_clause(text[lo:hi])``: the text up to and including the first sentence end in
    ``text[lo:hi]`` that is not an abbreviation's period (``ends`` as for ``left_clause_in``)."""
    pos = lo
    while True:
        c = hi
        for ch in ends:
            # each search reads only what lies before the first candidate found so far
            found = text.find(ch, pos, c)
            if found >= 0:
                c = found
        if c == hi:
            return text[lo:hi]
        if text[c] == "\n":
            return text[lo : c + 1]  # (a line break inside a match was skipped with it)
        e = _match_end(text, c, hi)
        if not e:
            pos = c + 1
        elif text[c] == "." and _abbrev_end(text[c - _ABBREV_READ if c - _ABBREV_READ > lo else lo : c]):
            pos = e  # the scan goes on after the match, as finditer does
        else:
            return text[lo : c + 1]


@lru_cache(maxsize=4096)
def _abbrev_end(s: str) -> bool:
    """the regex cut's ``_is_abbrev_end`` for a period right after ``s``: the token before it
    (after the last space, else the run of letters and periods) is an abbreviation or a single
    capital (an initial). The callers pass at most ``_ABBREV_READ`` characters before the period,
    not before their window's start: a longer token is no abbreviation whichever way it is
    found, so the answer is the same, and a short string's answer is cached (most are the same
    few words before a full stop)."""
    j = len(s)
    i = s.rfind(" ") + 1
    if not s[i:j].replace(".", "").isalpha():
        i = j
        while i > 0 and (s[i - 1].isalpha() or s[i - 1] == "."):
            i -= 1
    tok = s[i:j].lower()
    return tok in EXTRACT_SENTENCE_ABBREVIATIONS or (len(tok) == 1 and s[i:j].isupper())


# one more than the longest abbreviation: a token reaching this far back is too long for one
_ABBREV_READ = max(len(a) for a in EXTRACT_SENTENCE_ABBREVIATIONS) + 1
