"""The year rules' scans (iso_date, year_in, year_of) start near the first "19" or "20"
(``date_scan.lead_scan_start``) instead of at the paragraph's start: each must find exactly the
matches a scan from the start finds, whatever stands before the year (the longest leads the
rules allow, runs of any kind of space, words the lookbehinds turn away, digits inside numbers)."""

from __future__ import annotations

import random

import pytest

from onrecord.context import date_scan, dates

YEAR_RULES = [(rule, pattern) for rule, pattern in dates._RULES if dates._NEEDS[rule] is dates._CENTURIES]


def _start(text: str) -> int:
    first = min((i for i in map(text.find, dates._CENTURIES) if i >= 0), default=0)
    return date_scan.lead_scan_start(text, first, date_scan.YEAR_LEAD_WORDS, date_scan.YEAR_LEAD_CHARS)


def _all_spans(text: str, start: int) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in pattern.finditer(text, start)] for _, pattern in YEAR_RULES]


def test_every_year_rule_is_bounded() -> None:
    assert [rule for rule, _ in YEAR_RULES] == ["iso_date", "year_in", "year_of"]


@pytest.mark.parametrize("text", [
    "A long preamble. At the beginning of 2019 the works began, and in a 1971 interview he agreed.",
    "Filler first. Beginning of \n\t 2019, the mid-2020 plan and 2024-11-05 stood.",
    "It cost 1,920 pounds in 2,019 shops; by 2030 it will not; the spring of  1999 was wet.",
    "Their 2019 memoir, her 2020 book, that 1998 race and an 1820 map.",
    "Nothing here names a year at all.",
])
def test_same_matches_as_from_the_start(text: str) -> None:
    assert _all_spans(text, _start(text)) == _all_spans(text, 0)


def test_same_matches_on_built_texts() -> None:
    """Texts assembled at random from the pieces a match, its longest leads and its lookbehinds
    are made of."""
    pieces = ["the", "The", "beginning", "Beginning of", "end", "spring", "of", "in", "In", "during",
              "Mid-", "early", "a", "an", "his", "their", "that", "since", "by", "2019", "1971", "20", "19",
              "2024-11-05", "1,920", "interview", "said", "-", ",", ".", "x", " ", "  ", "\n", "\t",
              "\u00a0", "\u2003", "\u3000"]
    rng = random.Random(641)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "  ", "\n", "\u00a0"])
                       for _ in range(rng.randint(1, 16)))
        assert _all_spans(text, _start(text)) == _all_spans(text, 0), text


@pytest.mark.parametrize("words, year", [
    (["the", "beginning", "of"], "2019,"),  # year_in, after a season word
    (["Beginning of"], "2019,"),  # year_in, after its longest preposition
    (["their"], "2019 memoir"),  # year_of
])
def test_the_bound_reaches_the_longest_leads(words: list[str], year: str) -> None:
    """The longest leads, with runs of spaces wider than any word between their words, are
    found whole: the two numbers (``YEAR_LEAD_WORDS``, ``YEAR_LEAD_CHARS``) cover them."""
    # each run of spaces wider than a word: every step of the bound then passes one word only
    text = "x" * 80 + " " + (" \n\t\u3000 " * 3).join(words + [year]) + " "
    spans = [s for rule in _all_spans(text, _start(text)) for s in rule]
    assert min(s for s, _ in spans) == 81
    assert _all_spans(text, _start(text)) == _all_spans(text, 0)


def test_dates_found_with_the_scan() -> None:
    found = dates.find_dates("A long preamble, with no year named. It began at the start of 2019.", "2026-12-06")
    assert [(d.text, d.value) for d in found] == [("the start of 2019", "2019")]


def test_the_longest_word_fits_and_no_less() -> None:
    """A word one character shorter than ``YEAR_LEAD_CHARS`` would leave "Beginning of" out."""
    text = "x" * 80 + " Beginning of 2019 "
    before = len(text[: text.find("20")].rstrip())
    assert before - date_scan.YEAR_LEAD_CHARS == 81
    assert before - (date_scan.YEAR_LEAD_CHARS - 1) > 81
