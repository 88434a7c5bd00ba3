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
never past the paragraph before the last repeat nor into a headline), with one change: a
sentence that repeats the same kind word ("The company said …") is a link, which resets the
reach to ``KIND_BACKREF_SENTENCES`` sentences before it; the names it holds before the repeat
are read like any sentence's. The rule answers only through at least one link: without one,
``near_body`` has answered already. A possessive ("the company's sales") is no link.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..lexicon.heads import INSTITUTION_KIND_FAMILIES, NEAR_BODY_HEADS
from ..thresholds.attribute import KIND_BACKREF_SENTENCES
from .near_body import _body, _no_speaker, _other_kind, _sentence_entities

if TYPE_CHECKING:
    from .entities import Entity
    from .phrase import Part
    from .resolve import Resolver

# "agency" is no head of near_body's (a Congress or a company opening a sentence is no agency:
# attribute/kind_backref.py); behind a repeat of "the agency" the body named first is the one
CHAIN_HEADS = NEAR_BODY_HEADS | frozenset({"agency"})
# a sentence with no lower-case word of three letters is a credit line, no sentence of the story
_PROSE_WORD = re.compile(r"\b[a-z]{3,}\b")


def _link(head: str) -> "re.Pattern[str]":
    """"the company" / "The company", or with one lower-case word between ("the upper-crust
    school"), or a kind of the head's family ("The university had said … . “…,” the school
    tweeted": lexicon INSTITUTION_KIND_FAMILIES); never "the company's" (an owned thing)."""
    family = next((f for f in INSTITUTION_KIND_FAMILIES if head in f), frozenset({head}))
    heads = "|".join(sorted(re.escape(h) for h in family))
    return re.compile(r"\b[Tt]he\s+(?:[a-z][\w-]*\s+)?(?:" + heads + r")\b(?!['\u2019])")


def _kind_word(text: str) -> str | None:
    words = text.split()
    if len(words) == 2 and words[0].lower() == "the" and words[1] in CHAIN_HEADS:
        return words[1]
    return None


def _one_body(res: "Resolver", si: int, before: int) -> "tuple[bool, Entity | None]":
    """(stop, body) for one sentence read up to ``before``: the one body it names; stop when
    it names two, or a name that may be a body the entity layer could not tell."""
    found = _sentence_entities(res, si, before)
    if found is None:
        return True, None
    named = [e for e in found if not _no_speaker(e)]
    bodies = [e for e in named if _body(e)]
    if len(bodies) > 1 or any(e not in bodies and e.kind != "person" and e.gender is None for e in named):
        return True, None
    return bool(bodies), (bodies[0] if bodies else None)


def chained_body(res: "Resolver", part: "Part", pos: int, sent_idx: int) -> "Entity | None":
    """The body the first of a run of repeats of "the <kind>" refers back to; else None."""
    head = _kind_word(part.text)
    if head is None:
        return None
    link = _link(head)
    anchor, reach, links = res.lay.sentences[sent_idx].para, KIND_BACKREF_SENTENCES, 0
    for si in range(sent_idx - 1, -1, -1):
        s = res.lay.sentences[si]
        if s.start < res.lay.headline_end or anchor - s.para > 1:
            return None
        end = min(s.end, part.start)
        if not _PROSE_WORD.search(res.lay.masked, s.start, end):
            continue
        repeat = link.search(res.lay.masked, s.start, end)
        stop, body = _one_body(res, si, repeat.start() if repeat else end)
        if body is not None:
            return body if links and not _other_kind(body, part.text) else None
        if stop:
            return None
        if repeat is not None:
            links, anchor, reach = links + 1, s.para, KIND_BACKREF_SENTENCES
            continue
        reach -= 1
        if reach <= 0:
            return None
    return None
