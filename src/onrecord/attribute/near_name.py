"""Which two-word name near a he/she may take it without other evidence of a person.

The real-news tuning split (fresh3): "Edu's deal expires and he has been linked with Real
Madrid, Barcelona and Valencia. He told …: “…”" gave "he" to Real Madrid, and "she grew up
during the war, when Nazi Germany invaded Greece. “…,” she says" to Nazi Germany: any
capitalised pair in this or the previous sentence counted as "a full personal name" and beat
the subject a sentence or two further back. A pair with a country or large city among its
words (a club, a state, a regime) is no personal name. A known given name was tried instead
and dropped: foreign full names (Giuseppe Conte) lost the pronoun to an earlier subject."""

from __future__ import annotations

from ..lexicon.places import is_place
from .entities import Entity
from .mentions import name_tokens


def near_personal_name(e: Entity) -> bool:
    """``e``'s fullest name could be a person's: none of its words names a place."""
    return not any(is_place(t) for t in name_tokens(e.canonical))
