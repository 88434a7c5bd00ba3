"""Bands, groups and bodies as speakers (issue 11, round 11 of docs/attribution-errors.md, the
tuning extension). Two constructs, each a small rule over the mentions of one sentence:

- ``named_after``: "Chart-topping pop band Busted have confirmed …": the parse kept the noun
  that says what the speaker is and dropped the name right after it (spaCy read the band's
  name as a verb), and the noun "band" then went to another band named later in the article.
  The name written right after such a noun is the speaker.
- ``not_named_in_own_clause``: "However they said that Busted would “…”": a pronoun is never
  the body or person its own sentence names after it, before the quotation (the band is what
  "they", the record company, talk about), so such an entity is dropped from its speakers and
  a wrong speaker becomes none.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..lexicon.titles import TITLE_WORDS
from .cues import ORG_DESCRIPTORS

# Nouns for a group of performers that a name may follow directly ("pop band Busted", "the
# folk trio Cara"); bodies ("record company Universal") and roles ("producer X") likewise.
BAND_WORDS = frozenset("band group duo trio quartet quintet act outfit label choir".split())
_HEADS = BAND_WORDS | ORG_DESCRIPTORS | TITLE_WORDS


def named_after(text: str, start: int, words: str, mentions: Iterable[Any]) -> Any | None:
    """The entity of the name written right after the description ``words`` (at ``start``),
    when the description ends in a noun for a group, body or role; else None."""
    end = start + len(words)
    if text[start:end] != words or not words.split() or words.split()[-1].lower() not in _HEADS:
        return None
    if text[end : end + 1] != " ":
        return None
    return next((m.entity for m in mentions if m.start == end + 1 and m.entity is not None
                 and not m.possessive), None)


def not_named_in_own_clause(found: list[Any], pronoun_start: int, quote_start: int,
                            mentions: Sequence[Any]) -> list[Any]:
    """``found`` without the entities the sentence names between the pronoun and the quotation."""
    named = {id(m.entity) for m in mentions if m.entity is not None and pronoun_start < m.start < quote_start}
    if not named:
        return found
    return [e for e in found if id(e) not in named]
