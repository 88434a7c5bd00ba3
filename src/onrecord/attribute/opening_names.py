"""A name ending like a participle or an adverb ("Sterling", "King", "Harding", "Ted", "Kelly")
opening a sentence before a lower-case word (issue 11, round 64, lane wrong66).

"Sterling is a man who …. He wants us to think …": mentions._opens_name drops a sentence's
first word in -ing, -ed or -ly before a lower-case word ("Notifying the families took …",
"Reportedly the talks …"), and finder.clause_start reads it as an introductory participle, so
the sentence had neither a name nor a subject, and the next "he" went to a woman the following
sentence named. The word is a name when the article never writes it in lower case and writes
it elsewhere after a given name or a title ("Donald Sterling", "Rep. Steve King", "Sen. Ted
X"), or, being a given name, before a capitalised surname ("Ted Cruz")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Sequence

from ..lexicon.abbreviations import NAME_ABBREVIATIONS
from ..lexicon.given_names import GIVEN_NAMES
from ..lexicon.titles import TITLE_WORDS

if TYPE_CHECKING:
    from .layout import Layout
    from .mentions import Mention

PARTICIPLE_ENDINGS = ("ing", "ed", "ly")


def written_as_name(lay: "Layout", word: str, lower: set[str]) -> bool:
    """Whether a capitalised ``word`` opening a sentence is a name the article writes as one
    (``lower``: the words it writes in lower case)."""
    if word.lower() in lower or not word[1:].islower():
        return False
    w = re.escape(word)
    for m in re.finditer(rf"\b([A-Z][a-z]+)\.? {w}\b", lay.masked):
        before = m.group(1).lower()
        if before in GIVEN_NAMES or before in TITLE_WORDS or before in NAME_ABBREVIATIONS:
            return True
    return word.lower() in GIVEN_NAMES and re.search(rf"\b{w} [A-Z][a-z]+", lay.masked) is not None


def name_opener(toks: Sequence[Any], ms: Sequence["Mention"]) -> int | None:
    """0 when the sentence's first word, in -ing, -ed or -ly, opens a mention (so it was read as
    a name, above) and no comma closes an introduction after it; None otherwise."""
    if not toks or not toks[0].lower.endswith(PARTICIPLE_ENDINGS):
        return None
    return 0 if any(m.begin == toks[0].start for m in ms) else None
