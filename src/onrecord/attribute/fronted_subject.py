"""The subject after an introductory phrase that no comma closes, when the phrase ends on a name
and the subject's name follows it directly (issue 11, round 64, lane wrong66).

"In The Daily Caller Zak Slayback recently doubled down on Douthat. “…,” he wrote": finder's
clause_start cannot tell from the tokens alone where the subject starts after "In …" with no
comma ("In his New Year message the party leader said …"), so the sentence had no subject, and
the he went to the man the sentence names last. When everything between the opening word and a
person's mention is capitalised words and determiners (the phrase is a name of its own: an
outlet, a party, a place), and a lower-case word follows the mention (its verb), that mention
opens the subject. A lower-case word inside the phrase ("In his New Year message …") leaves the
start unknown, as before, and so does a clause opened by a subordinator ("When Senator X spoke
she …": the name is that clause's subject, not the sentence's)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

from ..lexicon.function_words import SUBORDINATORS
from .cues import DETERMINERS
from .opening_names import name_opener

if TYPE_CHECKING:
    from .mentions import Mention


def glued_subject(toks: Sequence[Any], ms: Sequence["Mention"]) -> int | None:
    """The index of the token that opens the subject's mention, or None."""
    if not toks or toks[0].lower in SUBORDINATORS:
        return None
    for m in ms:
        k = next((j for j, t in enumerate(toks) if t.start == m.start), None)
        if k is None or k < 2:
            continue
        between = toks[1:k]
        if not all(t.text[:1].isupper() or t.lower in DETERMINERS or t.text in {"’s", "'s", "."} for t in between):
            return None  # a lower-case word: the phrase is no name, where the subject starts is unknown
        if m.org or m.entity is None or m.entity.kind == "org" or m.possessive:
            continue
        after = next((t for t in toks[k:] if t.start >= m.end), None)
        if toks[k - 1].text[:1].isupper() and after is not None and after.text[:1].isalpha() \
                and after.text.islower():
            return next(j for j, t in enumerate(toks) if t.start >= m.begin)
    return None


def subject_start(toks: Sequence[Any], ms: Sequence["Mention"], c0: int) -> int:
    """Where the subject starts when finder.clause_start could not tell (``c0`` past the end): a
    name in -ing/-ed/-ly opening the sentence (opening_names.py), or the name glued to a fronted
    name (above); else ``c0`` unchanged."""
    if c0 < len(toks):
        return c0
    for rule in (name_opener, glued_subject):
        k = rule(toks, ms)
        if k is not None:
            return k
    return c0
