"""A short time phrase and a comma before the speaker's name: "The next day, Pentagon
spokesman X noted “…”", "A few moments later, network reporter X asked, “…”". phrase.
mention_phrase split the subject at the comma into a description ("The next day") and the
name; the role collector had kept the phrase as a role of the capitals after the comma (the
body), so the description resolved to the body, which took its spokesman's or reporter's words
(round 81, lane wrong93: two on 3,000 unseen articles; the same phrase named the right person by
luck four more times). The phrase names no one: the name after it is the speaker."""

from __future__ import annotations

from ..lexicon.calendar import TIME_PHRASE_HEADS
from ..thresholds.subjects import SUBJECTS
from .layout import Token


def time_opener(group: list[Token]) -> bool:
    """``group`` (the words before the first comma) is a time phrase: lower-case words after an
    optional capital first word, ending in a time noun or "later"/"earlier"/"ago"."""
    words = [t.text for t in group]
    if not words or len(words) > SUBJECTS.time_opener_words or not all(w.isalpha() for w in words):
        return False
    if not all(w.islower() for w in words[1:]) or not words[0][:1].isalpha():
        return False
    return words[-1].lower() in TIME_PHRASE_HEADS and len(words) > 1
