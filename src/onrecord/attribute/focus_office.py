"""Whether the person in focus is shown in another occupation and never in the office a definite
role names ("the prime minister", "the mayor", "the governor"): then the role is no
back-reference to them.

``DescriptionParts`` reads a definite office the article never tied to a name as the person in
focus. When that person is shown as something else, the office is someone the article does not
name: "According to Mr <journalist> the prime minister said: “…”" went to the journalist
(fresh14); on big + big2 "The mayor" went to a man shown as "Prime Minister", "The president"
to a "Conspiracy theorist", "the governor" to a man shown as a senator, "The actress" to a
"White House senior adviser", "the former secretary of state and New York senator" to a
"former Clinton strategist" (round 42, lane census25s). Only occupations an office is not held with count (lexicon
OCCUPATIONS_APART), and other offices; courtesy titles ("Mr", "Sir") show none; short forms and
kin of an office (lexicon OFFICE_FAMILIES) hold it. Only public offices and stage roles are
checked (lexicon CHECKED_OFFICE_HEADS): "the lawyer" is also a professor."""

from __future__ import annotations

from typing import Any

from ..lexicon.function_words import OBJECT_PREPOSITIONS
from ..lexicon.titles import CHECKED_OFFICE_HEADS, OCCUPATIONS_APART, OFFICE_FAMILIES, PLURAL_TITLES
from ..thresholds.attribute import PREPOSITION_BEFORE_NAME_CHARS


def _kin(word: str) -> frozenset[str]:
    return next((f for f in OFFICE_FAMILIES if word in f), frozenset({word}))


def _occupation(role: str) -> str | None:
    """The occupation word that heads a role ("Telegraph journalist" -> "journalist") when it is
    one a public office is not held with, or a public office itself ("Prime Minister"); None for
    a courtesy title, a fragment ("Mr", "his part") or a role an office holder may also have
    ("Republican candidate", "New Hampshire resident")."""
    words = role.lower().replace(".", "").split()
    last = words[-1] if words else ""
    return last if last in OCCUPATIONS_APART or last in CHECKED_OFFICE_HEADS or _kin(last) != {last} else None


def shown_in_other_office(person: Any, description: str) -> bool:
    """True when ``person`` is shown in some occupation and no role of theirs holds the office
    heading ``description``."""
    words = description.lower().replace(".", "").split()
    head = words[-1] if words else ""
    if head not in CHECKED_OFFICE_HEADS:
        return False
    kin = _kin(head)
    roles = [r.lower().replace(".", "").split() for _, r in person.roles + person.shown_roles]
    if any(kin & set(r) for r in roles):
        return False
    return any(_occupation(" ".join(r)) for r in roles)


def not_the_holder(text: str, description: str, person: Any, before: list) -> str | None:
    """Why the person in focus cannot be the one a definite description names, or None.
    ``before``: the mentions of the description's own sentence that come before it.

    A plural office ("the senators", "the G-8 foreign ministers") is no one person; a name the
    article shows as no person (no gender, no person kind, never a speaker: a report's title, a
    network, a place) holds no office; and the person the same sentence has just named as an
    owner or as the object of a preposition ("In a letter to X, the police chief called …",
    "Despite enjoying X's novel, the bishop said …") is another person near the words, the one
    addressed or described. On the twelve tuning sets these took 4 quotations from the holder
    (a fired officer, a justice, a spokesman, a report; round 66, lane wrong69)."""
    words = description.lower().split()
    if words and words[-1] in PLURAL_TITLES:
        return f"description '{description}' is a plural office: not {person.canonical} alone"
    if not (person.kind == "person" or person.gender is not None or person.spoke):
        return f"description '{description}': {person.canonical} is shown as no person"
    for m in before:
        if m.entity is person and (m.possessive or _after_preposition(text, m.start)):
            return f"description '{description}': {person.canonical} is named before it as an owner or an object"
    return None


def _after_preposition(text: str, start: int) -> bool:
    """The word before ``start`` is a preposition a name after it is the object of (the window
    own_subject_passing.py and role_shape read for the same construct)."""
    words = text[max(0, start - PREPOSITION_BEFORE_NAME_CHARS):start].split()
    return bool(words) and words[-1].lower() in OBJECT_PREPOSITIONS
