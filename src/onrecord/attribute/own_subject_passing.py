"""Whether the first name of a pronoun's own sentence is only passing through it: the object of
a preposition, or a name modifying a noun. Such a name is no subject of the pronoun's clause.

``Referents._own_subject`` reads the named subject opening the pronoun's sentence ("Bram Hale
told the council: “…,” he said" is Hale's). It took any first name with at most four words
before it, and so "But standing next to Mr X he added that …" gave a general's words to the
prime minister he stood beside, and "The X case, he said, shows …" gave a lawyer's words to
the man the case is named after (round 44, lane wrongname27: big2 sample and the fresh14
tuning split). Both names sit inside a phrase the pronoun's clause opens with; the pronoun is
its own clause's subject."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.function_words import ARTICLES, OBJECT_PREPOSITIONS
from ..thresholds.attribute import PREPOSITION_BEFORE_NAME_CHARS

# a lower-case word right after the name: "The X case", "the X affair" (a noun the name modifies)
_NOUN_AFTER = re.compile(r"[ \t]+[a-z][a-z\-]*\b")


def passing_opener(text: str, gap: list[Any], m: Any) -> bool:
    """True when the mention ``m`` (the first name of the clause, ``gap`` the tokens before
    it) is a preposition's object ("… next to Mr X") or a noun modifier after an article
    ("The X case")."""
    if not gap:
        return False
    last = gap[-1].lower
    if last in OBJECT_PREPOSITIONS:
        return True
    return last in ARTICLES and _NOUN_AFTER.match(text, m.end) is not None


# the word right before a name (its title prefix included in the name)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")


def object_before(res: Any, e: Any, pos: int) -> bool:
    """``e`` is named in the pronoun's own sentence, before the pronoun at ``pos``, as a
    preposition's object ("But standing next to Mr X he added"). The title that makes X's
    gender sure must not pull the pronoun over to X from the subject of the sentence before
    (the general's words went to the prime minister beside him)."""
    s = res.lay.sentence_at(pos)
    if s is None:
        return False
    for m in res.by_sentence.get(s.index, []):
        if m.entity is e and m.end <= pos:
            start = m.begin
            w = _WORD_BEFORE.search(res.lay.masked, max(0, start - PREPOSITION_BEFORE_NAME_CHARS), start)
            if w is not None and w.group(1).lower() in OBJECT_PREPOSITIONS:
                return True
    return False
