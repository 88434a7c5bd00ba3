"""Thresholds of the sentence splitter (text/segment.py): how far it looks after a closing
quotation mark for the credit that keeps a quotation and its speaker in one sentence."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CreditLookahead:
    """Characters and words read after “…?” or “… .” for a credit. Prevents both failures of
    a splitter at a quotation's end: cutting "“…?” Mr. Priebus said on CNN" before the name
    (the words then went to the previous speaker: round 32, lane lastspk13, 4 of 100 judged
    small-route attributions), and joining a new sentence that merely starts with a name. The
    bounds were set by the lanes that wrote each check from the corpus constructs they read
    (a name and its title, then the verb), not tuned further."""

    # "“…?” asked Ilse Marr" / "“…?” Marr asked": a reporting verb among the first words
    # (80 characters and 6 words until round 32; lane lastspk13 set 8 words when a title's or
    # an initial's period stopped ending the search)
    verb_chars: int = 80
    verb_words: int = 8
    # "“…?” Ilse Marr, the head of the board, asked": a name, an apposition, then the verb
    apposition_chars: int = 120
    apposition_words: int = 20
    # "“… the river.” Marr said.": nothing but a name (and title) and a bare verb
    bare_credit_chars: int = 60
    bare_credit_words: int = 8


CREDIT_LOOKAHEAD = CreditLookahead()
