"""A place closing an introductory phrase read as a joint speaker. "Once in Dayton, Reese told
the crowd …" and "Back in Washington, Marlow said …" gave the speakers "Dayton" and "Washington"
(the string rule read "Dayton, Reese" as two speakers and the first spoke); the openers are too
many to list ("Ahead of …, ", "Amid …, " are in lexicon/function_words.INTRO_PREPOSITIONS). A
name right after a place preposition ("in", "at", "near" …) and before the comma of a joint
list is where, not who (real-news fresh2 split, round 15)."""

from __future__ import annotations

import re

from .mentions import PLACE_PREPS
from .phrase import Part

_BEFORE_RE = re.compile(r"(\w+)\s+$")
_COMMA_AFTER_RE = re.compile(r"\s*,")


def without_intro_place(text: str, parts: list[Part]) -> list[Part]:
    """``parts`` without a first name that is the place ending an introductory phrase."""
    if len(parts) < 2 or parts[0].kind != "name" or not text.startswith(parts[0].text, parts[0].start):
        return parts
    before = _BEFORE_RE.search(text, max(0, parts[0].start - 20), parts[0].start)
    if before is None or before.group(1) not in PLACE_PREPS:
        return parts  # lower case only: "In Washington" opening the sentence is the phrase itself
    if not _COMMA_AFTER_RE.match(text, parts[0].start + len(parts[0].text)):
        return parts
    return parts[1:]
