"""Where the date rules' scans may start in a paragraph (context/dates.py).

The weekday and month rules each sit behind a lookahead (text/find.gated) that the engine tries
at every character from the scan's start, and most paragraphs name their first weekday or month
well into the text. Every match of those rules holds the name, and before it only a few short
leading words, each after a run of spaces, so no match can begin earlier than a bound read back
from the first name; the scan starts there. ``finditer``'s start is no string start: the rules'
lookbehinds still read the text before it, so the matches are the same
(tests/context/test_weekday_scan.py, tests/context/test_month_scan.py).

Both bounds step back over a run of spaces with ``str.rstrip``, which strips exactly the code
points ``\\s`` matches (a test checks every code point)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..text.find import find_all, first_of

# the longest of the weekday rule's words before its weekday ("Last", "Next", "On", "Late on",
# "Early on", "This past"); only spaces come between it and the name
WEEKDAY_LEAD = len("This past")

# The month rules' leads: at most four words before the month name, each followed by a run of
# spaces (or, for "Mid-", by the name itself): "Wednesday, the 31st of March 2021" (a weekday
# and its comma, "the", a day, "of"), "beginning of the month of March" (a preposition of up to
# two words, "the", "month", "of"), "This past March". The longest word is the preposition
# "Beginning of". tests/context/test_month_scan.py builds such leads and checks both numbers.
MONTH_LEAD_WORDS = 4
MONTH_LEAD_CHARS = len("Beginning of")
# The year rules' leads (iso_date, year_in, year_of): at most three words before the year,
# each followed by a run of spaces: "the beginning of 2019", "Beginning of 2019", "in a 1971
# interview"; an ISO date opens with its year. tests/context/test_year_scan.py checks both.
YEAR_LEAD_WORDS = 3
YEAR_LEAD_CHARS = len("Beginning of")


def weekday_scan_start(text: str, names: Iterable[str]) -> int:
    """Where the weekday rule's scan may start; -1 where ``text`` holds none of ``names``. On
    the bench's paragraphs with a weekday, the rule's scan was a fifth of the date search."""
    first = first_of(text, names)
    if first < 0:
        return -1
    return max(0, len(text[:first].rstrip()) - WEEKDAY_LEAD)


def weekday_matches(pattern: re.Pattern[str], text: str, floor: int,
                    names: Iterable[str]) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer(text, floor)`` finds (the weekday rule's), tried only at
    the positions from each weekday name's possible leading word to the name. The rule's gate
    read ahead at every character up to the paragraph's end, a sixth of the date search after
    the scan started near the first name; every match holds a name with only its leading word
    and spaces before it, so a match that starts elsewhere cannot exist, and trying each name's
    positions left to right, from the end of the last match, keeps finditer's order."""
    cur = floor
    for n in find_all(text, names):
        if n < cur:
            continue  # inside the last match: a match from ``cur`` on cannot hold this name
        for p in range(_lead_start(text, n, cur), n + 1):
            m = pattern.match(text, p)
            if m is not None:
                yield m
                cur = m.end()
                break


def _lead_start(text: str, n: int, floor: int) -> int:
    """The earliest position (not before ``floor``) where a match holding the name at ``n``
    may begin: back over the run of spaces before it, then over the longest leading word. The
    run is stripped in slices: a copy of all the text before each name would make a paragraph
    of many names quadratic."""
    end = n
    while end > floor:
        lo = max(floor, end - _SPACE_SLICE)
        kept = len(text[lo:end].rstrip())
        end = lo + kept
        if kept:
            break
    return max(floor, end - WEEKDAY_LEAD)


# characters of a run of spaces stripped at a time (_lead_start): one slice for any usual run
_SPACE_SLICE = 64


def lead_scan_start(text: str, first: int, words: int, chars: int) -> int:
    """Where the scans of rules whose matches hold a name (a month, a year) after at most
    ``words`` leading words of at most ``chars`` characters each may start, ``first`` being
    where the first such name stands. Each step goes back over a run of spaces and then over
    one word: never past the start of the word a match's lead holds there, and the step is
    monotone, so after ``words`` steps from the first name no match of that name or of any later
    one begins earlier."""
    pos = first
    for _ in range(words):
        pos = max(0, len(text[:pos].rstrip()) - chars)
        if pos == 0:
            break
    return pos
