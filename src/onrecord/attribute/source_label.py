"""A speech quotation left null under a round-up's source label: a line "X, <role or outlet>[,
<month> <day>, <year>]: “…”" — a prediction round-up quoting columnists (each line the
writer's name, where it ran and when), a poll of party members (each line a name and a role), a
transcript's turns ("X, lawyer for the challengers: “…”"). The cascade reads a label line as
going on in the voice before it ("goes on in the voice of the sentence before"), as naming
someone other than the last speaker, or finds nobody; apposed_reporter's label turn is reached on
only some of those paths and allows a short descriptor only. Round 81, lane null94, on draw I
(3,000 unseen AllSides articles): of the 36 null speech quotations whose line reads "<Capitalised
words>[, …]: “", the rule gives 18 to the label's person (a columnists' round-up, 10; a party
members' poll, 5; a hearing transcript, a senator's dated quote, a campaign aide, 1 each), all
right; the rest are outlets ("Roll Call: “…”"), share-button litter before a name, "From X:",
and labels whose name the entity step does not read as a person. No eval set holds the shape.

The shape, each part a guard:
- the label is the words' own line: from the line's start to the opening mark;
- the line opens with the written form of a person the article knows (not possessive), or of
  an entity of unknown kind written as a known given name and a surname (the label's commas
  read to the entity step as a place's);
- after the name: a bracketed party-state label allowed, then optionally a comma and a
  descriptor of at most ``source_words`` words (a closing full date "Month D, YYYY" not
  counted), with no quotation mark, no word joining a second person or a topic
  (lexicon/apposed.LABEL_JOINERS) and no other person named; then the colon and the mark."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.apposed import LABEL_JOINERS
from ..lexicon.calendar import MONTHS
from ..lexicon.given_names import GIVEN_NAMES
from ..thresholds.source_label import SOURCE_LABEL
from .entities import Entity
from .null_credit import credit
from .speech_walks import null_speech

# after the name: a bracketed party-state label, then ", <descriptor>" (a role, an outlet, where
# and when it ran), then the colon and the opening mark, to the end of the line's text
_TAIL = re.compile(r"(?:\s*\([^()\n“”\"]{1,30}\))?(?:,(?P<source>[^\n:;“”\"]+))?\s*:\s*[“\"‘']?\s*$")
# a full date closing the descriptor ("…, July 15, 2015"; "…, Aug. 22, 2015"): not counted
_DATE = re.compile(r",\s*(?P<month>[A-Z][a-z]+)\.?\s+\d{1,2},\s*\d{4}\s*$")


def source_label_credits(res: Any) -> None:
    """Give each null speech quotation under a source label to the label's person."""
    lay = res.lay
    for s, q in null_speech(lay):
        ent = _label_person(res, lay, s, q)
        if ent is not None:
            credit(q, ent, SOURCE_LABEL.confidence,
                   f"a source label: {ent.canonical}, <role or outlet>: (source_label.py)")


def _label_person(res: Any, lay: Any, s: Any, q: Any) -> Entity | None:
    """The person whose label is the words' line, or None."""
    start = lay.text.rfind("\n", 0, q.start) + 1
    line = lay.text[start : q.start]
    head = start + len(line) - len(line.lstrip())
    mine = [m for m in res.by_sentence.get(s.index, []) if m.begin == head and not m.possessive
            and isinstance(m.entity, Entity) and _person(m)]
    if not mine:
        return None
    m = mine[0]
    tail = _TAIL.match(lay.text, m.end, q.start)
    if tail is None:
        return None
    source = tail.group("source") or ""
    date = _DATE.search(source)
    if date is not None and date.group("month").lower() in MONTHS:
        source = source[: date.start()]
    words = source.split()
    if len(words) > SOURCE_LABEL.source_words or any(w.lower() in LABEL_JOINERS for w in words):
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
