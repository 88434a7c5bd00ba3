"""A speech quotation left null under a round-up's dated source label: a line "X, <outlet or
medium>, <month> <day>, <year>: “…”" (a prediction round-up quoting columnists, each line its
writer's name, where it ran and when). The cascade reads each label line as going on in the
voice before it ("goes on in the voice of the sentence before") or as naming someone other than
the last speaker, and apposed_reporter's label turn allows only a short descriptor before the
colon. Round 81, lane null94, on draw I (3,000 unseen AllSides articles): one round-up of 21
such labels, 11 of them left null; no eval set holds the shape.

The shape, each part a guard:
- the label is the words' own line: from the line's start to the opening mark;
- the line opens with the written form of a person the article knows (not possessive), or of
  an entity of unknown kind written as a known given name and a surname;
- after the name: a comma, the source (at most ``source_words`` words, no quotation mark, no
  word joining a second person or a topic — lexicon/apposed.LABEL_JOINERS — and no other
  person named), a comma, a full date "Month D, YYYY" or "Mon. D, YYYY", a colon, the mark."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.apposed import LABEL_JOINERS
from ..lexicon.calendar import MONTHS
from ..lexicon.given_names import GIVEN_NAMES
from ..thresholds.dated_label import DATED_LABEL
from .entities import Entity

# ", <source>, <Month> <day>, <year>:" then the opening mark, to the end of the line's text
_TAIL = re.compile(r",(?P<source>[^,\n:;“”\"]+(?:,[^,\n:;“”\"]+)?),\s*(?P<month>[A-Z][a-z]+)\.?\s+\d{1,2},\s*\d{4}"
                   r"\s*:\s*[“\"‘']?\s*$")


def dated_label_credits(res: Any) -> None:
    """Give each null speech quotation under a dated source label to the label's person."""
    lay = res.lay
    for s in lay.sentences:
        for qi in s.quotes:
            q = lay.quotes[qi]
            if q.kind != "speech" or q.speaker:
                continue
            ent = _label_person(res, lay, s, q)
            if ent is None:
                continue
            q.speaker, q.speakers = ent.shown, [ent.shown]
            q.speaker_description = ent.description()
            q.confidence = DATED_LABEL.confidence
            q.attribution_evidence = q.attribution_evidence + [
                f"a dated source label: {ent.canonical}, <source>, <date>: (dated_label.py)"]


def _label_person(res: Any, lay: Any, s: Any, q: Any) -> Entity | None:
    """The person whose dated label is the words' line, or None."""
    start = lay.text.rfind("\n", 0, q.start) + 1
    line = lay.text[start : q.start]
    head = start + len(line) - len(line.lstrip())
    mine = [m for m in res.by_sentence.get(s.index, []) if m.begin == head and not m.possessive
            and isinstance(m.entity, Entity) and _person(m)]
    if not mine:
        return None
    m = mine[0]
    tail = _TAIL.match(lay.text, m.end, q.start)
    if tail is None or tail.group("month").lower() not in MONTHS:
        return None
    words = tail.group("source").split()
    if len(words) > DATED_LABEL.source_words or any(w.lower() in LABEL_JOINERS for w in words):
        return None
    others = [o for o in res.by_sentence.get(s.index, []) if o.entity is not None and o.entity is not m.entity
              and m.end <= o.start < q.start and (o.entity.is_person() or o.entity.person_like())]
    return None if others else m.entity


def _person(m: Any) -> bool:
    """A person, or an entity of unknown kind written as a given name and a surname: the label's
    own commas ("X, Medium, March 18") read to the entity step as a place's ("Salem, Oregon"),
    so "Dan X" of a round-up has more place evidence than person evidence."""
    if m.entity.is_person():
        return True
    words = m.name.split()
    return m.entity.kind != "org" and len(words) >= 2 and words[0].lower() in GIVEN_NAMES
