"""The reporter of an article's lede (issue 11, real-news tuning split).

A news headline often quotes words without naming anyone ("Mobiles 'not media players yet'",
"EU arms ban 'to be lifted'"); the opening sentences then say whose they are ("…, the foreign
secretary Jack X has said", "…, said Jupiter"). ``lede_reporter`` finds the first named
subject of a reporting verb in the first body sentences, for the headline's quotation.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon.places import is_place
from ..lexicon.reporting import report_base
from ..thresholds.attribute import LEDE
from .layout import Layout

if TYPE_CHECKING:
    from .entities import Entities, Entity

# "Jack X has said", "Jupiter, the research firm, said": the verb after the name
_VERB_AFTER = re.compile(r"\s*(?:,[^,.;]{1,60},\s*)?(?:(?:has|have|had|also)\s+)*([a-z]+)\b")
# "said Jupiter", "according to Mr X": a verb or "according to" just before the name
_VERB_BEFORE = re.compile(r"\b([a-z]+|according to)\s+(?:the\s+)?$")


def lede_reporter(lay: Layout, ents: "Entities") -> "Entity | None":
    """The first entity the opening body sentences name as the subject of a reporting verb."""
    body = [s for s in lay.sentences if s.start >= lay.headline_end][: LEDE.sentences]
    for s in body:
        for m in ents.mentions:
            if not s.start <= m.start < s.end or m.entity is None or m.possessive:
                continue
            # the reporting verb is the evidence: a lone word ("said Jupiter") qualifies
            if not is_place(m.entity.canonical) and _reports(lay, s.start, m):
                return m.entity
        named = _described_then_named(lay, ents, s)
        if named is not None:
            return named
    return None


# words a lede's indefinite subject may run to before its reporting verb ("A senior US
# researcher at a college has suggested"); a reporting verb further on is another clause's
_SUBJECT_WORDS = 8


def _described_then_named(lay: Layout, ents: "Entities", s) -> "Entity | None":
    """"Games help you 'learn and play'. … A US researcher has suggested that …. Ravi X
    believes …": a lede sentence whose subject is an indefinite reporter, and the next
    sentence opening on a full name the article has not written before: that person."""
    toks = s.tokens[: _SUBJECT_WORDS + 1]
    if not toks or toks[0].text not in {"A", "An"} or s.index + 1 >= len(lay.sentences):
        return None
    verb = next((t for t in toks[1:] if t.text.islower() and (report_base(t.lower) or t.lower in {"that", "who"})), None)
    if verb is None or not report_base(verb.lower):
        return None
    nxt = lay.sentences[s.index + 1]
    first = min((x for x in ents.mentions if nxt.start <= x.start < nxt.end and x.entity is not None),
                key=lambda x: x.start, default=None)
    if first is None or lay.masked[nxt.start : first.start].strip() or first.possessive:
        return None
    e = first.entity
    if len(e.canonical.split()) < 2 or e.kind == "org" or min(x.start for x in e.mentions) < nxt.start:
        return None
    return e


def _reports(lay: Layout, sent_start: int, m) -> bool:
    after = _VERB_AFTER.match(lay.masked, m.end)
    if after and report_base(after.group(1)):
        return True
    begin = m.prefix_start if m.prefix_start >= 0 else m.start
    before = _VERB_BEFORE.search(lay.masked[sent_start:begin])
    return bool(before) and (before.group(1) == "according to" or bool(report_base(before.group(1))))
