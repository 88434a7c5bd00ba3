"""Organisations under a description the role rules of resolve.py cannot match (issue 11, round
11, nulls): "the social media site said" for the site the sentence opened on. Each rule needs a
construct that names the body; a description nothing names stays unresolved (null with
speaker_description), never a guess. ``DESCRIPTION_RULES`` run in
order from ``Resolver._unresolved_role`` before it gives up."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from ..lexicon.places import is_place

if TYPE_CHECKING:
    from .entities import Entity
    from .phrase import Part
    from .resolve import Resolver

# Kinds of body an article names again by what it is: "Twitter hid a tweet … that the social
# media site said broke its rules" (real-news tuning split: left null). Not people's roles;
# "company" and "network" reach here only when referents.py found no body by name or kind.
ORG_KIND_HEADS = frozenset("""site website platform app service giant outlet channel station
broadcaster publisher network company firm""".split())


def _org_kind_subject(res: "Resolver", part: "Part", pos: int, sent_idx: int) -> "Entity | None":
    """"Twitter hid a tweet … that the social media site said": a definite kind of body is
    the one named opening its sentence (else the sentence before), when that is no person."""
    words = part.text.lower().split()
    if len(words) < 2 or words[0] != "the" or words[-1] not in ORG_KIND_HEADS:
        return None
    for si in (sent_idx, sent_idx - 1):
        if si < 0:
            break
        s = res.lay.sentences[si]
        opening = [m for m in res.by_sentence.get(si, []) if m.start < pos and m.entity is not None]
        if not opening:
            continue
        m = min(opening, key=lambda x: x.start)
        e = m.entity
        first_word = res.lay.masked[s.start : m.start].strip() == ""
        if first_word and not m.possessive and not e.person_like() and not is_place(e.canonical):
            return e
        return None
    return None


DESCRIPTION_RULES: list[Callable[["Resolver", "Part", int, int], "Entity | None"]] = [
    _org_kind_subject,
]


def described_body(res: "Resolver", part: "Part", pos: int, sent_idx: int) -> tuple["Entity | None", str]:
    """The body a description names by the first rule of ``DESCRIPTION_RULES`` that finds one."""
    for rule in DESCRIPTION_RULES:
        e = rule(res, part, pos, sent_idx)
        if e is not None:
            return e, f"description '{part.text}' -> {e.canonical} ({rule.__name__.lstrip('_')})"
    return None, ""
