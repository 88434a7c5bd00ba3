"""A kind of body the article keeps repeating ("the company", "the agency", "the school")
names the body the first repeat referred to (issue 11, round 44, lane nulls27).

"Larkfield Dairies opened a plant in May. The company said the plant … . Its staff … . “…,” the
company said": each repeat refers to the one before, and the first to the body named just before
it. ``near_body`` reads back at most ``KIND_BACKREF_SENTENCES`` sentences from the quotation
and gives up there; an article that goes on about the body for a paragraph under its kind word
put the name out of that reach. On random big2 text the body under a kind word was the largest
shape of nulls whose speaker the article names (10 of 26, eval/real/audit/nulls27-sample.tsv:
"The TSA stressed … . The agency explained … . “…,” the agency said", "Facebook opened … . The
company said … . “…,” the company said").

The reading is ``near_body``'s (one body, outside quotations, nothing else that may be one,
never into a headline), with these changes: a sentence that repeats the same kind word ("The
company said …", "the upper-crust school", or a kind of its family: "The university had said")
is a link, which resets the reach to ``KIND_BACKREF_SENTENCES`` sentences before it, and the
names it holds before the repeat are read like any sentence's; a sentence of quoted words only
costs no reach and no paragraph limit applies (the reach counts sentences of prose, and "“…,”
Harvard said. ¶ “…” ¶ The university had said … . ¶ “…,” the school tweeted" puts the body
three paragraphs up); a news outlet is no second body for a kind no outlet is ("ICE says …,
Fox News reports. ¶ The agency issued …"); a name the entity layer left unclassed is a body
where a verb of saying follows it ("ICE says"), unless something shows a person. Being further
from the words, the body must stand as its sentence's speaker (``_speaks_in``), and a repeat
with any other name before it in its sentence ends the reading. The rule answers only through
at least one link: without one, ``near_body`` has answered already. A possessive ("the company's sales") is no link.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon.heads import NEAR_BODY_HEADS, OUTLET_KINDS
from ..lexicon.reporting import REPORT_FORMS
from ..thresholds.attribute import KIND_BACKREF_SENTENCES
from .near_body import _PROSE_WORD, _body, _family, _no_speaker, _other_kind, _outlet, _sentence_entities

if TYPE_CHECKING:
    from .entities import Entity
    from .phrase import Part
    from .resolve import Resolver

# "agency" is no head of near_body's (a Congress or a company opening a sentence is no agency:
# attribute/kind_backref.py); behind a repeat of "the agency" the body named first is the one
CHAIN_HEADS = NEAR_BODY_HEADS | frozenset({"agency"})
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_REPORTING = frozenset(REPORT_FORMS)


def _speaks_in(res: "Resolver", si: int, before: int, e: "Entity") -> bool:
    """A mention of ``e`` stands as the sentence's speaker: a verb of saying right after it
    ("ICE says it will …", "“…,” Harvard whined") or nothing but "The" or quoted words before
    it ("The TSA, in a statement, stressed"). A name further in is often no subject ("No one
    knows what the Supreme Court will say … . ¶ … FreedomWorks — the group that …": the court
    was taken for "the group", corpus check)."""
    for m in res.by_sentence.get(si, []):
        if m.entity is not e or m.start >= before or m.possessive:
            continue
        begin = m.begin
        nxt = _NEXT_WORD.match(res.lay.masked, m.end)
        first = not _PROSE_WORD.search(res.lay.masked, res.lay.sentences[si].start, begin)
        if first or nxt is not None and nxt.group(1) in _REPORTING:
            return True
    return False


def _unclassed_body(e: "Entity") -> bool:
    """A name the entity layer left unclassed and nothing shows to be a person or a place:
    a body where it speaks (``_speaks_in``; near_body wants it to have been given words)."""
    return e.kind == "unknown" and e.gender is None and not e.roles and e.person_evidence == 0 and e.place_evidence == 0


def _names_before(res: "Resolver", si: int, before: int) -> bool:
    """The sentence names something other than a person before ``before``, though no body was
    read there ("Its members at FreedomWorks — the group that …": a preposition's object)."""
    return any(m.entity is not None and m.entity.kind != "person" and m.start < before
               and res.lay.masked[m.start : m.end].strip() for m in res.by_sentence.get(si, []))


def _link(head: str) -> "re.Pattern[str]":
    """"the company" / "The company", or with one lower-case word between ("the upper-crust
    school"), or a kind of the head's family ("The university had said … . “…,” the school
    tweeted": lexicon INSTITUTION_KIND_FAMILIES); never "the company's" (an owned thing)."""
    family = _family(head) or frozenset({head})
    heads = "|".join(sorted(re.escape(h) for h in family))
    return re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+)?(?:" + heads + r")\b(?!['\u2019])")


def _kind_word(text: str) -> str | None:
    words = text.split()
    if len(words) == 2 and words[0].lower() == "the" and words[1] in CHAIN_HEADS:
        return words[1]
    return None


def _one_body(res: "Resolver", si: int, before: int, head: str) -> "tuple[bool, Entity | None]":
    """(stop, body) for one sentence read up to ``before``: the one body it names; stop when
    it names two, or a name that may be a body the entity layer could not tell."""
    found = _sentence_entities(res, si, before)
    if found is None:
        return True, None
    named = [e for e in found if not _no_speaker(e) and (head in OUTLET_KINDS or not _outlet(e))]
    bodies = [e for e in named if _body(e) or _unclassed_body(e) and _speaks_in(res, si, before, e)]
    if len(bodies) > 1 or any(e not in bodies and e.kind != "person" and e.gender is None for e in named):
        return True, None
    return bool(bodies), (bodies[0] if bodies else None)


def chained_body(res: "Resolver", part: "Part", pos: int, sent_idx: int) -> "Entity | None":
    """The body the first of a run of repeats of "the <kind>" refers back to; else None."""
    head = _kind_word(part.text)
    if head is None:
        return None
    link = _link(head)
    reach, links = KIND_BACKREF_SENTENCES, 0
    for si in range(sent_idx - 1, -1, -1):
        s = res.lay.sentences[si]
        if s.start < res.lay.headline_end:
            return None
        end = min(s.end, part.start)
        if not _PROSE_WORD.search(res.lay.masked, s.start, end):
            continue  # the body's own words in a paragraph of their own, or a picture credit
        repeat = link.search(res.lay.masked, s.start, end)
        upto = repeat.start() if repeat else end
        stop, body = _one_body(res, si, upto, head)
        if body is not None:
            if not links or _other_kind(body, part.text) or not _speaks_in(res, si, upto, body):
                return None
            return body
        if stop or repeat is not None and _names_before(res, si, upto):
            return None
        if repeat is not None:
            links, reach = links + 1, KIND_BACKREF_SENTENCES
            continue
        reach -= 1
        if reach <= 0:
            return None
    return None
