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

from ..lexicon.titles import SPOKESPERSON_WORDS, TITLE_AFFIXES, TITLE_WORDS
from .finder import Part

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


def org_role_subject(res: "Resolver", t0: Any, m: "Mention", sent_idx: int) -> "list[Entity] | None":
    """The subject when the clause opening at "the" ``t0`` is "the BODY role" around the body's
    mention ``m``: [the role holder], [] when no one fits, or None when it is no such phrase."""
    if t0.lower != "the" or m.possessive or m.entity is None or res.lay.masked[t0.end : m.start].strip():
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
        return []
    return [e]
