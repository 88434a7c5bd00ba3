"""Three shapes of a quotation's own sentence that name its speaker where own_reporter.py does not
look: continuation.py would leave it null ("names X, not the previous speaker"). Round 80, lane
apposed92, on the 105 such quotations of draw G (27 had X as the speaker; these shapes held 10):

- apposition to the opening noun phrase: "The former head of the port authority, retired
  Capt. X, warned on radio that the plan was “…”" (the leading subject is the role, so
  own_reporter's subject test misses X);
- a label turn: "X: “…”" or "X at Radio Y: “…”" opening a transcript's line or a headline
  ("Rep. X: the risk is “real”");
- the object of a verb of causing, then "to" and a verb of saying: "…, leading harbour chief X
  to call the vote a “…”" (the parse's object-control route missed it).

Each refuses another person named between X and the words."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.apposed import CAUSING_VERBS, LABEL_JOINERS
from ..lexicon.function_words import RELATIVE_WORDS
from ..lexicon.reporting import REPORT_FORMS, report_base
from ..thresholds.shapes import APPOSED_REPORTER
from .entities import Entity

# before the apposed name: one phrase with no comma, its comma, then lower-case words only
# ("retired"); the phrase must open with a determiner, so "In Ohio, X warned" is no apposition
_OPENING_PHRASE = re.compile(r"^\s*(?:The|A|An)\s[^,;:“”\"]+,\s*(?:[a-z]+\s+)*$")


def apposed_reporter(res: Any, lay: Any, si: int, qi: int, other: Entity) -> str | None:
    """The shape by which sentence ``si`` names ``other`` as the speaker of quotation ``qi``
    ("apposition", "label", "caused to say"), or None."""
    if not other.is_person():
        return None
    s, q = lay.sentences[si], lay.quotes[qi]
    spans = [(o.start, o.end) for o in lay.quotes]
    mine = [m for m in res.by_sentence.get(si, []) if m.entity is other and not m.possessive
            and m.end <= q.start and not any(a <= m.start < b for a, b in spans)]
    for m in mine:
        if _other_person_between(res, si, other, m.end, q.start, spans):
            continue
        if _apposed_to_opening(lay, s, m) and _says_after(s, m.end, q.start):
            return "apposition"
        if _label_turn(lay, s, m, q.start):
            return "label"
        if _caused_to_say(s, m, q.start):
            return "caused to say"
    return None


def _other_person_between(res: Any, si: int, other: Entity, a: int, b: int, spans: list) -> bool:
    """Someone else named, outside quotations, between X's name and the words: "Trump informed
    Comey that …" leaves the words' owner untold."""
    return any(m.entity is not None and m.entity is not other and a <= m.start < b
               and not any(x <= m.start < y for x, y in spans)
               and (m.entity.is_person() or m.entity.person_like())
               for m in res.by_sentence.get(si, []))


def _apposed_to_opening(lay: Any, s: Any, m: Any) -> bool:
    """X stands between commas right after the sentence's opening noun phrase."""
    return bool(_OPENING_PHRASE.match(lay.text[s.start : m.begin])) and lay.text[m.end : m.end + 1] == ","


def _says_after(s: Any, a: int, b: int) -> bool:
    """A past verb of saying between X's closing comma and the words, before any relative word
    ("…, X, warned on radio that …"; not "…, X, who chairs a panel that said …")."""
    for t in s.tokens:
        if t.start < a or t.end > b:
            continue
        if t.lower in RELATIVE_WORDS:
            return False
        if t.is_word and t.lower in REPORT_FORMS and t.lower.endswith(("ed", "said", "told", "wrote")):
            return True
    return False


def _label_turn(lay: Any, s: Any, m: Any, q_start: int) -> bool:
    """"X: “…”" with X opening the sentence, at most a short descriptor before the colon ("X at
    Radio Y:", "X, after the vote:"), and the colon before the words. Not "X and Y: “…”" (a
    clip's title, lexicon/apposed.LABEL_JOINERS): a first version of own_reporter.py that took a
    colon as a credit gave "Romney and Ryan: ‘…’" to Ryan."""
    if lay.text[s.start : m.begin].strip(" \t\n\"'“”‘’"):
        return False
    colon = lay.text.find(":", m.end, q_start)
    if colon < 0:
        return False
    between = lay.text[m.end : colon]
    words = [w.lower() for w in between.split()]
    return len(words) <= APPOSED_REPORTER.label_words and not any(c in between for c in ";“”\"") \
        and not any(w in LABEL_JOINERS for w in words)


def _caused_to_say(s: Any, m: Any, q_start: int) -> bool:
    """"leading X to call it a “…”": a verb of causing right before X's written form, "to" and a
    verb of saying right after it, no relative word before the words."""
    before = [t for t in s.tokens if t.end <= m.begin and t.is_word]
    after = [t for t in s.tokens if m.end <= t.start and t.end <= q_start]
    if not before or before[-1].lower not in CAUSING_VERBS or len(after) < 2:
        return False
    if after[0].lower != "to" or report_base(after[1].lower) is None:
        return False
    return not any(t.lower in RELATIVE_WORDS - {"that"} for t in after[2:])
