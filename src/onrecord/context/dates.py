"""Relative and absolute date expressions, found with rules and resolved against a reference.

dateparser resolves "yesterday" but not newsroom phrasing: "last November", "the very next
month", "May last year", "Jan. 24", "on Thursday", "a week earlier". These rules do, as pure
functions of (text, publication date, previous date mentioned), so a table test can pin them.

Two kinds of expressions:

- *deictic*: relative to the publication date ("last November", "yesterday", "two years ago",
  "on Thursday", "in October", "Jan. 24"); a month or day without a year means the most recent
  one on or before publication, because an article reports what was already said;
- *anaphoric*: relative to the date mentioned just before ("the very next month", "a week
  earlier", "the following day"); without such a date they fall back to the publication date
  and say so in ``rule``.

Every match is a ``DateExpression`` carrying its text, offsets, resolved value, granularity and
the rule that produced it; an expression that cannot be resolved (no publication date for a
deictic one) has ``value=None`` and a ``note`` saying why, never a silent drop.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from types import MappingProxyType
from typing import Literal

from ..lexicon.calendar import MONTHS, WEEKDAYS
from ..text.find import Need, alternation, first_of, gated, holds_need
from .date_future import FORWARDABLE, forward, future_clause
from .date_scan import (MONTH_LEAD_CHARS, MONTH_LEAD_WORDS, YEAR_LEAD_CHARS, YEAR_LEAD_WORDS, lead_scan_start,
                        weekday_matches, weekday_scan_start)

Granularity = Literal["day", "week", "month", "year"]
_ORDER = MappingProxyType({"day": 0, "week": 1, "month": 2, "year": 3})

NUMBER_WORDS = MappingProxyType({
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30,
})


@dataclass(frozen=True)
class DateExpression:
    """One date expression in a text and what it resolves to.

    ``value`` is "YYYY", "YYYY-MM" or "YYYY-MM-DD" by ``granularity`` (a week is given by its
    Monday, "YYYY-MM-DD"); ``None`` when it could not be resolved (``note`` says why)."""

    text: str
    start: int
    end: int
    value: str | None
    granularity: Granularity
    rule: str
    anaphoric: bool = False  # resolved against the previous date mentioned, not publication
    note: str = ""

    @property
    def date_hint(self) -> str | None:
        """The contract's ``date_hint`` ("YYYY-MM" or "YYYY-MM-DD"): a week becomes the month
        of its Thursday (a week straddling two months belongs to the one holding most of it);
        a bare year is too coarse for the contract's format and gives ``None``."""
        if self.value is None or self.granularity == "year":
            return None
        if self.granularity == "week":
            thursday = date.fromisoformat(self.value) + timedelta(days=3)
            return f"{thursday.year:04d}-{thursday.month:02d}"
        return self.value

    def as_date(self) -> date | None:
        """A representative day: the day itself, a week's Thursday, the 15th of a month, or
        1 July of a year (so arithmetic from a coarse anchor lands in the right period)."""
        return _representative(self.value, self.granularity)


def _representative(value: str | None, granularity: str) -> date | None:
    if value is None:
        return None
    if granularity == "day":
        return date.fromisoformat(value)
    if granularity == "week":
        return date.fromisoformat(value) + timedelta(days=3)
    if granularity == "month":
        y, m = value.split("-")
        return date(int(y), int(m), 15)
    return date(int(value), 7, 1)


def _fmt(d: date, granularity: str) -> str:
    if granularity == "year":
        return f"{d.year:04d}"
    if granularity == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if granularity == "week":
        monday = d - timedelta(days=d.weekday())
        return monday.isoformat()
    return d.isoformat()


def _coarser(a: str, b: str) -> str:
    return a if _ORDER[a] >= _ORDER[b] else b


def add_months(d: date, months: int) -> date:
    total = d.year * 12 + (d.month - 1) + months
    y, m = divmod(total, 12)
    day = min(d.day, calendar.monthrange(y, m + 1)[1])
    return date(y, m + 1, day)


def shift(d: date, amount: int, unit: str) -> date:
    """``d`` moved by ``amount`` units (day, week, month, year); negative is earlier."""
    if unit == "day":
        return d + timedelta(days=amount)
    if unit == "week":
        return d + timedelta(weeks=amount)
    if unit == "month":
        return add_months(d, amount)
    return add_months(d, 12 * amount)


def most_recent_month(month: int, ref: date, *, strictly_before: bool = False) -> date:
    """The month ``month`` most recently on or before ``ref``'s month (``strictly_before``:
    before it). "In October" in a March 2025 piece is October 2024: articles report the past."""
    year = ref.year
    if month > ref.month or (strictly_before and month == ref.month):
        year -= 1
    return date(year, month, 15)


def most_recent_day(month: int, day: int, ref: date) -> date | None:
    """Month/day without a year: the most recent such day on or before ``ref`` ("Jan. 24" in
    a March 2025 piece is 2025-01-24; "Dec. 24" is 2024-12-24)."""
    for year in (ref.year, ref.year - 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d <= ref:
            return d
    return None


def most_recent_weekday(weekday: int, ref: date, *, strictly_before: bool = False) -> date:
    """"On Thursday" in a wire story dated Thursday is that day; otherwise the previous one."""
    delta = (ref.weekday() - weekday) % 7
    if delta == 0 and strictly_before:
        delta = 7
    return ref - timedelta(days=delta)


# ---------------------------------------------------------------------------------------------
# Patterns. Month names are matched case-sensitively (capitalised) so the verb "march" and the
# modal "may" never count; a bare month also needs a preposition or a day/year next to it.

_FULL = tuple(m.capitalize() for m in MONTHS if len(m) > 4 or m in ("may", "june", "july"))
_ABBR = tuple(m.capitalize() for m in MONTHS if m.capitalize() not in _FULL)
# the period belongs to an abbreviation ("Jan. 24"); after a full name it ends the sentence
MONTH = (r"(?P<month>" + alternation(_FULL) + "|(?:"
         + alternation(_ABBR) + r")(?=\.?\s*\d)" + r")(?:(?<=[a-z])\.(?=\s*\d))?")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAY_NAMES) + ")"
NUM = r"(?P<num>\d{1,2}|(?i:" + alternation(NUMBER_WORDS) + "))"
UNIT = r"(?P<unit>day|week|month|year)s?"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"
B = r"(?<![\w-])"  # token start
# not after a word that makes the date a deadline or the edge of a span ("return by Tuesday
# evening", "until March 3", "from Jan. 24"): those say nothing about when words were said
# "in its last month", "his last year at the club": a possessive makes "last" mean "final", not
# "the one before now" (dev-set restaurant piece: "came to Smoke in its last month")
NOT_OWNED = r"(?<!\bits )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bour )(?<!\bmy )(?<!\byour )(?<!\bwhose )"
# "on the last night" is the final night, not yesterday's
NOT_THE = r"(?<!\bthe )(?<!\bThe )"
NOT_SPAN = r"(?<!\bby )(?<!\buntil )(?<!\btill )(?<!\bbefore )(?<!\bafter )(?<!\bfrom )(?<!\bsince )(?<!\bthrough )"
E = r"(?![\w-])"  # token end
# Only prepositions that say *when* something happened: "since 1987", "until June", "by 2030"
# give a span or a deadline, not the moment words were said (dev-set article: "has lived there
# since 1987" attached 1987 to a quote).
PREP = r"(?:[Ii]n|[Oo]n|[Dd]uring|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id-|[Mm]id|[Ee]nd of|[Bb]eginning of|[Ss]tart of)"


def _n(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


# the weekday rule's start: a character class would pass at every space (its optional word is
# followed by \s*), so the lookahead reads through to the weekday's shape
_WEEKDAY_AHEAD = r"(?:[LlTtNnOoEe][a-z]{1,4}(?: on| past)?)?\s*[MTWFS][a-z]{2,5}day"

# (rule name, compiled pattern), each behind a lookahead for what its match can begin with
# (text/find.gated): most open with a dozen or more lookbehinds (B, NOT_SPAN, NOT_OWNED,
# NOT_THE) that the engine tried at every character of every paragraph holding the rule's words,
# half of the context resolution's time. Order matters: at one position the longest match wins,
# and on a tie the earlier rule. Anaphoric rules are marked by the "ana_" prefix.
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso_date", gated("[12]", B + r"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)" + E)),
    ("month_day_year", gated("[JFMASONDTW]", B + r"(?:" + WEEKDAY + r",?\s+)?" + MONTH + r"\s+" + DAY + r",?\s+" + YEAR + E)),
    ("day_month_year", gated(r"[\dtMTWFS]", B + r"(?:" + WEEKDAY + r",?\s+)?(?:the\s+)?" + DAY + r"(?:\s+of)?\s+" + MONTH + r",?\s+" + YEAR + E)),
    ("month_year", gated("[JFMASOND]", B + MONTH + r",?\s+(?:of\s+)?" + YEAR + E)),
    ("month_last_year", gated("[JFMASOND]", B + MONTH + r"\s+(?P<which>last|this|next)\s+year" + E)),
    ("month_day", gated("[JFMASONDTW]", B + NOT_SPAN + r"(?:" + WEEKDAY + r",?\s+)?" + MONTH + r"\s+" + DAY + E + r"(?!,?\s+(?:19|20)\d\d)(?!\s*[:.]\d)")),
    ("day_month", gated(r"[\dtMTWFS]", B + NOT_SPAN + r"(?:" + WEEKDAY + r",?\s+)?(?:the\s+)?" + DAY + r"(?:\s+of)?\s+" + MONTH + E + r"(?!,?\s+(?:19|20)\d\d)")),
    ("last_month_name", gated("[LlTtNn]", B + NOT_SPAN + NOT_OWNED + NOT_THE + r"(?P<which>[Ll]ast|[Tt]his|[Nn]ext|[Tt]his past)\s+" + MONTH + E)),
    ("month_in", gated("[IiOoDdEeLlMmBbSs]", B + PREP + r"(?:(?<=-)|\s+)(?:the\s+(?:month\s+of\s+)?)?" + MONTH + E + r"(?!\s+\d)(?!['’]s)")),
    ("year_in", gated("[IiOoDdEeLlMmBbSst]", B + r"(?:" + PREP + r"|the\s+(?:spring|summer|autumn|fall|winter|end|start|beginning)\s+of)\s+" + YEAR + E + r"(?![,.]\d)")),
    # "in a 1971 interview", "her 2019 memoir": the year of a named occasion
    ("year_of", gated("[ahit]", B + r"(?:a|an|his|her|their|its|the|that)\s+" + YEAR + r"(?=\s+[a-z])")),
    ("yesterday", gated("[YyTtLl]", B + NOT_OWNED + NOT_THE + r"(?P<word>[Yy]esterday|[Tt]oday|[Tt]his morning|[Tt]his afternoon|[Tt]his evening|[Tt]onight|[Ll]ast night|[Tt]he day before yesterday)" + E)),
    ("weekday", gated(_WEEKDAY_AHEAD, B + NOT_SPAN + NOT_OWNED + NOT_THE + r"(?<!last )(?<!first )(?<!past )(?<!next )" + r"(?P<which>[Ll]ast|[Tt]his past|[Nn]ext|[Oo]n|[Ll]ate on|[Ee]arly on)?\s*" + WEEKDAY + r"(?:\s+(?:morning|afternoon|evening|night))?" + E)),
    ("this_period", gated("[EeLlTtNnPp]", B + NOT_OWNED + r"(?:(?P<when>[Ee]arlier|[Ll]ater)\s+)?(?P<which>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+(?P<period>week|month|year)" + E)),
    ("ago", gated(r"[\dAaEeFfJjNnOoSsTt]", B + r"(?:about\s+|nearly\s+|almost\s+|some\s+|just\s+over\s+)?" + NUM + r"\s+" + UNIT + r"\s+ago" + E, re.I)),
    ("ana_later", gated(r"[\dAaEeFfJjNnOoSsTtſ]", B + r"(?:[Jj]ust\s+|[Oo]nly\s+)?" + NUM + r"\s+" + UNIT + r"\s+(?P<dir>earlier|later|afterwards|(?:before|after|on)(?=\s*[,.;:—–)]))" + E)),
    ("ana_next", gated("[Tt]", B + r"(?:[Tt]he|[Tt]hat)\s+(?:(?:very|same)\s+)?(?P<rel>next|following|previous|preceding|prior|same)\s+(?P<period>day|week|month|year)" + E)),
    ("ana_before", gated("[Tt]", B + r"(?:[Tt]he|[Tt]hat)\s+(?P<period>day|week|month|year)\s+(?P<rel>before|after|earlier|later)" + E)),
    ("ana_that", gated("[EeLlTt]", B + r"(?:(?P<when>[Ee]arlier|[Ll]ater)\s+)?(?:[Tt]hat|[Tt]he same)\s+(?P<period>day|week|month|year)" + E)),
)

# Words each rule cannot match without (a superset: plain substrings, in the case the rule
# matches them; "ago" is the one matched in any case). A paragraph holding none skips the rule:
# 19 scans with leading lookbehinds at every position cost ~2 s per MB (a 2 MB one-line
# paragraph spent most of `onrecord extract` here; issue 10), and most paragraphs hold no date
# word at all. Substring tests or literal-led patterns, which the engine scans fast (not a
# lower-cased copy: 100 MB more at the peak of a 50 MB paragraph). The months are one pattern of
# the twelve three-letter stems every full or short name begins with: a character class leads
# it, and on the 500 BBC articles of bench_attribute.py it took 3 ms where the 24 names as
# substrings took 15 ms, passing the same paragraphs.
_MONTH_NAMES = re.compile("|".join(sorted({m[:3] for m in _FULL + _ABBR})))
_CENTURIES = ("19", "20")
_NEEDS: Mapping[str, Need] = MappingProxyType({
    "iso_date": _CENTURIES, "month_day_year": _MONTH_NAMES, "day_month_year": _MONTH_NAMES,
    "month_year": _MONTH_NAMES, "month_last_year": _MONTH_NAMES, "month_day": _MONTH_NAMES,
    "day_month": _MONTH_NAMES, "last_month_name": _MONTH_NAMES, "month_in": _MONTH_NAMES,
    "year_in": _CENTURIES, "year_of": _CENTURIES,
    "yesterday": ("esterday", "oday", "morning", "afternoon", "evening", "onight", "night"),
    "weekday": WEEKDAY_NAMES,
    # the unit rules: "year" is in most paragraphs of news, so the test is the unit with the
    # word the rule needs beside it (a literal-led pattern the engine scans fast); each is
    # implied by its rule. On a 2 MB paragraph of "next year"s four of the six scans are saved.
    "this_period": re.compile(r"(?:ast|his|ext)\s+(?:week|month|year)"),
    # "ago" in any case, as its rule reads it: a class-led pattern, where the unit before it
    # under IGNORECASE took the engine 31 ms on those articles against 5 (and ~0 for the rule)
    "ago": re.compile(r"[Aa][Gg][Oo]"),
    "ana_later": re.compile(r"(?:day|week|month|year)s?\s+(?:earlier|later|afterwards|before|after|on)"),
    "ana_next": re.compile(r"(?:next|following|previous|preceding|prior|same)\s+(?:day|week|month|year)"),
    "ana_before": re.compile(r"(?:day|week|month|year)\s+(?:before|after|earlier|later)"),
    "ana_that": re.compile(r"(?:hat|he same)\s+(?:day|week|month|year)"),
})

# the distinct needs in rule order, and each rule's index among them
_NEED_LIST = tuple(dict.fromkeys(_NEEDS[rule] for rule, _ in _RULES))
_RULE_NEED = tuple(_NEED_LIST.index(_NEEDS[rule]) for rule, _ in _RULES)


# The rules whose needs hold a unit word ("week", "days"): most paragraphs hold none (1,584 of
# the 2,378 one bench share hands the date search), and four substring tests answer for their
# five scans (the "ago" rule reads its unit in any case, and is left to its own need)
_UNITS = ("day", "week", "month", "year")
_UNIT_RULES = ("this_period", "ana_later", "ana_next", "ana_before", "ana_that")
_NEED_UNIT = tuple(any(_NEEDS[rule] is need for rule in _UNIT_RULES) for need in _NEED_LIST)


def _scan_starts(text: str) -> list[int]:
    """Each distinct need's ``_scan_start`` in ``text``, by its index in ``_NEED_LIST`` (keyed
    by the need itself, every rule's lookup hashed a compiled pattern's whole program again)."""
    units = any(u in text for u in _UNITS)
    return [_scan_start(need, text) if units or not unit else -1 for need, unit in zip(_NEED_LIST, _NEED_UNIT)]


def _scan_start(need: Need, text: str) -> int:
    """-1 where ``text`` lacks what a rule needs (one of its words, or its pattern's match);
    otherwise where the scans of the rules behind that need may start (date_scan.py): near the
    first weekday name, month stem or century ("19", "20") for the rules that hold one, else 0."""
    if need is WEEKDAY_NAMES:
        return weekday_scan_start(text, need)
    if need is _MONTH_NAMES:
        m = need.search(text)
        return -1 if m is None else lead_scan_start(text, m.start(), MONTH_LEAD_WORDS, MONTH_LEAD_CHARS)
    if need is _CENTURIES:
        first = first_of(text, need)
        return -1 if first < 0 else lead_scan_start(text, first, YEAR_LEAD_WORDS, YEAR_LEAD_CHARS)
    return 0 if holds_need(text, need) else -1


def _month_of(m: re.Match[str]) -> int:
    return MONTHS[m.group("month").lower().rstrip(".")]


def _resolve(rule: str, m: re.Match[str], published: date | None,
             anchor: DateExpression | None) -> tuple[str | None, Granularity, bool, str, str]:
    """(value, granularity, anaphoric, rule label, note) for one match."""
    g = m.groupdict()
    pub_note = "needs a publication date"
    if not rule.startswith("ana_"):
        found = _calendar(rule, m, g, published)
        if found is not None:
            return found
        if published is None:
            return None, "month", False, rule, pub_note
        return _from_publication(rule, m, g, published)
    return _anaphoric(rule, g, published, anchor)


_Resolved = tuple[str | None, Granularity, bool, str, str]


def _calendar(rule: str, m: re.Match[str], g: dict, published: date | None) -> _Resolved | None:
    """The rules that name a calendar date, month or year (a bare "June 21" read against the
    publication date); None for a rule relative to the publication date."""
    pub_note = "needs a publication date"
    if rule == "iso_date":
        try:
            return date.fromisoformat(g["iso"]).isoformat(), "day", False, rule, ""
        except ValueError:
            return None, "day", False, rule, "not a calendar date"
    if rule in ("month_day_year", "day_month_year"):
        try:
            d = date(int(g["year"]), _month_of(m), int(g["day"]))
        except ValueError:
            return None, "day", False, rule, "not a calendar date"
        return d.isoformat(), "day", False, rule, ""
    if rule == "month_year":
        return f"{int(g['year']):04d}-{_month_of(m):02d}", "month", False, rule, ""
    if rule in ("year_in", "year_of"):
        return g["year"], "year", False, rule, ""
    if rule in ("month_day", "day_month"):
        if published is None:
            return None, "day", False, rule, pub_note
        d = most_recent_day(_month_of(m), int(g["day"]), published)
        if d is None:
            return None, "day", False, rule, "not a calendar date"
        return d.isoformat(), "day", False, rule + " (most recent on or before publication)", ""
    return None


def _from_publication(rule: str, m: re.Match[str], g: dict, published: date) -> _Resolved:
    """The rules relative to the publication date ("last March", "on Thursday", "two weeks ago")."""
    if rule == "month_last_year":
        assert published is not None
        offset = {"last": -1, "this": 0, "next": 1}[g["which"].lower()]
        return f"{published.year + offset:04d}-{_month_of(m):02d}", "month", False, rule, ""
    if rule == "last_month_name":
        assert published is not None
        which = g["which"].lower()
        if which == "next":
            year = published.year + (1 if _month_of(m) <= published.month else 0)
            return f"{year:04d}-{_month_of(m):02d}", "month", False, rule, ""
        if which == "this":  # "this October": the one of the publication year
            return f"{published.year:04d}-{_month_of(m):02d}", "month", False, rule, ""
        d = most_recent_month(_month_of(m), published, strictly_before=True)
        return _fmt(d, "month"), "month", False, rule, ""
    if rule == "month_in":
        assert published is not None
        d = most_recent_month(_month_of(m), published)
        return _fmt(d, "month"), "month", False, rule + " (most recent on or before publication)", ""
    if rule == "yesterday":
        assert published is not None
        word = g["word"].lower()
        back = 2 if word.startswith("the day before") else 1 if word in ("yesterday", "last night") else 0
        return (published - timedelta(days=back)).isoformat(), "day", False, rule, ""
    if rule == "weekday":
        assert published is not None
        which = (g["which"] or "").lower()
        wd = WEEKDAYS[g["weekday"].lower()]
        if which == "next":
            delta = (wd - published.weekday()) % 7 or 7
            return (published + timedelta(days=delta)).isoformat(), "day", False, rule, ""
        d = most_recent_weekday(wd, published, strictly_before=which in ("last", "this past"))
        return d.isoformat(), "day", False, rule, ""
    if rule == "this_period":
        assert published is not None
        period = g["period"]
        which = g["which"].lower()
        step = {"last": -1, "past": -1, "this": 0, "next": 1}[which]
        d = shift(published, step, period)
        gran: Granularity = period  # type: ignore[assignment]
        return _fmt(d, gran), gran, False, rule, ""
    # rule == "ago"
    assert published is not None
    unit = g["unit"].lower()
    d = shift(published, -_n(g["num"]), unit)
    return _fmt(d, unit), unit, False, rule, ""  # type: ignore[return-value]


def _anaphoric(rule: str, g: dict, published: date | None, anchor: DateExpression | None) -> _Resolved:
    """The rules relative to the previous date mentioned, else to publication ("a week later",
    "the next day", "that month")."""
    # anaphoric rules: relative to the previous date mentioned, else publication
    ref_expr = anchor if anchor is not None and anchor.value is not None else None
    if ref_expr is not None:
        ref = ref_expr.as_date()
        ref_gran: str = ref_expr.granularity
        label = f"{rule} (relative to '{ref_expr.text}')"
    elif published is not None:
        ref, ref_gran, label = published, "day", f"{rule} (no earlier date: relative to publication)"
    else:
        return None, "day", True, rule, "no earlier date and no publication date"
    assert ref is not None
    if rule == "ana_later":
        unit = g["unit"].lower()
        sign = -1 if g["dir"].lower() in ("earlier", "before") else 1
        # "a week earlier" than a day is a day; "two years later" than a day is only a year
        gran2 = ref_gran if unit in ("day", "week") else _coarser(unit, ref_gran)
        return _fmt(shift(ref, sign * _n(g["num"]), unit), gran2), gran2, True, label, ""  # type: ignore[return-value]
    if rule in ("ana_next", "ana_before"):
        period = g["period"]
        rel = g["rel"].lower()
        step = 1 if rel in ("next", "following", "after", "later") else 0 if rel == "same" else -1
        gran2 = _coarser(period, ref_gran)
        return _fmt(shift(ref, step, period), gran2), gran2, True, label, ""  # type: ignore[return-value]
    # ana_that: "that month", "later that year", "the same day"
    period = g["period"]
    gran2 = _coarser(period, ref_gran)
    return _fmt(ref, gran2), gran2, True, label, ""  # type: ignore[return-value]


def find_dates(text: str, published: date | str | None = None,
               anchor: DateExpression | None = None) -> list[DateExpression]:
    """Every date expression in ``text``, left to right, each anaphoric one resolved against
    the expression before it (or ``anchor``, the last date before ``text``), else publication.

    Overlaps: the longest match wins (so "Thursday, March 6, 2025" is one day, not a weekday
    plus a date, and "in March 2021" is a month, not "in March")."""
    if isinstance(published, str):
        published = date.fromisoformat(published)
    spans: list[tuple[int, int, int, str, re.Match[str]]] = []
    scan_from = _scan_starts(text)
    for order, (rule, pattern) in enumerate(_RULES):
        at = scan_from[_RULE_NEED[order]]
        if at < 0:
            continue
        # the weekday rule is tried near each weekday name only (date_scan.weekday_matches)
        found = weekday_matches(pattern, text, at, WEEKDAY_NAMES) if rule == "weekday" \
            else pattern.finditer(text, at)
        for m in found:
            s, e = m.span()
            # the weekday rule's optional leading space must not count
            while s < e and text[s].isspace():
                s += 1
            if e > s:
                spans.append((s, -(e - s), order, rule, m))
    # longest first, then earlier rule: "in October 2019" is one month, not "in October"
    spans.sort(key=lambda t: (t[1], t[2], t[0]))
    chosen: list[tuple[int, int, str, re.Match[str]]] = []
    # characters already inside a chosen expression: one lookup per candidate, where comparing
    # with every chosen one made a 1 MB paragraph of "next year"s quadratic (issue 10)
    taken = bytearray(len(text))
    for s, neg_len, _order, rule, m in spans:
        e = s - neg_len
        if taken.find(1, s, e) != -1:
            continue
        taken[s:e] = b"\x01" * (e - s)
        chosen.append((s, e, rule, m))
    chosen.sort(key=lambda t: t[0])
    out: list[DateExpression] = []
    prev = anchor
    for s, e, rule, m in chosen:
        try:
            value, gran, anaphoric, label, note = _resolve(rule, m, published, prev)
            if rule in FORWARDABLE and published is not None and value is not None and future_clause(text, s):
                value, label = forward(rule, m, published, value, gran), rule + " (future tense: next on or after publication)"
        except (OverflowError, ValueError):
            # "last week" in an article of 3 January of year 1 falls off the calendar
            # (date.min..date.max): extraction crashed with exit 3 (issue 10); no value instead.
            value, gran, anaphoric, label, note = None, None, False, rule, "falls outside the calendar"
        expr = DateExpression(text[s:e], s, e, value, gran, label, anaphoric or rule.startswith("ana_"), note)
        out.append(expr)
        if expr.value is not None:
            prev = expr
    return out


def resolve_expression(expression: str, published: date | str | None,
                       anchor: DateExpression | None = None) -> DateExpression | None:
    """Resolve one expression on its own (the unit the table test pins): the longest date
    expression found in ``expression``, or ``None`` when it holds none."""
    found = find_dates(expression, published, anchor)
    if not found:
        return None
    return max(found, key=lambda x: x.end - x.start)


def anchor_at(value: str, granularity: Granularity, text: str = "(earlier date)") -> DateExpression:
    """A ready-made previous date, for resolving an anaphoric expression on its own."""
    return DateExpression(text, 0, 0, value, granularity, "given")


def shifted(expr: DateExpression, offset: int) -> DateExpression:
    """``expr`` with its offsets moved by ``offset`` (found in a slice, reported in the text)."""
    return replace(expr, start=expr.start + offset, end=expr.end + offset)
