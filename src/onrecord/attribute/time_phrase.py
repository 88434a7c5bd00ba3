"""A short time phrase before the subject of words that end on a colon: "Yesterday, X released
the following statement:" then the statement in a paragraph of its own. The subject was read
from the sentence's first word ("Yesterday"), none was learnt, and the statement was nobody's
(round 22, lane nulls6: real-news fresh4 split). finder.clause_start asks it."""

from __future__ import annotations

from typing import Any

from ..lexicon.calendar import TIME_OPENERS, WEEKDAYS_MONTHS
from ..lexicon.function_words import INTRO_ADVERBS, INTRO_TIME_LINKS
from ..thresholds.attribute import TIME_OPENING_TOKENS
from .cues import CAP_STOP, GIVEN_NAMES

# time words that need a noun after them ("This week,", "Last night,"); alone they are no phrase
_NEEDS_NOUN = frozenset({"this", "last", "next"})

__all__ = ["TIME_OPENERS", "adverb_time_phrase", "time_phrase_comma"]


def time_phrase_comma(left: list[Any]) -> int | None:
    """The index of the comma closing a time phrase that opens ``left`` ("Yesterday,", "Last
    Tuesday night,": lower-case words, day and month names), when ``left`` ends on a colon;
    else None. Only before a colon: on 300 corpus articles, moving every such sentence's subject
    past the time phrase gave he/she and age epithets to the new subject (5 right -> wrong:
    "Last October, Arsenal lost …", then "added the 30-year-old" went to Arsenal). "Then the
    Army, the Justice Department and …" is a list, not a time phrase. The subject after the
    comma must be a name (300 corpus articles with such a colon: "This, it must be said, …"
    gave the words to "it", "Then, the most intriguing remarks:" took them from their speaker)."""
    if not left or left[0].lower not in TIME_OPENERS or left[-1].text != ":":
        return None
    for i, t in enumerate(left[1:TIME_OPENING_TOKENS], start=1):
        if t.text == ",":
            if i == 1 and left[0].lower in _NEEDS_NOUN:
                return None  # "This, it must be said, is …": no time phrase
            nxt = left[i + 1] if i + 1 < len(left) else None
            # a name after the comma, not a description or a pronoun: "Then, the most
            # intriguing remarks: “…”" names no one, and its words stayed the last speaker's
            named = nxt is not None and nxt.text[:1].isupper() and nxt.lower not in CAP_STOP
            return i if named else None
        if not (t.text.islower() or t.lower in WEEKDAYS_MONTHS):
            return None
    return None


def adverb_time_phrase(left: list[Any]) -> bool:
    """"Shortly before …,", "Soon after …,": an adverb, then a word opening a phrase of time."""
    f = left[0].lower
    # an -ly adverb of five letters or more ("Shortly", "Hours later" is INTRO_ADVERBS): the
    # four-letter "-ly" words are names and months, not adverbs ("July", "Ally", "Emly")
    return len(left) > 2 and (f in INTRO_ADVERBS or f.endswith("ly") and len(f) > 4 and f not in GIVEN_NAMES) \
        and left[1].lower in INTRO_TIME_LINKS
