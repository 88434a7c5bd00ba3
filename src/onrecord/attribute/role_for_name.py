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

from ..lexicon.groups import PARTY_SIDE_WORDS
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
# "Chairman of the ": a capitalised role opening the sentence with no article (round 82, lane
# wrong97: "Chairman of the <X> Committee, Republican <NAME>, said … and continued: ¶ “…”" made
# the committee the subject and the quotation after "continued:" went to it)
_BARE_ROLE_FOR_RE = re.compile(r"([A-Z][a-z][\w-]*)\s+(?:for|of|at|with)\s+(?:the\s+)?")
# the rest of the body's name up to the holder: capitalised words, "and", "of", "the", "&",
# commas (the holder's name then follows a comma)
_BODY_TAIL_RE = re.compile(r"(?:[\s,]*(?:and|of|the|for|&|[A-Z][\w.&’'-]*))*[\s,]*")


def role_for_name(res: "Resolver", t0: Any, ms: "list[Mention]") -> "list[Entity] | None":
    """[the holder] when the clause opening at ``t0`` is "a ROLE for BODY…, NAME," with the
    first mention ``ms[0]`` opening the body; None when it is no such phrase."""
    if len(ms) < 2 or ms[0].possessive:
        return None
    text = res.lay.masked
    opener = _ROLE_FOR_RE if t0.lower in {"a", "an", "the"} else _BARE_ROLE_FOR_RE
    role = opener.fullmatch(text, t0.start, ms[0].begin)
    if role is None or role.group(1).lower() not in TITLE_WORDS:
        return None
    for n in ms[1:]:
        between = text[ms[0].end : n.begin]
        if len(between) > NAME_WORDS.role_body_chars or not _BODY_TAIL_RE.fullmatch(between):
            return None
        if _party_dropped(between).endswith(",") and n.entity is not None and re.match(r"\s*,", text[n.end :]) \
                and _holder(n.entity) and n.entity is not ms[0].entity:
            return [n.entity]
    return None


def _party_dropped(between: str) -> str:
    """The text before the holder without a party word just before the name ("…, Republican
    NAME,": the party is no part of the body's name; round 82, lane wrong97)."""
    words = between.rstrip().rsplit(None, 1)
    if len(words) == 2 and words[1].lower() in PARTY_SIDE_WORDS:
        return words[0].rstrip()
    return between.rstrip()
