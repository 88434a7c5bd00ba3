"""The month rules' and the year rules' scans start near the first month stem or the first "19"
or "20" (``date_scan.lead_scan_start``) instead of at the paragraph's start: every rule behind
each need must find exactly the matches a scan from the start finds, whatever stands before the
name (the longest leads the rules allow, runs of any kind of space, words the lookbehinds turn
away, a stem inside a longer word, digits inside numbers)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

import pytest

from onrecord.context import date_scan, dates


@dataclass(frozen=True)
class Bounded:
    """One need whose rules are bounded: its rules, where its first name stands, the bound's two
    numbers, and texts of its own."""

    need: object
    rules: tuple[str, ...]
    words: int
    chars: int
    texts: tuple[str, ...]
    pieces: tuple[str, ...]

    def first(self, text: str) -> int:
        if isinstance(self.need, re.Pattern):
            m = self.need.search(text)
            return -1 if m is None else m.start()
        return min((i for i in map(text.find, self.need) if i >= 0), default=-1)

    def start(self, text: str) -> int:
        first = self.first(text)
        return 0 if first < 0 else date_scan.lead_scan_start(text, first, self.words, self.chars)

    def spans(self, text: str, start: int) -> list[list[tuple[int, int]]]:
        return [[m.span() for m in dict(dates._RULES)[rule].finditer(text, start)] for rule in self.rules]


MONTHS = Bounded(
    dates._MONTH_NAMES,
    ("month_day_year", "day_month_year", "month_year", "month_last_year", "month_day", "day_month",
     "last_month_name", "month_in"),
    date_scan.MONTH_LEAD_WORDS, date_scan.MONTH_LEAD_CHARS,
    ("Filler words come first, then on Wednesday, the 31st of March 2021 the vote was held.",
     "Some preamble here. At the beginning of the month of March, talks began.",
     "Some preamble here. Beginning of  \n\t the\u00a0month   of\u2003March, talks began.",
     "He spoke with us in a long talk this past  March, she said.",
     "It was a long winter. Mid-March brought rain; late January did not.",
     "A long lead-in with no month at all " * 20 + "and then Thursday, 4 Sept. 2023.",
     "Marcus and Mayfield met until March 3; from Jan. 24 they met again on May 2, 2019.",
     "The deal, struck in its last March, ran until Sunday, the 2nd of October, 2022.",
     "Nothing here names a month of the year."),
    ("Wednesday,", "Sunday", "the", "The", "31st", "2nd", "4", "of", "month", "Beginning of",
     "beginning of", "End of", "Start of", "Mid-", "mid", "In", "in", "during", "Early", "late",
     "This past", "last", "Next", "this", "his", "its", "by", "until", "from", "year",
     "March", "Mar.", "Sept", "May", "Jan", "Marcus", "2021", "1999", "said"),
)
YEARS = Bounded(
    dates._CENTURIES, ("iso_date", "year_in", "year_of"),
    date_scan.YEAR_LEAD_WORDS, date_scan.YEAR_LEAD_CHARS,
    ("A long preamble. At the beginning of 2019 the works began, and in a 1971 interview he agreed.",
     "Filler first. Beginning of \n\t 2019, the mid-2020 plan and 2024-11-05 stood.",
     "It cost 1,920 pounds in 2,019 shops; by 2030 it will not; the spring of  1999 was wet.",
     "Their 2019 memoir, her 2020 book, that 1998 race and an 1820 map.",
     "Nothing here names a year at all."),
    ("the", "The", "beginning", "Beginning of", "end", "spring", "of", "in", "In", "during",
     "Mid-", "early", "a", "an", "his", "their", "that", "since", "by", "2019", "1971", "20", "19",
     "2024-11-05", "1,920", "interview", "said"),
)
GROUPS = {"months": MONTHS, "years": YEARS}
MARKS = ("-", ",", ".", "x", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\u3000")


@pytest.mark.parametrize("group", GROUPS)
def test_the_bounded_rules_are_the_needs_rules(group: str) -> None:
    g = GROUPS[group]
    assert g.rules == tuple(rule for rule, _ in dates._RULES if dates._NEEDS[rule] is g.need)


@pytest.mark.parametrize("group, text", [(k, t) for k, g in GROUPS.items() for t in g.texts])
def test_same_matches_as_from_the_start(group: str, text: str) -> None:
    g = GROUPS[group]
    assert g.spans(text, g.start(text)) == g.spans(text, 0)


@pytest.mark.parametrize("group", GROUPS)
def test_same_matches_on_built_texts(group: str) -> None:
    """Texts assembled at random from the pieces a match, its longest leads and its lookbehinds
    are made of."""
    g = GROUPS[group]
    pieces = g.pieces + MARKS
    rng = random.Random(64)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", "  ", "\n", "\u00a0"])
                       for _ in range(rng.randint(1, 16)))
        assert g.spans(text, g.start(text)) == g.spans(text, 0), text


@pytest.mark.parametrize("group, words, name", [
    ("months", ["Wednesday,", "the", "31st", "of"], "March 2021"),  # day_month_year
    ("months", ["beginning of", "the", "month", "of"], "March,"),  # month_in
    ("months", ["This past"], "March,"),  # last_month_name
    ("months", ["Wednesday,"], "March 3,"),  # month_day
    ("years", ["the", "beginning", "of"], "2019,"),  # year_in, after a season word
    ("years", ["Beginning of"], "2019,"),  # year_in, after its longest preposition
    ("years", ["their"], "2019 memoir"),  # year_of
])
def test_the_bound_reaches_the_longest_leads(group: str, words: list[str], name: str) -> None:
    """The longest leads, with runs of spaces wider than any word between their words, are
    found whole: the bound's two numbers (``*_LEAD_WORDS``, ``*_LEAD_CHARS``) cover them."""
    g = GROUPS[group]
    # each run of spaces wider than a word: every step of the bound then passes one word only
    text = "x" * 80 + " " + (" \n\t\u3000 " * 3).join(words + [name]) + " "
    spans = [s for rule in g.spans(text, g.start(text)) for s in rule]
    assert min(s for s, _ in spans) == 81
    assert g.spans(text, g.start(text)) == g.spans(text, 0)


def test_mid_month_is_found() -> None:
    text = "x" * 80 + " Mid-March, "
    assert [s for rule in MONTHS.spans(text, MONTHS.start(text)) for s in rule] == [(81, 90)]


@pytest.mark.parametrize("group, name", [("months", "March"), ("years", "2019")])
def test_the_longest_word_fits_and_no_less(group: str, name: str) -> None:
    """A word one character shorter than the bound's would leave "Beginning of" out."""
    g = GROUPS[group]
    text = "x" * 80 + f" Beginning of {name} "
    before = len(text[: g.first(text)].rstrip())
    assert before - g.chars == 81
    assert before - (g.chars - 1) > 81


@pytest.mark.parametrize("text, want", [
    ("A long preamble, with no month named. They met in the month of March.", ("in the month of March", "2026-03")),
    ("A long preamble, with no year named. It began at the start of 2019.", ("the start of 2019", "2019")),
])
def test_dates_found_with_the_scan(text: str, want: tuple[str, str]) -> None:
    assert [(d.text, d.value) for d in dates.find_dates(text, "2026-12-06")] == [want]


# What each bounded rule's pattern holds before its name, as the bounds' numbers were read from
# it (date_scan.py): a rule edited there fails here, so that whoever edits it re-reads
# MONTH_LEAD_*, YEAR_LEAD_* or WEEKDAY_LEAD, adds the new lead to the texts above, and then
# the fingerprint. (A lead the numbers do not cover would lose dates without a test failing.)
LEAD_FINGERPRINTS = {
    "iso_date": "3b6c696df3032971", "month_day_year": "8da5096516f85923",
    "day_month_year": "64abc8a971070af7", "month_year": "9cd8befa177dcb17",
    "month_last_year": "9cd8befa177dcb17", "month_day": "7bdc9964f533d5e1",
    "day_month": "004ce19f476a5ade", "last_month_name": "b937ebd0e990ffc6",
    "month_in": "cc194903d0721a80", "year_in": "98c2fe2e216a8944", "year_of": "d3cbb2bd0b2ce4a2",
    "weekday": "e322474f6bc45c9e",
}


@pytest.mark.parametrize("rule", LEAD_FINGERPRINTS)
def test_the_leads_the_numbers_were_read_from(rule: str) -> None:
    import hashlib

    source = dict(dates._RULES)[rule].pattern
    name = next(g for g in ("(?P<weekday>", "(?P<month>", "(?P<year>", "(?P<iso>") if g in source
                and (rule == "weekday") == (g == "(?P<weekday>"))
    lead = source.split(name)[0]
    assert hashlib.sha1(lead.encode()).hexdigest()[:16] == LEAD_FINGERPRINTS[rule]
