"""An unnamed spokesperson stays unnamed (issue #11, round 17, lane described3).

The real-news tuning split fresh4 gave "a company spokesperson said", "a network spokeswoman
said" and a later "The spokesperson said" (a broadcaster's voice) to the campaign spokesman the
article named only further down, and "A Cabinet Office spokeswoman said" to the opposition's
spokesman for that office, because a description matches any person whose role shares its head.
A spokesperson introduced with "a"/"an" is a new, unnamed voice unless the next sentence names
them (described.named_next); a definite one matches a named spokesperson only if the article
named that person before the quotation. Either way the speaker is left null: a wrong name is
worse than none."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon.function_words import ONE_PERSON_OPENERS_RE
from ..lexicon.titles import SPOKESPERSON_WORDS
from .described import named_next

if TYPE_CHECKING:
    from .entities import Entity
    from .phrase import Part
    from .resolve import Resolver

# the article just before a description the finder cut without it ("A |Cabinet Office spokeswoman")
_ARTICLE_BEFORE_RE = re.compile(r"(?:^|\W)(?i:an?)\s+$")


# the prepositions after a spokesperson's head that name whom they speak for
_FOR_PREPS = frozenset({"for", "of", "at", "from", "with"})


def _head_words(words: list[str]) -> list[str]:
    """The words before "for/of/at …": "A spokesperson for NEI" is headed by "spokesperson" (its
    body named an acronym the article spelt out, round 24: the institute took the words)."""
    cut = next((i for i, w in enumerate(words) if i > 0 and w.lower() in _FOR_PREPS), len(words))
    return words[:cut]


def unnamed_spokesperson(res: "Resolver", part: "Part", pos: int, sent_idx: int,
                         found: "Entity | None") -> "tuple[Entity | None, str] | None":
    """The speaker for a spokesperson description that must not take a role-matched name
    (``found``, what the role match gave), or None when this rule does not apply."""
    words = _head_words(part.text.split())
    if not words or words[-1].lower() not in SPOKESPERSON_WORDS:
        return None
    before = res.lay.masked[max(0, part.start - 4) : part.start]
    if words[0].lower() in {"a", "an"} or _ARTICLE_BEFORE_RE.search(before):
        e = named_next(res, part, pos, sent_idx)
        if e is not None:
            return e, f"description '{part.text}' -> {e.canonical} (named_next)"
        return None, f"description '{part.text}' is indefinite: an unnamed spokesperson"
    if found is not None and found.is_person() and not any(m.start < pos for m in found.mentions):
        return None, f"description '{part.text}': the spokesperson named is named only after it"
    if found is not None and _unnamed_one_since(res.lay.masked, found, part.start):
        return None, f"description '{part.text}' -> the unnamed spokesperson introduced since {found.canonical}"
    return None


# "a Globex spokesperson", "an agency spokeswoman": an indefinite spokesperson with no name
# apposed after it ("An Acme spokesman, Ned X, said" names him; "According to a Globex
# spokesperson, Acme's ads …" does not: a possessive, no comma or verb after the capitals)
_INDEFINITE_SPOKES_RE = re.compile(r"\b(?i:" + ONE_PERSON_OPENERS_RE + r")\s(?:[\w’'.-]+\s){0,3}?(?i:" + "|".join(sorted(SPOKESPERSON_WORDS))
                                   + r")\b(?!,?\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s*(?:,|said\b|says\b|told\b))")


def _unnamed_one_since(masked: str, found: "Entity", start: int) -> bool:
    """Whether an indefinite, unnamed spokesperson is introduced between the last mention of
    ``found`` before ``start`` and ``start``: "the spokesperson said" is that new voice, not the
    name a role match gave ("An Acme spokesman, Ned X, said …. According to a Globex
    spokesperson, …. The spokesperson said": Globex's, not Ned X; round 54, lane unnamed54 read
    two such on new text, one credited to a place whose name held the outlet's)."""
    last = max((m.end for m in found.mentions if m.end <= start), default=None)
    if last is None:
        return False
    m = _INDEFINITE_SPOKES_RE.search(masked, last, start)
    if m is not None and found.is_person() and masked[last : m.start()].strip() in {"", ","}:
        # "Ned X, a spokesman for Acme, said": the named one's own apposition, not a new voice
        # (the big corpus check: a regulator's named spokesman kept his role only this way);
        # only a person is described so ("In a statement to The Ledger, an agency spokesperson
        # …": the outlet is no spokesperson)
        m = _INDEFINITE_SPOKES_RE.search(masked, m.end(), start)
    return m is not None
