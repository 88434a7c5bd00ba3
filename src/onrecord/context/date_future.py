"""The future-tense reading of a bare date: in a clause about the future, "on June 21" or "on
Tuesday" names the next such day on or after publication, not the last one before it (moved out
of dates.py whole, unchanged, when that module passed 500 lines; round 62, lane speed63)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..lexicon.calendar import WEEKDAYS

# A bare month, day or weekday in a clause about the future names the next one, not the last:
# "The unions will strike again on June 21", "The council is due to meet again on December 2"
# (both dev-set articles, where the backward rule gave a date a year before publication).
FUTURE = re.compile(r"\b(?:will|shall|won't|is due|are due|is set to|are set to|is scheduled|are "
                    r"scheduled|is expected to|are expected to|plans? to|intends? to|going to|next)\b|'ll\b",
                    re.I)
FORWARDABLE = frozenset({"month_day", "day_month", "month_in", "weekday"})


def future_clause(text: str, start: int) -> bool:
    """A future marker between the start of the expression's sentence and the expression."""
    before = text[max(0, start - 120):start]
    cut = max(before.rfind(". "), before.rfind("? "), before.rfind("! "), before.rfind("\n"))
    return bool(FUTURE.search(before[cut + 1:]))


def forward(rule: str, m: re.Match[str], published: date, value: str, gran: str) -> str:
    """The next occurrence on or after publication of what ``value`` resolved to backwards."""
    if rule == "weekday":
        wd = WEEKDAYS[m.group("weekday").lower()]
        return (published + timedelta(days=(wd - published.weekday()) % 7)).isoformat()
    if gran == "month":
        y, mo = (int(x) for x in value.split("-"))
        if (y, mo) < (published.year, published.month):
            y += 1
        return f"{y:04d}-{mo:02d}"
    d = date.fromisoformat(value)
    if d < published:
        try:
            d = d.replace(year=d.year + 1)
        except ValueError:  # 29 February
            d = d + timedelta(days=365)
    return d.isoformat()
