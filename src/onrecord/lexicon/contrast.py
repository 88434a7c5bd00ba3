"""Closed classes whose members are never synonyms of one another (issue 10).

A quote that keeps every word of a source sentence but swaps one member of such a class for
another states a different fact, and embedding similarity cannot see it: "the state pays half
of it" quoted as "pays all of it", "delay it by a year" as "by a decade", "every weekday" as
"every weekend", "an evening crossing" as "a morning crossing", "I doubt the state will pay"
as "I am sure the state will pay" were all drift at similarity 0.94-0.97 (a hostile probe).

Each class is a tuple of groups: words of one group are paraphrases of each other ("all" /
"every" on dev: "all patients" for "every patient"), words of different groups are not. The
guard (verify/guard.py) compares the quote's words with the source's through these classes.

``MEASURED`` names the classes whose words are units counted by the word before them: a swap
there is a change only when that word is the same on both sides ("a year" / "a decade"), since
"half a year" for "six months" (dev) restates one quantity in another unit."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

CLASSES: Mapping[str, tuple[tuple[str, ...], ...]] = MappingProxyType({
    # shares of a whole ("none" / "all" is an antonym pair in antonyms.py)
    "quantity": (("all", "every", "each", "entire", "whole"), ("half", "halves"), ("quarter", "quarters"),
                 ("most", "majority")),
    "unit of time": (("minute", "minutes"), ("hour", "hours"), ("day", "days", "daily"),
                     ("week", "weeks", "weekly"), ("fortnight", "fortnights"), ("month", "months", "monthly"),
                     ("year", "years", "yearly", "annual", "annually"), ("decade", "decades"),
                     ("century", "centuries")),
    "part of the day": (("morning", "mornings"), ("afternoon", "afternoons"), ("evening", "evenings"),
                        ("night", "nights", "overnight")),
    "part of the week": (("weekday", "weekdays"), ("weekend", "weekends")),
    "stance": (("doubt", "doubts", "doubted", "doubtful", "unsure", "uncertain", "sceptical", "skeptical"),
               ("sure", "certain", "convinced", "confident")),
})

# Idioms where a member is no member: "anything at all" is "anything whatever", not a share,
# and "after all", "above all" are sentence adverbs (the word before names them).
NOT_A_MEMBER_AFTER: Mapping[str, frozenset[str]] = MappingProxyType({"all": frozenset({"at", "after", "above"})})

MEASURED = frozenset({"unit of time", "part of the day", "part of the week"})


def members() -> dict[str, tuple[str, int]]:
    """Each word with its class and the index of its group in that class."""
    return {w: (name, i) for name, groups in CLASSES.items() for i, group in enumerate(groups) for w in group}
