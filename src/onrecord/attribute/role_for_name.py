"""The holder named in commas after "a spokesman for <Body>" is the subject of the sentence
(issue 11, round 47, lane pronoun28). On big2, "A spokesman for <Agency>, Customs and
Enforcement, Dean X, said …. He told the website: “…”" made the agency the sentence's subject
(the first name after at most four plain words), and the next "he" took the agency's name. The
role's holder is the name set off by commas after the body's capitalised words; without such a
name (“A spokesman for <Body> said …”) the opener is left to the other rules (indefinite.py,
voices.py)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..lexicon.titles import TITLE_WORDS
from ..thresholds.attribute import NAME_WORDS
from .org_roles import _holder

if TYPE_CHECKING:
    from .entities import Entity
    from .mentions import Mention
    from .resolve import Resolver

# "A spokesman for ", "The chief executive of the ": up to two lower-case words, the role,
# then the preposition that opens its body (and an optional "the")
_ROLE_FOR_RE = re.compile(r"(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\s+(?:for|of|at|with)\s+(?:the\s+)?",
                          re.I)
# the rest of the body's name up to the holder: capitalised words, "and", "of", "the", "&",
# commas (the holder's name then follows a comma)
_BODY_TAIL_RE = re.compile(r"(?:[\s,]*(?:and|of|the|for|&|[A-Z][\w.&’'-]*))*[\s,]*")


def role_for_name(res: "Resolver", t0: Any, ms: "list[Mention]") -> "list[Entity] | None":
    """[the holder] when the clause opening at ``t0`` is "a ROLE for BODY…, NAME," with the
    first mention ``ms[0]`` opening the body; None when it is no such phrase."""
    if t0.lower not in {"a", "an", "the"} or len(ms) < 2 or ms[0].possessive:
        return None
    text = res.lay.masked
    role = _ROLE_FOR_RE.fullmatch(text, t0.start, ms[0].begin)
    if role is None or role.group(1) not in TITLE_WORDS:
        return None
    for n in ms[1:]:
        between = text[ms[0].end : n.begin]
        if len(between) > NAME_WORDS.role_body_chars or not _BODY_TAIL_RE.fullmatch(between):
            return None
        if between.rstrip().endswith(",") and n.entity is not None and re.match(r"\s*,", text[n.end :]) \
                and _holder(n.entity) and n.entity is not ms[0].entity:
            return [n.entity]
    return None
