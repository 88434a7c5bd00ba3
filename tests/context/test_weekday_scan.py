"""The weekday rule's scan starts near the first weekday name (``date_scan.weekday_scan_start``)
instead of at the paragraph's start: it must find exactly the matches a scan from the start
finds, whatever stands before the name (its leading words, runs of any kind of space, words the
lookbehinds turn away, a name inside a longer word)."""

from __future__ import annotations

import random
import re

import pytest

from onrecord.context import date_scan, dates

WEEKDAY_RULE = dict(dates._RULES)["weekday"]


def _spans(text: str, start: int) -> list[tuple[int, int]]:
    return [m.span() for m in WEEKDAY_RULE.finditer(text, start)]


def _start(text: str) -> int:
    """The bound; a text without a weekday name (-1) is scanned from its start here, to show
    the rule finds nothing there either."""
    return max(0, date_scan.weekday_scan_start(text, dates.WEEKDAY_NAMES))


TEXTS = [
    "Monday was quiet.",
    "The board met on Tuesday and again on Friday morning.",
    "We spoke this past  \n\t Wednesday, she recalled.",
    "Talks resume Late on Sunday, a spokesman said, and again Early on\u00a0Monday.",
    "Its Saturday fixtures were moved; the Saturday before that, too.",
    "until Thursday night the roads stay shut; last Thursday they did not.",
    "Mondays are slow. The Mondayish mood lifted on Monday.",
    "(  Friday) a note read; -Friday was a typo; his Friday was long.",
    "A long lead-in with no weekday name at all " * 20 + "and then Next Tuesday.",
    "Monday Tuesday  Wednesday,Thursday.Friday-Saturday Sunday",
    "On" + " " * 200 + "Monday, and next" + "\u3000" * 70 + "Tuesday" + " " * 65 + "evening.",
    "Nothing here names a day of the week.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_as_from_the_start(text: str) -> None:
    assert _spans(text, _start(text)) == _spans(text, 0)


def test_same_matches_on_built_texts() -> None:
    """Texts assembled at random from the pieces a match and its lookbehinds are made of."""
    pieces = ["Last", "last", "This past", "Next", "On", "on", "Late on", "Early on", "the", "The",
              "by", "until", "his", "first", "past", "Monday", "Tuesday", "Sundays", "morning",
              "said", "-", "(", ",", ".", "x", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\u3000"]
    rng = random.Random(63)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "\n", "\u00a0"])
                       for _ in range(rng.randint(1, 14)))
        assert _spans(text, _start(text)) == _spans(text, 0), text


def test_lead_covers_every_leading_word() -> None:
    """The longest word the rule allows before its weekday fits in ``WEEKDAY_LEAD``."""
    which = re.search(r"\(\?P<which>(.*?)\)\?", WEEKDAY_RULE.pattern).group(1)
    longest = max(len(re.sub(r"\[..\]", "x", alt)) for alt in which.split("|"))
    assert longest == date_scan.WEEKDAY_LEAD


def test_rstrip_strips_what_the_rule_counts_as_space() -> None:
    """Every code point ``str.rstrip`` strips is one ``\\s`` matches, and none else."""
    space = re.compile(r"\s")
    assert all((not chr(c).rstrip()) == bool(space.match(chr(c))) for c in range(0x110000))


def test_dates_found_with_the_scan() -> None:
    found = dates.find_dates("A long preamble, with no day named. They met last Friday.", "2026-12-06")
    assert [(d.text, d.value) for d in found] == [("last Friday", "2026-12-04")]


def _tried(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in date_scan.weekday_matches(WEEKDAY_RULE, text, max(0, _start(text)), dates.WEEKDAY_NAMES)]


@pytest.mark.parametrize("text", TEXTS)
def test_name_windows_find_what_finditer_finds(text: str) -> None:
    """Tried only from each name's leading word to the name, the rule finds the matches (and
    the same match objects' spans) a scan of the whole paragraph finds."""
    assert _tried(text) == _spans(text, 0)


def test_name_windows_on_built_texts() -> None:
    """Texts assembled at random from a match's pieces, with runs of spaces longer than the
    slice ``_lead_start`` strips at a time."""
    pieces = ["Last", "last", "This past", "Next", "On", "on", "Late on", "Early on", "the", "The",
              "by", "until", "his", "first", "past", "Monday", "Tuesday", "Sundays", "morning",
              "evening", "said", "-", "(", ",", ".", "x", " ", " " * 70, "\n", "\t", "\u00a0" * 130]
    rng = random.Random(64)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "\n", "\u00a0", " " * 66])
                       for _ in range(rng.randint(1, 14)))
        assert _tried(text) == _spans(text, 0), text
