""""states" as the plural noun by its neighbours: a number before it or an auxiliary after it
(extract/cues._plural_noun). The opener test there reads "seven states" and "some states" but
not a digit, and nothing after the word."""

from __future__ import annotations

import re

from ..lexicon.function_words import AUXILIARY_OPENERS
from ..lexicon.kind_cues import NUMBERED_TEXT_NOUNS
from .words import _words

_NUMBER = re.compile(r"^\d[\d,]*$")
# What follows the verb "states" and never the noun: a colon or "that" ("given in 2010 states:
# “…”" — a year before the verb; sample kinds52 item 15).
_REPORT_AFTER = re.compile(r"^\s*(?::|that\b)", re.IGNORECASE)


def counted_states(verb: str, before: str, between: str) -> bool:
    """"all 50 states have", "While 35 states require": a number counts states; "states
    would be free to …": an auxiliary follows the subject it is. Main read the writer's label
    later in those sentences ("“strict photo ID”", "“personal beliefs”", "“speech-free
    zones”") as somebody's speech (real-news fresh17 two items, tune one). Not a numbered
    text ("Article 9 states", "Section 230 states"), whose verb it is."""
    if verb != "states":
        return False
    if _REPORT_AFTER.match(between):
        return False  # "A memo sent in 2010 states: …", "Code 5103 states that …": the verb
    ws = _words(before)[-2:]
    if ws and _NUMBER.match(ws[-1]):
        return len(ws) < 2 or ws[0].lower() not in NUMBERED_TEXT_NOUNS
    nxt = _words(between)[:1]
    return bool(re.match(r"\s", between)) and bool(nxt) and nxt[0].lower() in AUXILIARY_OPENERS
