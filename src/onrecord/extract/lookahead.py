"""Pairing's look-ahead (extract/pairing.py): the closer of a quotation nested inside the open
one, and a later closer that a possessive-like one yields to. Each reads at most ``_LOOKAHEAD``
marks of the text past the mark it starts from, counted by ``Mark.n`` (the list may leave out
the apostrophes between two letters: ``marks.quote_marks``)."""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType

from .marks import CLOSERS, Mark

# The closer of a nested quotation, by its opener's glyph: the inner quotation closes with its
# own style, so that “… "…" …” and "… “…” …" are read as nesting, never as a lost closer.
_NESTED_CLOSE = MappingProxyType({'"': '"', "\u201c": "\u201d"})
_OWN_CLOSE = MappingProxyType({'"': '"', "\u201c": "\u201d", "\u201e": "\u201c\u201d", "\u201f": "\u201d"})


def _nested_closer(marks: list[Mark], idx: int, opener: Mark) -> tuple[int, Mark] | None:
    """(index, mark) of the closer of a quotation nested at ``marks[idx]`` inside ``opener``:
    a double mark of the other glyph style (straight inside curly or curly inside straight)
    that can only open, whose own closer comes before a closer of the outer quotation."""
    m = marks[idx]
    inner = _NESTED_CLOSE.get(m.ch)
    outer = _OWN_CLOSE.get(opener.ch)
    if (
        inner is None
        or outer is None
        or m.family != "d"
        or opener.family != "d"
        or not m.can_open
        or m.can_close
        or (m.ch == '"') == (opener.ch == '"')  # same glyph style: not nesting
    ):
        return None
    for j, c in _ahead(marks, idx):
        if c.disabled or c.apostrophe or c.family != "d":
            continue
        if c.ch == inner and c.can_close:
            # The outer quotation must still close after it, else this is no nesting.
            for later in _window(marks, j):
                if later.family == "d" and not later.disabled and later.can_close and later.ch in outer:
                    return j, c
            return None
        if c.can_open or c.can_close:
            return None  # another double mark first: not a clean nesting
    return None


def _nested_single(marks: list[Mark], idx: int, opener: Mark) -> tuple[int, Mark] | None:
    """(index, mark) of the closer of a single-mark quotation nested at ``marks[idx]`` inside
    the double quotation ``opener`` (“… ‘…’ …”, "… '…' …"): a single mark that can only open,
    whose closer comes before the outer quotation's closer. Apostrophes never get here (the
    ’90s, rock ’n’ roll: ``marks._single_apostrophe``); a possessive-like closer (the Smiths’
    album) yields to a plain single closer later in the inner stretch, as at top level."""
    m = marks[idx]
    outer = _OWN_CLOSE.get(opener.ch)
    if outer is None or opener.family != "d" or m.family != "s" or not m.can_open or m.can_close:
        return None
    found: tuple[int, Mark] | None = None
    for j, c in _ahead(marks, idx):
        if c.disabled or c.apostrophe:
            continue
        if c.family == "d":
            # the outer quotation closes here: nested only if a single closer came first
            return found if c.can_close and c.ch in outer else None
        if c.can_close and c.ch in CLOSERS[m.ch]:
            if not c.possessive_like:
                return j, c
            found = found or (j, c)
        elif c.can_open:
            return None  # a second single opener first: not a clean nesting
    return None


# marks (apostrophes included: counted by Mark.n, as marks.quote_marks leaves some out of the
# list); a closer further away than this is not this quotation's
_LOOKAHEAD = 64


def _ahead(marks: list[Mark], idx: int) -> Iterator[tuple[int, Mark]]:
    """(index, mark) of each mark after ``marks[idx]`` in its look-ahead window, in order and
    lazily: the nested readers stop at their first answer. The two nested readers each wrote
    this loop (round 37, lane tidy20)."""
    limit = marks[idx].n + _LOOKAHEAD
    for j in range(idx + 1, len(marks)):
        c = marks[j]
        if c.n > limit:
            return
        yield j, c


def _window(marks: list[Mark], idx: int) -> list[Mark]:
    """The marks after ``marks[idx]`` in its look-ahead window (``_LOOKAHEAD`` marks of the
    text, counted by ``Mark.n``)."""
    limit = marks[idx].n + _LOOKAHEAD
    end = idx + 1 + _LOOKAHEAD
    if end > len(marks):
        end = len(marks)
    while end > idx + 1 and marks[end - 1].n > limit:
        end -= 1
    return marks[idx + 1 : end]


def _later_closer(marks: list[Mark], idx: int, opener: Mark) -> bool:
    """Is there another closer for ``opener`` later in the paragraph, before any new opener?"""
    for m in _window(marks, idx):
        if m.family != opener.family or m.apostrophe or m.disabled:
            continue
        if m.can_close and m.ch in CLOSERS[opener.ch]:
            # Two possessive-looking closers ("‘A’ and the players’ union"): the first one
            # closes; only a plain closer (before punctuation or the end) overrides it.
            if m.possessive_like:
                continue
            return True
        if m.can_open:
            return False
    return False
