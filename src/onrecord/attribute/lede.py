"""The reporter of an article's lede (issue 11, real-news tuning split).

A news headline often quotes words without naming anyone ("Mobiles 'not media players yet'",
"EU arms ban 'to be lifted'"); the opening sentences then say whose they are ("…, the foreign
secretary Jack X has said", "…, said Jupiter"). ``lede_reporter`` finds the first named
subject of a reporting verb in the first body sentences, for the headline's quotation.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon.heads import UNNAMED_LEDE_HEADS
from ..lexicon.places import is_place
from ..lexicon.reporting import report_base
from ..thresholds.attribute import CONFIDENCE, LEDE
from .cues import DOCUMENT_NOUNS, ORG_DESCRIPTORS
from .layout import Layout

if TYPE_CHECKING:
    from .entities import Entities, Entity
    from .resolve import Resolver

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
    begin = m.begin
    before = _VERB_BEFORE.search(lay.masked[sent_start:begin])
    return bool(before) and (before.group(1) == "according to" or bool(report_base(before.group(1))))


# a lede credited to a description at its end: ", a clergyman has said.", ", according to his
# former adviser.", ", says a leading economist." (the description: up to eight words)
_DESC = r"(?:a|an|the|his|her|its|their)(?:\s+[\w'’-]+){1,8}?"
_TRAILING_CREDIT = re.compile(
    r",\s+(?:(?P<d1>" + _DESC + r")\s+(?:has|have|had)\s+(?P<v1>[a-z]+)"
    r"|according\s+to\s+(?P<d2>" + _DESC + r")"
    r"|(?P<v3>says|said)\s+(?P<d3>" + _DESC + r"))\s*[.!]?\s*$")


def lede_credit(lay: Layout, ents: "Entities") -> "tuple[int, int] | None":
    """(sentence index, where the credit starts) when the first body sentence ends crediting
    its words to one person by description: not a plural, a spokesman, a source, a document
    or a body (lexicon UNNAMED_LEDE_HEADS, cues DOCUMENT_NOUNS / ORG_DESCRIPTORS), and with no
    name inside it."""
    body = [s for s in lay.sentences if s.start >= lay.headline_end]
    if not body:
        return None
    s = body[0]
    m = _TRAILING_CREDIT.search(lay.masked, s.start, s.end)
    if m is None:
        return None
    verb = m.group("v1") or m.group("v3")
    if verb is not None and not report_base(verb):
        return None
    desc = m.group("d1") or m.group("d2") or m.group("d3")
    words = [w.lower().strip("'’") for w in desc.split()]
    head = words[-1]
    plural = head.endswith("s") and not head.endswith("ss")
    if plural or head in UNNAMED_LEDE_HEADS or head in ORG_DESCRIPTORS or not desc.split()[-1].islower():
        return None
    if any(w in DOCUMENT_NOUNS for w in words):  # "according to a letter released Friday"
        return None
    if any(m.start() <= x.start < s.end for x in ents.mentions):  # "…, his aide Ed X said"
        return None
    return s.index, m.start()


def lede_described(lay: Layout, res: "Resolver", credit: "tuple[int, int]") -> "Entity | None":
    """"…'laughable', a clergyman has said. The book claims …. The Bishop of X, Dr Tom Y,
    described the novel as …": the person a lede credits by description is the first person
    who is the subject of one of the next sentences, when the body names them there first
    (someone the body named before is the story's topic, not the lede's reporter)."""
    si, _ = credit
    lede_end = lay.sentences[si].end
    for nxt in range(si + 1, min(len(lay.sentences), si + 1 + LEDE.described_named_within)):
        people = {e.canonical: e for e in res.subj.get(nxt) or [] if e.is_person()}
        if not people:
            continue
        if len(people) > 1:
            return None
        e = next(iter(people.values()))
        body_first = min((x.start for x in e.mentions if x.start >= lay.headline_end), default=-1)
        ok = body_first >= lede_end and len(e.canonical.split()) >= 2 and not is_place(e.canonical)
        return e if ok else None
    return None


def name_lede(lay: Layout, res: "Resolver") -> "Entity | None":
    """Give the lede's null speech quotations before its credit to the person it describes
    (``lede_described``); that person, for a headline quotation that names nobody, or None."""
    credit = lede_credit(lay, res.ents)
    e = lede_described(lay, res, credit) if credit is not None else None
    if e is None:
        return None
    s = lay.sentences[credit[0]]
    for qi in s.quotes:
        q = lay.quotes[qi]
        if q.kind == "speech" and q.speaker is None and q.end <= credit[1]:
            q.speaker, q.speakers = e.canonical, [e.canonical]
            q.confidence = CONFIDENCE.lede_described
            q.attribution_evidence = [x for x in q.attribution_evidence if not x.startswith("speaker left null")]
            q.attribution_evidence.append(f"the lede's described reporter, named next: {e.canonical}")
    return e
