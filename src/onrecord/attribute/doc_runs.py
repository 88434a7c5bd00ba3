"""Where a credit's words end when they name a document (issue 11, round 24, lane nulls8).

"“…,” according to a Harbour Authority survey this year" and "“…,” said a HDC statement":
the string patterns read the credit as one run of words, and the document noun got lost (the
run's last word, "year", became the head of a description; or the run stopped at the first
lower-case word after a capital, leaving "a HDC"). Both were left null on the real-news tuning
splits though the body that issued the document is named right before its noun.
"""

from __future__ import annotations

from ..lexicon.calendar import WEEKDAYS_MONTHS_TITLE
from .cues import DOCUMENT_COMPOUND_FIRSTS, DOCUMENT_NOUNS
from .layout import Token


def document_end(r: list[Token], lo: int, hi: int) -> int:
    """The end of the credit ``r[lo:hi]`` cut after its document noun, when a determiner opens
    it and only lower-case words follow the noun ("a X survey this year" -> "a X survey");
    ``hi`` otherwise ("a report in the Harbour Gazette" names the paper after the noun)."""
    if hi - lo < 3 or r[lo].lower not in {"a", "an", "the"}:
        return hi
    for j in range(lo + 2, hi - 1):
        if r[j].lower in DOCUMENT_NOUNS and r[j].text.islower() and r[j - 1].text[:1].isupper():
            return j + 1 if all(_after_noun(t.text) for t in r[j + 1 : hi]) else hi
    return hi


def _after_noun(word: str) -> bool:
    """A word that may follow a document noun inside its credit without naming anyone: lower
    case, a date's month or weekday, a number ("a X poll released in May", "a X survey this
    year", "a X report published June 3")."""
    return word.islower() or word in WEEKDAYS_MONTHS_TITLE or word.isdigit()


def document_after_run(r: list[Token], k: int) -> int:
    """"said a HDC statement", "said an ATF press release": the lower-case word that stopped a
    run of capitals opened by "a"/"an" begins a document noun, so the run names the document's
    issuer, not a person. The end of the noun (exclusive), or 0."""
    if not (2 < k < len(r) and r[1].lower in {"a", "an"} and r[k].text.islower()):
        return 0
    if r[k].lower in DOCUMENT_COMPOUND_FIRSTS and k + 1 < len(r) and r[k + 1].lower in DOCUMENT_NOUNS:
        return k + 2
    return k + 1 if r[k].lower in DOCUMENT_NOUNS else 0
