"""Month and weekday names: dates read them (context/dates.py), names and outlets refuse them
("May" is not a speaker, "Monday" not an outlet), sentence splitting keeps their abbreviated
periods ("Jan. 24")."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

MONTHS: Mapping[str, int] = MappingProxyType({
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
})
WEEKDAYS: Mapping[str, int] = MappingProxyType({
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
})
# The abbreviated month names ("jan", "sept"): a period after one does not end a sentence.
MONTH_ABBREVIATIONS = frozenset(m for m, n in MONTHS.items() if len(m) <= 4 and m not in {"may", "june", "july"})
# Day and month names in full: capitalised, never a person or an outlet ("Monday", "May").
WEEKDAYS_MONTHS = frozenset(WEEKDAYS) | frozenset(MONTHS) - MONTH_ABBREVIATIONS
# the same as written in running text ("released in May", "published Tuesday")
WEEKDAYS_MONTHS_TITLE = frozenset(w.title() for w in WEEKDAYS_MONTHS)
# Words that open a short time phrase before a sentence's subject ("Yesterday, X released …",
# "Last week, X …", "Tuesday, X …"): the subject starts after its comma. Without the comma
# ("Last week X said") the subject reading of the words after the phrase stands (round 22,
# lane nulls6: "Yesterday, X released the following statement:" then the words in their own
# paragraph were nobody's).
TIME_OPENERS = frozenset("""yesterday today tonight tomorrow last this next now then recently
""".split()) | frozenset(WEEKDAYS)
# The last word of a holiday's name ("Election Day", "Christmas", "New Year's Eve"): after "by"
# a deadline, not an agent ("the “…” promised by Election Day": attribute/after_quote._author_agent,
# round 30 review).
HOLIDAY_WORDS = frozenset("""day days eve christmas thanksgiving easter hanukkah ramadan passover
diwali""".split())
# The last word of a named day in title case ("Lifeboat Crew Day", "Black Tide Sunday", "Budget
# Tuesdays"): an occasion someone declares, holds or marks, a term, not a work
# (extract/occasion_rules.py; round 44, lane titles27: four on big/big2 and one on fresh15 were
# typed title or speech). Weekdays singular and plural, and "day"/"days".
NAMED_DAY_ENDINGS = frozenset({"day", "days"}) | frozenset(WEEKDAYS) | frozenset(d + "s" for d in WEEKDAYS)
# The last word of a named week ("Clean Quay Week", "Boatyard Week"): GUIDELINES K20 gives weeks
# and days alike as terms; the title-case fallback typed them title (round 78, lane kind88:
# five tuning golds in three articles, a week an order proclaimed and a government's themed
# weeks, none of another kind). Read by extract/occasion_rules with the day endings.
NAMED_WEEK_ENDINGS = frozenset({"week", "weeks"})
# Words that make "… Week" a time phrase or a programme's name, not an occasion: "This Week"
# (a Sunday show, 37 times on the unseen draw C), "Next Week", "Last Week".
WEEK_TIME_OPENERS = frozenset({"this", "next", "last"})
# Verbs of running a campaign right before a named day ("has been organizing “Skip the Toll
# Saturdays”"): a named group's organised campaign is a title by the annotation convention
# (eval/real/README.md; fresh15's "Skip Starbucks Saturdays"), so the named-day rule stands back.
CAMPAIGN_VERBS = frozenset("""organize organizes organized organizing organise organises organised
organising launch launches launched launching promote promotes promoted promoting""".split())

# Last words of a short time phrase that opens a sentence before its subject ("The next day,",
# "A few moments later,", "Hours earlier,", "That night,"): read before a comma and a name as a
# description of the speaker, the phrase was stored as a role of the name after the comma (the
# body in "Pentagon spokesman X") and then resolved to that body (round 81, lane wrong93: two on
# 3,000 unseen articles, a body given its spokesman's and a network given its reporter's words).
TIME_PHRASE_HEADS = frozenset("""day days night nights week weeks month months year years morning
mornings afternoon afternoons evening evenings weekend moment moments minute minutes hour hours
later earlier ago""".split())
