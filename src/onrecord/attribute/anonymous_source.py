"""An unnamed voice whose description carries a name in its tail: "said one source close to
the Harbour secretary", "“…,” the source close to Okafor said", "said one of the officials
interviewed by TheLedger". The string rules read the capitalised words of such a phrase as
the speaker (the secretary's office, Okafor, the outlet), so the voice's true words were
later called misattributed (issue 11, round 54, lane unnamed54: 3 of 60 judged quotations on
300 random unread AllSides articles). Only a determiner or count, then at most four words,
then a head of lexicon UNNAMED_VOICE_HEADS (or its plural), then a tail of lexicon
ANONYMITY_TAILS: the whole phrase is the speaker's description, and no name is shown."""

from __future__ import annotations

import re

from ..lexicon.function_words import INDEFINITE_OPENERS
from ..lexicon.titles import ANONYMITY_TAILS, UNNAMED_VOICE_HEADS
from .layout import Token
from .phrase import Part
from ..text.find import alternation

_HEADS = alternation(UNNAMED_VOICE_HEADS)
_TAILS = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in ANONYMITY_TAILS)
# "one", "the", "two senior", "one of the": the opening of a description, never a name; the
# indefinite openers are the lexicon's one list (review45: this module had its own, without "many")
_OPENERS = r"(?:" + "|".join(sorted(INDEFINITE_OPENERS | {"the", "other", "multiple"})) + r")(?:\s+of\s+the)?"
_ANONYMOUS_RE = re.compile(r"(?i:" + _OPENERS + r")\s+(?:[\w’'.-]+\s+){0,4}?(?:" + _HEADS
                           + r")s?\s+(?:" + _TAILS + r")\b")


def anonymous_description(toks: list[Token]) -> list[Part] | None:
    """The phrase as one description part when ``toks`` open with an unnamed voice's
    description closed by an anonymity tail; None otherwise."""
    if not toks:
        return None
    text = " ".join(t.text for t in toks)
    if _ANONYMOUS_RE.match(text) is None:
        return None
    return [Part("desc", text, toks[0].start)]
