"""A person's name used as a noun's modifier after "the" is no organisation (issue 11, round 64,
lane wrong66).

"the Trump administration's policy", "the Sanders campaign", "the Obama comeback story", "the
Sarah Sanders book": a name run after "the" reads as a body's name ("the IRS", "the White
House"; mentions._after_the), and a plural-looking surname after "the" as a team's ("the
Harrowgate Saints"). mentions._after_the already lets a short list of nouns ("administration",
"campaign", …) through; the noun after the name varies without end ("offensive", "beat",
"column", "hearings", "doping row", a possessive "administration’s"), and one such mention
turned the whole person — "Donald Trump", "Bernie Sanders", "Barack Obama" — into a body with no
gender, so every he/she skipped them for another man named in reach (tuning: a Trump rally's
"“…,” he said" went to his rival).

The mention keeps its reading (a lone "the Kremlin website" is still a body's); the entity is
taken back from "org" only when every mention that made it a body stood in that position, it is
also written elsewhere not as a body, and it has a full personal name (a known given name
opening it, no body's head word closing it): "Charlie Hebdo" (also "the satirical newspaper
Charlie Hebdo") and "Harry Potter" (only "the Harry Potter films") stay as they were."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from .cues import GIVEN_NAMES, ORG_WORDS

if TYPE_CHECKING:
    from .entities import Entity
    from .layout import Token


def modifies_noun(toks: Sequence["Token"], i: int, run: Sequence["Token"], lowers: Sequence[str]) -> bool:
    """Whether the run stands after "the" right before a lower-case word, holding no body's head
    word: a name modifying a noun ("the Trump administration’s", "the Sanders campaign")."""
    nxt = i + len(run)
    if i == 0 or toks[i - 1].text != "the" or nxt >= len(toks):
        return False
    word = toks[nxt].text
    return word[:1].isalpha() and word[:1].islower() and not any(w in ORG_WORDS for w in lowers)


def person_behind_modifiers(e: "Entity") -> bool:
    """An entity made a body only by names modifying a noun, also written elsewhere not as a
    body, with a full personal name."""
    if e.kind != "org":
        return False
    orgs = [m for m in e.mentions if m.org]
    if not orgs or not all(m.noun_modifier for m in orgs) or len(orgs) == len(e.mentions):
        return False
    return any(_personal_name(n) for n in e.names)


def _personal_name(name: str) -> bool:
    words = name.replace(".", " ").split()
    return len(words) >= 2 and words[0].lower() in GIVEN_NAMES and words[-1].lower() not in ORG_WORDS
