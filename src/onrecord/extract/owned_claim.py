"""A fragment in the clause of a claim noun whose owner is named: the owner's speech (round 66,
lane kind70).

"X's statement Tuesday that Democrats “…”", "his call to “…”", "a key campaign pledge made by
X to “…”", "X's admission to a newspaper that rates would “…”": the noun names an act of saying
(lexicon.reporting.CLAIM_NOUNS), the possessive or "by X" names who said it, and its "that"
clause (or, after a noun of pledging or demanding, its "to" infinitive) holds what was said.
The string rules see no reporting verb there and call the words the writer's scare quote (or a
label, when a verb after the marks looks like a noun). On the twelve tuning sets and fresh24
the construct held 21 quotations: 16 gold speech already typed so, 5 typed scare, term or
title, none gold anything else. Not a group's claim ("the residents' claim that"), not a claim
with no owner, not "to" before a noun phrase ("his appeal to the “…”": a preposition)."""

from __future__ import annotations

import re

from ..lexicon.function_words import FUNCTION_WORDS
from ..lexicon.reporting import CLAIM_NOUNS, INFINITIVE_CLAIM_NOUNS
from .bounds import decides
from .reading import Decision, _Reading
from .subject import subject_is_named
from .words import _words


def _alternation(words: frozenset[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_NOUNS = _alternation(CLAIM_NOUNS | INFINITIVE_CLAIM_NOUNS)


def _tail(link: str) -> str:
    """The link word and the clause between it and the marks: the sentence's own words, no
    other quotation."""
    return rf"\s+(?P<link>{link})(?P<clause>(?:\s+[^\s“”\"]+){{0,12}}?)\s*$"


def _patterns(link: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"X's [up to two modifiers] statement [up to five words: a day, 'on Twitter', 'to a
    paper'] that …", and "a pledge made by X to …", "the promise from X that …"."""
    owned = re.compile(
        r"(?:(?P<owner>(?:\b[\w.&-]+\s+){0,3}?[\w.&-]+)(?:'s|\u2019s)|\b(?P<pronoun>[Hh]is|[Hh]er|[Ii]ts))"
        rf"\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_NOUNS})\b(?:\s+[^\s,;:“”\"]+){{0,5}}?" + _tail(link))
    by_agent = re.compile(
        rf"\b(?P<noun>{_NOUNS})\s+(?:made\s+|issued\s+)?(?:by|from)\s+(?P<owner>(?:[A-Z][\w.-]*\s+){{0,4}}[A-Z][\w.-]*)"
        + _tail(link))
    return owned, by_agent


# "that" first: a "that" clause may follow a gap holding "to" ("X's admission to a paper that")
_PATTERNS = (*_patterns("that"), *_patterns("to"))


@decides(max_words="speech_min_words", needs_left=True)
def _owned_claim(r: _Reading) -> Decision | None:
    """Speech when the clause before the marks is the "that" or "to" clause of a claim noun a
    named person, body or he/she/it owns (see the module docstring)."""
    left = r.left
    if " to " not in left and " that " not in left and not left.rstrip().endswith((" to", " that")):
        return None  # (most fragments: no link word at all)
    m = next((m for m in map(lambda p: p.search(left), _PATTERNS)
              if m is not None and _links(m.group("noun"), m.group("link"), m.group("clause"))), None)
    if m is None:
        return None
    owner = m.group("owner")
    if owner is not None and subject_is_named(owner) is not True:
        return None
    who = owner if owner is not None else m.group("pronoun")
    return "speech", [f"in the '{m.group('link')}' clause of the claim noun '{m.group('noun')}' owned by "
                      f"'{who.strip()}': the owner's words"]


def _links(noun: str, link: str, clause: str) -> bool:
    """"that" opens a claim's content after any claim noun; "to" an infinitive only after a noun
    of pledging or demanding, and only when the next word is no function word ("his call to the
    …" is a preposition)."""
    if link == "that":
        return True
    if noun.lower() not in INFINITIVE_CLAIM_NOUNS:
        return False
    ws = _words(clause)
    return not ws or ws[0].islower() and ws[0] not in FUNCTION_WORDS
