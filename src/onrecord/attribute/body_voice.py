"""A body's words read out by its named voice are that person's (issue 11, round 69, lane
bodyper77). "The White House called such a testimony ‘counterproductive’" and, a paragraph on,
"“… it is counter-productive to have …,” White House spokesperson <name> said": the narration
credits the body with a word of the statement its spokesperson, press secretary or adviser gave,
and the gold names the person who gave it (the real-news tuning sets: fresh22 ×2 in one
article, fresh14 "with the White House calling the campaign a ‘…’" over the press secretary's
"… political fishing expedition", fresh3's update line "White House Says News Is ‘…’" over the
economic adviser's "writes").

The link is read only when the later quotation repeats the body's words (any case, a hyphen
dropped or kept) and the body's own name titles its speaker in that paragraph ("<body> <role
words> <name>"): a person of another employer repeating the word, or the body's spokesperson
saying something else, leaves the body its words."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..thresholds.layout import LABEL
from .labels import norm_words, repeats_below

if TYPE_CHECKING:
    from ..model import Quote
    from .entities import Entities
    from .layout import Layout


def _dehyphened(text: str) -> str:
    """The words as two quotations of the same statement share them: "counter-productive" and
    "counterproductive" alike."""
    return norm_words(text.replace('-', '').replace('‐', ''))


def _titled_by(lay: Layout, body: str, o: Quote, k: int) -> bool:
    """``body``'s name stands right before a word of ``o``'s speaker's name in ``o``'s paragraph
    ("White House Press Secretary Jay Carney")."""
    a, b = lay.para_of_pos[k]
    words = [w for w in (o.speaker or "").split() if len(w) > 1]
    if not words:
        return False
    names = "|".join(re.escape(w) for w in words)
    gap = LABEL.body_voice_title_chars
    pat = rf"\b{re.escape(body)}\b[^.\n“”\"]{{0,{gap}}}?\b(?:{names})\b"
    return re.search(pat, lay.text[a:b]) is not None


def _voice(lay: Layout, ents: Entities, q: Quote) -> Quote | None:
    """The first later quotation, within a few paragraphs, that repeats ``q``'s words and whose
    speaker, a person, the body speaking ``q`` titles."""
    key = f" {_dehyphened(q.text)} "
    for o in repeats_below(lay, q, LABEL.body_voice_paragraphs, key, _dehyphened):
        if not o.speaker:
            continue
        person = ents.entity_for_name(o.speaker)
        ko = lay.paragraph_index(o.start)
        if person is not None and person.is_person() and ko is not None \
                and _titled_by(lay, q.speaker or "", o, ko):
            return o
    return None


def body_voices(lay: Layout, ents: Entities) -> None:
    """Give a body's quoted words to the titled person whose quotation repeats them."""
    for q in lay.quotes:
        if q.kind != "speech" or not q.speaker or not norm_words(q.text):
            continue
        body = ents.entity_for_name(q.speaker)
        if body is None or body.kind != "org":
            continue
        o = _voice(lay, ents, q)
        if o is not None:
            q.speaker, q.speakers = o.speaker, list(o.speakers)
            q.attribution_evidence = [f"body's words repeated by its titled voice at {o.start}"] \
                + q.attribution_evidence
