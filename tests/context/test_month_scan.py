"""The month rules' scans start near the first month stem (``date_scan.lead_scan_start``)
instead of at the paragraph's start: every month rule must find exactly the matches a scan from
the start finds, whatever stands before the name (the longest leads the rules allow, runs of any
kind of space, words the lookbehinds turn away, a stem inside a longer word)."""

from __future__ import annotations

import random

import pytest

from onrecord.context import date_scan, dates

MONTH_RULES = [(rule, pattern) for rule, pattern in dates._RULES if dates._NEEDS[rule] is dates._MONTH_NAMES]


def _start(text: str) -> int:
    m = dates._MONTH_NAMES.search(text)
    return 0 if m is None else date_scan.lead_scan_start(text, m.start(), date_scan.MONTH_LEAD_WORDS,
                                                         date_scan.MONTH_LEAD_CHARS)


def _all_spans(text: str, start: int) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in pattern.finditer(text, start)] for _, pattern in MONTH_RULES]


def test_every_month_rule_is_bounded() -> None:
    assert [rule for rule, _ in MONTH_RULES] == ["month_day_year", "day_month_year", "month_year",
                                                  "month_last_year", "month_day", "day_month",
                                                  "last_month_name", "month_in"]


@pytest.mark.parametrize("text", [
    "Filler words come first, then on Wednesday, the 31st of March 2021 the vote was held.",
    "Some preamble here. At the beginning of the month of March, talks began.",
    "Some preamble here. Beginning of  \n\t the\u00a0month   of\u2003March, talks began.",
    "He spoke with us in a long talk this past  March, she said.",
    "It was a long winter. Mid-March brought rain; late January did not.",
    "A long lead-in with no month at all " * 20 + "and then Thursday, 4 Sept. 2023.",
    "Marcus and Mayfield met until March 3; from Jan. 24 they met again on May 2, 2019.",
    "The deal, struck in its last March, ran until Sunday, the 2nd of October, 2022.",
    "Nothing here names a month of the year.",
])
def test_same_matches_as_from_the_start(text: str) -> None:
    assert _all_spans(text, _start(text)) == _all_spans(text, 0)


def test_same_matches_on_built_texts() -> None:
    """Texts assembled at random from the pieces a match, its longest leads and its lookbehinds
    are made of."""
    pieces = ["Wednesday,", "Sunday", "the", "The", "31st", "2nd", "4", "of", "month", "Beginning of",
              "beginning of", "End of", "Start of", "Mid-", "mid", "In", "in", "during", "Early", "late",
              "This past", "last", "Next", "this", "his", "its", "by", "until", "from", "year",
              "March", "Mar.", "Sept", "May", "Jan", "Marcus", "2021", "1999", "said", "-", ",", ".",
              "x", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\u3000"]
    rng = random.Random(64)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "  ", "\n", "\u00a0"])
                       for _ in range(rng.randint(1, 16)))
        assert _all_spans(text, _start(text)) == _all_spans(text, 0), text


@pytest.mark.parametrize("words, name", [
    (["Wednesday,", "the", "31st", "of"], "March 2021"),  # day_month_year
    (["beginning of", "the", "month", "of"], "March,"),  # month_in
    (["This past"], "March,"),  # last_month_name
    (["Wednesday,"], "March 3,"),  # month_day
])
def test_the_bound_reaches_the_longest_leads(words: list[str], name: str) -> None:
    """The longest leads, with runs of spaces wider than any word between their words, are found whole: the
    two numbers (``MONTH_LEAD_WORDS``, ``MONTH_LEAD_CHARS``) cover them."""
    # each run of spaces wider than a word: every step of the bound then passes one word only
    text = "x" * 80 + " " + (" \n\t\u3000 " * 3).join(words + [name]) + " "
    spans = [s for rule in _all_spans(text, _start(text)) for s in rule]
    assert min(s for s, _ in spans) == 81
    assert _all_spans(text, _start(text)) == _all_spans(text, 0)


def test_mid_month_is_found() -> None:
    text = "x" * 80 + " Mid-March, "
    assert [s for rule in _all_spans(text, _start(text)) for s in rule] == [(81, 90)]


def test_the_longest_word_fits_and_no_less() -> None:
    """A word one character shorter than ``MONTH_LEAD_CHARS`` would leave "Beginning of" out."""
    text = "x" * 80 + " Beginning of March "
    before = len(text[: dates._MONTH_NAMES.search(text).start()].rstrip())
    assert before - date_scan.MONTH_LEAD_CHARS == 81
    assert before - (date_scan.MONTH_LEAD_CHARS - 1) > 81


def test_dates_found_with_the_scan() -> None:
    found = dates.find_dates("A long preamble, with no month named. They met in the month of March.", "2026-12-06")
    assert [(d.text, d.value) for d in found] == [("in the month of March", "2026-03")]
