"""A bare "the government", "the campaign", "the administration" or "the ministry" just after the
article wrote that body in full by its own modifiers ("The Okafor campaign seized on his words.
“…,” the campaign said"; "the Valdan government issued a statement …. The government added it
would “…”") is that body (issue 11, round 53, lane census53). On big, big2 and 300 random
AllSides articles such quotations were left null: the full form came under a verb of doing
("seized on", "issued", "warns"), so self_named_body.py (which needs a verb of saying after the
full form) never made the body a speaker, and the bare word names nothing by itself
(eval/real/audit/census53-sample.tsv)."""

from __future__ import annotations

import re
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..lexicon.heads import NOT_ACTOR_BEFORE_BODY, SELF_NAMING_HEADS
from ..thresholds.bodies import BODY_DESCRIPTIONS
from .self_named_body import body_shape, names_a_body, speaking_body

if TYPE_CHECKING:
    from .entities import Entity
    from .phrase import Part
    from .resolve import Resolver

# one pattern per head; the first modifier must be capitalised, so "the federal government"
# names no one (self_named_body.body_shape)
_SHAPES = MappingProxyType({head: body_shape(re.escape(head)) for head in SELF_NAMING_HEADS})


def _full_forms(text: str, start: int, end: int, head: str) -> set[str]:
    """The bodies "the <Modifier> [word] [word] <head>" written between ``start`` and ``end``."""
    found = set()
    for m in _SHAPES[head].finditer(text, start, end):
        before = text[max(0, m.start() - BODY_DESCRIPTIONS.before_body_chars) : m.start()].split()
        if before and before[-1].lower() in NOT_ACTOR_BEFORE_BODY:
            continue  # "during the Obama administration" is a time, not a body that acted
        if names_a_body(m.group("mods")):
            found.add(f"{m.group('mods')} {m.group('head')}")
    return found


def repeated_body(res: "Resolver", part: "Part", pos: int, sent_idx: int) -> "Entity | str | None":
    """The one body written in full with this description's head in its own sentence (before
    it) or the nearest of the sentences before, within this paragraph and the one before; the
    article's entity of that name when it is no person, else the name as written."""
    words = part.text.split()
    if len(words) != 2 or words[0].lower() != "the" or words[1].lower() not in SELF_NAMING_HEADS:
        return None
    head = words[1].lower()
    here = res.lay.sentences[sent_idx]
    masked = res.lay.masked
    for si in range(sent_idx, max(-1, sent_idx - BODY_DESCRIPTIONS.repeat_sentences - 1), -1):
        s = res.lay.sentences[si]
        if s.start < res.lay.headline_end or here.para - s.para > 1:
            return None
        found = _full_forms(masked, s.start, min(s.end, part.start), head)
        if len(found) > 1:
            return None  # two governments named: which one the bare word means is a guess
        if found:
            return speaking_body(found.pop(), res.ents.entity_for_name)
    return None
