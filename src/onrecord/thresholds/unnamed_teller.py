"""Thresholds of the unnamed-teller and addressee checks (attribute/unnamed_teller.py,
addressee.py; issue 11, round 79, lane addressee90). Apart from attribute.py, which is at the module size limit."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Teller:
    # words; the longest stretch between an unnamed voice's verb of saying and the marks it
    # reports ("A state official said the governor is set to sign the bill and will call it
    # “…”": the reported clause before the words). Prevents a quotation far down a long
    # sentence, after the voice's report has ended and another clause credits the words,
    # from being taken from its speaker. Set on draw E's 8 counted cases (the longest about
    # 15 words).
    clause_words: int = 25
    # words; the longest description head before its complement ("a senior White House
    # official" is 4). Prevents a long clause with a voice noun at its end ("a plan that the
    # aide …") from being read as the voice.
    head_words: int = 5
    # words; how far after a text noun's "to" the addressee phrase may run (attribute/
    # addressee.py: "a memorandum to the nation’s district attorneys", 5; "a letter to Sens.
    # Tom Rell (R-AL) and Ada Quist (R-NE)", 8, draw E's longest). Prevents a name far down
    # the clause from being read as an addressee; a comma, or a lower-case word after the
    # name, ends the phrase earlier.
    addressee_reach_words: int = 8


TELLER = Teller()
