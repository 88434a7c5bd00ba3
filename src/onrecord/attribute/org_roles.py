"""A body's office holder as a sentence's subject (issue 11, round 15, lane described): "The
Amnesty secretary-general said …" opens on a role whose modifier is a body's name. The subject
is the person holding the role, never the body: taking the body made it the sentence subject,
the body "spoke", and a she/he in the next sentence went to it (real-news tuning split: "she
said" after the Amnesty secretary-general went to "Amnesty"). The person is the one the role
resolves to as a description (a role the article gave), else the person in focus; when no one
fits, the subject is left unknown, as for any unresolved description."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..lexicon.function_words import FUNCTION_WORDS
from ..lexicon.titles import SPOKESPERSON_WORDS, TITLE_AFFIXES, TITLE_WORDS
from ..thresholds.attribute import NAME_WORDS
from .finder import Part
from .mentions import name_tokens
from .near_name import near_personal_name

if TYPE_CHECKING:
    from .entities import Entity
    from .mentions import Mention
    from .resolve import Resolver

# "The Amnesty secretary-general", "the Harbourwatch finance director": up to two lower-case
# words after the body's name, the last a role; not when a name follows ("The Ofcom chief
# Ivo X said") nor a possessive ("The Amnesty chief's report")
_ROLE_AFTER_RE = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*))(?![\w’'-])(?![,\s]+[A-Z])")


def _role_word(w: str) -> bool:
    """A word for one office holder: a title word, or a hyphenated pair of them
    ("secretary-general", "vice-chancellor"); not a spokesperson (voices.py reads those)."""
    if w in SPOKESPERSON_WORDS:
        return False
    parts = w.split("-")
    return w in TITLE_WORDS or len(parts) == 2 and all(p in TITLE_WORDS or p in TITLE_AFFIXES for p in parts) \
        and any(p in TITLE_WORDS for p in parts)


def _plain_modifiers(between: str) -> bool:
    """The words between "the" and the body's name are lower-case modifiers of the role, no
    function word among them: "the former", "the 73-year-old former" (round 47, lane pronoun28:
    on big2 "The 73-year-old former <club> chairman sealed the deal …. He said" gave the club the
    words, since only a bare "the <body> <role>" was read as a role phrase)."""
    words = between.split()
    return len(words) <= NAME_WORDS.role_phrase_modifiers and all(
        re.fullmatch(r"[a-z0-9][a-z0-9-]*", w) and w not in FUNCTION_WORDS for w in words)


def org_role_subject(res: "Resolver", t0: Any, m: "Mention", sent_idx: int) -> "list[Entity] | None":
    """The subject when the clause opening at "the" ``t0`` is "the [modifiers] BODY role" around
    the body's mention ``m``: [the role holder], [] when no one fits, or None when it is no such
    phrase."""
    if t0.lower != "the" or m.possessive or m.entity is None \
            or not _plain_modifiers(res.lay.masked[t0.end : m.start]):
        return None
    after = _ROLE_AFTER_RE.match(res.lay.masked, m.end)
    if after is None or not _role_word(after.group(2)):
        return None
    part = Part("desc", res.lay.masked[t0.start : after.end(1)], t0.start)
    keep = res.last_unresolved_head  # resolving here must not change how a quotation's own surface resolves
    e, _ = res.resolve_part(part, t0.start, sent_idx)
    res.last_unresolved_head = keep
    if e is None:  # a role the article never gave ("secretary-general" is no title word)
        e = res.pronoun("person", t0.start, sent_idx)
    if e is None or e is m.entity or not hasattr(e, "is_person") or not e.is_person():
        modified = bool(res.lay.masked[t0.end : m.start].strip())
        e = _subject_before(res, sent_idx, m.entity) if modified else None
        return [e] if e is not None else []
    return [e]


def _subject_before(res: "Resolver", sent_idx: int, body: "Entity") -> "Entity | None":
    """The nearest lone sentence subject in pronoun reach that can hold the role: "Ken X has
    bought a stake …. The 73-year-old former <club> chairman sealed the deal" is Ken X, whose
    gender only the next "he" would have given (so ``is_person`` does not know him yet). Only
    for a role phrase with modifiers: a bare "the Green leader" after "where George Y opposed
    it" must not take the name in passing (tests/attribute/test_focus_speaker.py)."""
    for si in res.reach_back(sent_idx):
        subj = res.subj.get(si) or []
        if len(subj) == 1 and subj[0] is not body and _holder(subj[0]):
            return subj[0]
    return None


def _holder(e: Any) -> bool:
    """A person, or a full personal name no evidence has typed yet."""
    if not hasattr(e, "is_person"):
        return False
    return e.is_person() or e.kind != "org" and e.place_evidence == 0 \
        and len(name_tokens(e.canonical)) >= 2 and near_personal_name(e)
