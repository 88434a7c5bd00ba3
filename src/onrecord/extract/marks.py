"""Quotation-mark candidates: which characters can open or close a quotation, which are
apostrophes. Pure string work: every decision looks only at the glyph and its two neighbours,
so one odd character never changes how the rest of the document is read.

The pairing engine (``pairing.py``) decides which candidates actually pair; this module only
says what each one *could* be.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from ..text.find import find_all

# Double-family glyphs: straight, English typographic, German low-high, guillemets.
DOUBLE = '"\u201c\u201d\u201e\u201f\u00ab\u00bb'
# Single-family glyphs: straight, English typographic, German low-high, single guillemets.
SINGLE = "'\u2018\u2019\u201a\u201b\u2039\u203a"
ALL_MARKS = DOUBLE + SINGLE
# Doubled single marks stand for a double mark in some newsrooms' copy (“…’’ with two right
# single quotes, ``…'' from typewriter conventions); they are read as one double mark.
_DOUBLED = MappingProxyType({"\u2019\u2019": "\u201d", "\u2018\u2018": "\u201c", "''": '"', "``": "\u201c"})
# Every alternative a literal (not a trailing character class): then the regex engine can skip
# to the next mark character without trying the alternatives at every position, 3x faster over
# the BBC corpus, same matches (issue 16).
MARK_RE = re.compile("\u2019\u2019|\u2018\u2018|''|``|" + "|".join(re.escape(c) for c in ALL_MARKS))

# Which closers may end a quotation opened by each glyph. "“" closes "„" (German) and "”"
# closes "“" (English); "»" closes "«" and, in the reversed style used in German books
# (»so«), "«" closes "»". A straight mark may close a typographic one because real articles
# mix styles (an editor retypes one quote by hand).
CLOSERS: Mapping[str, str] = MappingProxyType({
    '"': '"\u201d\u201c',
    "\u201c": '\u201d"\u201c',
    "\u201e": '\u201c\u201d"',
    "\u201f": '\u201d"',
    "\u00ab": "\u00bb",
    "\u00bb": "\u00ab",
    "\u201d": '\u201d"',
    "'": "'\u2019\u2018",
    "\u2018": "\u2019'\u2018",
    "\u201a": "\u2018\u2019'",
    "\u201b": "\u2019'",
    "\u2039": "\u203a",
    "\u203a": "\u2039",
    "\u2019": "\u2019'",
})

# A character before a mark that lets it open: start, space, opening bracket, dash, slash,
# colon ("said:"Yes"" in hand-typed text) or another mark (nested quotes meeting).
_OPEN_PREV = set("([{<\u2014\u2013-/:;=") | set(ALL_MARKS)
# A character after a mark that lets it close: end, space, punctuation, a dash, an editorial
# marker (the asterisk of a translated piece, "“…”*"), or another mark.
_CLOSE_NEXT = set(".,;:!?)]}>\u2014\u2013-/\u2026*\u2020\u2021") | set(ALL_MARKS)


@dataclass(slots=True)
class Mark:
    """One quotation-mark candidate. ``can_open``/``can_close`` come from the glyph and its
    neighbours; ``apostrophe`` marks a single quote that is part of a word (never a quote)."""

    pos: int
    ch: str
    family: str  # "d" (double) or "s" (single)
    can_open: bool
    can_close: bool
    apostrophe: bool = False
    length: int = 1  # 2 for a doubled single mark read as a double mark
    # A single closer that may be a plural possessive ("the players’ union"): the pairing
    # engine prefers a later closer in the same paragraph when there is one.
    possessive_like: bool = False
    disabled: bool = False  # set by the pairing engine's local recovery
    # The mark's index among every mark of the text, apostrophes included (``quote_marks``
    # leaves some out): pairing's look-ahead windows count marks by it.
    n: int = field(default=-1, compare=False)


def _flanks(text: str, i: int, length: int = 1) -> tuple[bool, bool]:
    """(can_open, can_close) from the neighbours alone."""
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + length] if i + length < len(text) else ""
    prev_space = prev == "" or prev.isspace()
    next_space = nxt == "" or nxt.isspace()
    can_open = (not next_space) and (prev_space or prev in _OPEN_PREV)
    can_close = (not prev_space) and (next_space or nxt in _CLOSE_NEXT)
    return can_open, can_close


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _single_apostrophe(text: str, i: int) -> bool:
    """True when the single mark at ``i`` is part of a word, never a quotation mark.

    don’t / it's (letter on both sides); the ’90s / '80s (before a two-digit year);
    rock ’n’ roll (a lone n between two marks); ’em, ’tis (right quote opening a word is an
    elision: typographic openers are ‘, never ’)."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else ""
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if prev and nxt and _is_word(prev) and _is_word(nxt):
        return True
    if nxt.isdigit() and (prev == "" or not _is_word(prev)):
        # '80s, ’90s, ‘60s (a smart-quote engine turning an elided year into an opener).
        j = i + 1
        while j < len(text) and text[j].isdigit():
            j += 1
        if j - (i + 1) == 2:
            return True
    # rock ’n’ roll / rock 'n' roll / rock ‘n’ roll: the marks around a lone "n".
    if nxt in "nN" and i + 2 < len(text) and text[i + 2] in "'\u2019" and (
        prev == "" or prev.isspace()
    ) and (i + 3 >= len(text) or text[i + 3].isspace()):
        return True
    if prev in "nN" and i >= 2 and text[i - 2] in "'\u2018\u2019" and (
        nxt == "" or nxt.isspace()
    ) and (i < 3 or text[i - 3].isspace()):
        return True
    if ch == "\u2019" and (prev == "" or prev.isspace()) and nxt.isalpha():
        return True
    return False


def find_marks(text: str) -> list[Mark]:
    """Every quotation-mark candidate in ``text``, in order, apostrophes included (flagged)."""
    return _read_marks(text, True)[0]


def quote_marks(text: str) -> tuple[list[Mark], int]:
    """(the marks of ``find_marks`` but for the apostrophes between two letters or digits, the
    number of those left out). What extraction reads: such an apostrophe (don't, it's) pairs
    with nothing, so it needs no ``Mark``; a third of the BBC corpus's marks are these, and
    their objects, and pairing's steps over them, were a twentieth of extraction (issue 16).
    Each mark's ``n`` still counts them, for pairing's look-ahead windows."""
    return _read_marks(text, False)


def _read_marks(text: str, keep_word_apostrophes: bool) -> tuple[list[Mark], int]:
    marks: list[Mark] = []
    last = len(text) - 1
    taken = -1  # the second character of a doubled mark read just before
    n = 0  # marks read so far, apostrophes left out included (Mark.n)
    left_out = 0
    # (the commonest marks decided here without _apply_glyph's cascade, their neighbours
    # read inline, not by _flanks: this loop was an eighth of extraction, issue 16)
    for i in _mark_starts(text):
        if i == taken:
            continue
        raw = text[i]
        nxt = text[i + 1] if i < last else ""
        if nxt == raw and raw in _DOUBLING:
            taken = i + 1
            n = _doubled(text, i, raw + raw, marks, n)
            continue
        prev = text[i - 1] if i else ""
        if raw in _WORD_SINGLES and prev.isalnum() and nxt.isalnum():
            # don't, it's: the commonest single mark, an apostrophe whatever its glyph says
            # (what _single_apostrophe decides first)
            if keep_word_apostrophes:
                marks.append(Mark(i, raw, "s", False, False, True, 1, False, False, n))
            else:
                left_out += 1
            n += 1
            continue
        # _flanks, inline
        prev_space = prev == "" or prev.isspace()
        next_space = nxt == "" or nxt.isspace()
        can_open = (not next_space) and (prev_space or prev in _OPEN_PREV)
        can_close = (not prev_space) and (next_space or nxt in _CLOSE_NEXT)
        if raw == '"':
            # the straight double mark: its neighbours decide, and with no evidence either
            # way it may do both (_apply_glyph's last case, inlined: the commonest mark)
            if not can_open and not can_close:
                can_open = can_close = True
            marks.append(Mark(i, raw, "d", can_open, can_close, False, 1, False, False, n))
        else:
            mark = Mark(i, raw, "d" if raw in DOUBLE else "s", can_open, can_close, False, 1, False, False, n)
            _apply_glyph(mark, text)
            marks.append(mark)
        n += 1
    return marks, left_out


def _doubled(text: str, i: int, raw: str, marks: list[Mark], n: int) -> int:
    """The doubled mark ``raw`` at ``i`` (“…’’, ``…''): one double mark, or its two characters
    read one by one when it is not clearly one mark. Returns ``n`` after it."""
    can_open, can_close = _flanks(text, i, 2)
    if can_open == can_close and raw != "``":
        # Not clearly one mark ("''" between spaces, "the ’’" typo): read the two
        # characters one by one.
        for j in (i, i + 1):
            c_open, c_close = _flanks(text, j)
            single = Mark(j, text[j], "s", c_open, c_close, n=n)
            _apply_glyph(single, text)
            marks.append(single)
            n += 1
        return n
    marks.append(Mark(i, _DOUBLED[raw], "d", can_open or raw == "``", can_close and raw != "``",
                      length=2, n=n))
    return n + 1


# The glyphs that, written twice, are read as one double mark (the keys of _DOUBLED).
_DOUBLING = "\u2019\u2018'`"


def _mark_starts(text: str) -> list[int]:
    """Where MARK_RE's matches start, in order: every mark glyph and every "``". Found by
    str.find for each glyph the text holds (a byte search in C), not by the regex, which
    tests each character of the text in turn and builds a match object per mark (a third of
    find_marks on the BBC corpus; issue 16). A "``" overlapping the one before ("```") is
    skipped by find_marks, as MARK_RE's scan, resuming after a match, skips it."""
    # ("``" only where a backtick is: a search for a single character is a byte search, for two
    # a slower one, and that one test was 1 % of extraction; issue 16)
    return find_all(text, _GLYPHS if "`" in text else ALL_MARKS)


_GLYPHS = (*ALL_MARKS, "``")


# Single marks that _apply_glyph sends to _single (‚ only opens, ‹ › are guillemets): between
# two letters or digits each is an apostrophe. The loop of find_marks reads them first.
_WORD_SINGLES = frozenset("'\u2018\u2019\u201b")


def _apply_glyph(mark: Mark, text: str) -> None:
    """Typographic glyphs carry a direction; straight marks rely on their neighbours."""
    ch = mark.ch
    i = mark.pos
    if ch in "\u201c\u201d" and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha():
        # A typographic double mark inside a word ("Obama”s") is a mistyped apostrophe.
        mark.can_open = mark.can_close = False
        return
    if ch in "\u201e\u201a":  # „ ‚ only ever open
        mark.can_open, mark.can_close = True, False
        return
    if ch in "\u00ab\u2039\u00bb\u203a":
        _guillemet(mark, text)
        return
    if ch in "\u201d\u201c\u201f":
        _curly_double(mark, text)
        return
    if mark.family == "s":
        _single(mark, text)
        return
    # straight double quote: neighbours decide; with no evidence either way it may do both
    if not mark.can_open and not mark.can_close:
        mark.can_open = mark.can_close = True


def _guillemet(mark: Mark, text: str) -> None:
    """« » ‹ ›: their direction, with the French inner spaces and the reversed German style."""
    ch = mark.ch
    i = mark.pos
    # Guillemets keep their direction even with French inner spaces (« texte »); the
    # reversed German style (»so«) is handled by CLOSERS, so allow both and let the
    # pairing engine match by glyph.
    opening = ch in "\u00ab\u2039"
    if opening:
        mark.can_open = True
        mark.can_close = mark.can_close and not mark.can_open  # never, by default
        # »so« style: « after a word, before space/punct closes a » quote.
        prev = text[i - 1] if i > 0 else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if prev and not prev.isspace() and (nxt == "" or nxt.isspace() or nxt in _CLOSE_NEXT):
            mark.can_close = True
            mark.can_open = False
    else:
        mark.can_close = True
        prev = text[i - 1] if i > 0 else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        # » opens only in the reversed German style, right before a word (»so«); the
        # French closer after an inner space is followed by punctuation ("… erreur »*.").
        mark.can_open = (prev == "" or prev.isspace() or prev in _OPEN_PREV) and (
            nxt.isalnum() or (bool(nxt) and nxt in ALL_MARKS)
        )
        if mark.can_open:
            mark.can_close = False


def _curly_double(mark: Mark, text: str) -> None:
    """” “ ‟: ” closes, “ opens (or closes a German „…“), ‟ opens."""
    ch = mark.ch
    i = mark.pos
    if ch == "\u201d":  # ” closes; opens only in the mis-typed pattern ' ”word'
        opener_only = mark.can_open and not mark.can_close
        mark.can_close = not opener_only
        mark.can_open = opener_only
        return
    if ch == "\u201c":  # “ opens (English) or closes (German „…“)
        if mark.can_close and not mark.can_open:
            return
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if not mark.can_open and not mark.can_close and (nxt == "" or nxt.isspace()):
            # “ between spaces or at a line end ("…as called for. “"): a mistyped closer
            # when a quotation is open, otherwise an opener.
            mark.can_open = mark.can_close = True
            return
        mark.can_open, mark.can_close = True, mark.can_close
        return
    if ch == "\u201f":
        mark.can_open, mark.can_close = True, False


def _single(mark: Mark, text: str) -> None:
    """‘ ’ ': an apostrophe, an opener or a closer (a possessive-like closer marked)."""
    ch = mark.ch
    i = mark.pos
    if _single_apostrophe(text, i):
        mark.apostrophe = True
        mark.can_open = mark.can_close = False
        return
    prev = text[i - 1] if i > 0 else ""
    nxt2 = text[i + 1 : i + 3]
    if ch == "\u2018":
        if mark.can_close and not mark.can_open:
            return
        mark.can_open = True
    elif ch == "\u2019":
        mark.can_open = False
        mark.can_close = mark.can_close or (bool(prev) and not prev.isspace())
    # "the players’ union", "Jones' car": a closer after a letter and before a word.
    if (
        mark.can_close
        and prev.isalpha()
        and len(nxt2) == 2
        and nxt2[0] == " "
        and nxt2[1].isalnum()
    ):
        mark.possessive_like = True
