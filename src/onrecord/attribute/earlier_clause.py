"""The named subject of an earlier clause of a he/she's own sentence, when no name opens the
pronoun's own clause: "It may seem long ago, but when Ana X took office, she spoke of …" and
"Bo Y drew notice for a tape in which he was heard saying “…”" are X's and Y's. The
pronoun's clause has no named subject (``Referents._own_subject`` is None), so the subject of
the sentence before came first and took the he/she (round 82, lane pron98: draw K, a
blogger quoted a paragraph back, a campaign's boss named as an object before, a former
president named a paragraph back).

Narrow on purpose: the name must be the last mention before the pronoun (no other name
between, so "When X met Y, he …" is left alone), open a clause (the sentence's start, a
comma or dash, or a conjunction in ``CLAUSE_SUBJECT_OPENERS``) and be followed by a
lower-case word that is no preposition, "and", relative or subordinator (its verb; draw K: "between the
candidate and Vladimir X to a call … when he urged" is the candidate's), not be a possessive, an organisation or a non-person."""

from __future__ import annotations

import re
from typing import Any

from ..lexicon.function_words import CLAUSE_SUBJECT_OPENERS, OBJECT_PREPOSITIONS, PAIR_CONJUNCTIONS, RELATIVE_WORDS, SUBORDINATORS
from ..thresholds.subjects import SUBJECTS
from .entities import Entity

_WORD_BEFORE = re.compile(r"(?:^|([A-Za-z]+)|([,;—–]))\s*$")
_VERB_AFTER = re.compile(r"[ \t]+(?:also[ \t]+|then[ \t]+|later[ \t]+)?([a-z]+)\b(?![’'-])")
# a word after the name that opens a phrase or clause, not a verb: "between X and Putin to a
# call …" (draw K), "a call with the other country's president, Ana Y when he asked …" (an
# apposition, tuning split fresh15: the caller's "he")
_NOT_VERBS = OBJECT_PREPOSITIONS | PAIR_CONJUNCTIONS | RELATIVE_WORDS | SUBORDINATORS


def earlier_clause_subject(res: Any, pos: int, sent_idx: int) -> Entity | None:
    """The entity of the last name before ``pos`` in sentence ``sent_idx`` when it opens a
    clause as its subject (module docstring); None otherwise."""
    sent = res.lay.sentences[sent_idx]
    ms = [m for m in res.by_sentence.get(sent_idx, []) if m.end <= pos]
    if not ms or ms[-1].entity is None:
        return None
    m, e = ms[-1], ms[-1].entity
    if m.possessive or e.kind == "org" or not e.person_like() or m.noun_modifier:
        return None
    text = res.lay.masked
    begin = m.prefix_start if 0 <= m.prefix_start <= m.start else m.start
    if begin <= sent.start:
        return None  # the sentence's opener: _own_subject's to read
    w = _WORD_BEFORE.search(text, max(sent.start, begin - SUBJECTS.earlier_clause_opener_chars), begin)
    if w is None or not w.group(1) and not w.group(2):
        return None
    if w.group(1) and w.group(1).lower() not in CLAUSE_SUBJECT_OPENERS:
        return None
    v = _VERB_AFTER.match(text, m.end)
    if v is None or v.group(1) in _NOT_VERBS:
        return None
    return e
