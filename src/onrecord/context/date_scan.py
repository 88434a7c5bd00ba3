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

from collections.abc import Iterable

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


def weekday_scan_start(text: str, names: Iterable[str]) -> int:
    """Where the weekday rule's scan may start; -1 where ``text`` holds none of ``names``. On
    the bench's paragraphs with a weekday, the rule's scan was a fifth of the date search."""
    first = min((i for i in map(text.find, names) if i >= 0), default=-1)
    if first < 0:
        return -1
    return max(0, len(text[:first].rstrip()) - WEEKDAY_LEAD)


def month_scan_start(text: str, first: int) -> int:
    """Where the month rules' scans may start, ``first`` being where the first month stem
    stands. Each step goes back over a run of spaces and then over one word of at most
    ``MONTH_LEAD_CHARS``: never past the start of the word a match's lead holds there, and the
    step is monotone, so after ``MONTH_LEAD_WORDS`` steps from the first name no match of that
    name or of any later one begins earlier."""
    pos = first
    for _ in range(MONTH_LEAD_WORDS):
        pos = max(0, len(text[:pos].rstrip()) - MONTH_LEAD_CHARS)
        if pos == 0:
            break
    return pos
