"""Thresholds of the sender check (attribute/letter_sender.py; issue 11, round 80, lane
letter91). Apart from attribute.py, which is at the module size limit."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sender:
    # words; how many title, qualifier or determiner words may stand between an opener's
    # comma and the sender's name ("…, Democratic Reps. Tom Rell": 2; "the Harbour Authority":
    # 1; draw E's longest 2). Prevents a capitalised stretch of an opener that never closed
    # from counting as its end.
    title_words: int = 4
    # words; how far after the sender's name its text noun may stand ("Tom Rell on Friday
    # issued a memorandum": 5; draw E's "Barr issued a memorandum": 2). Prevents the subject
    # of another verb whose object merely mentions a text ("Democrats are expected to grill
    # Vale on a memo he wrote") from being its sender.
    verb_words: int = 5
    # words; how many lower-case role words may stand between "from" and a text's author ("a
    # statement from deputy campaign manager Kate Rell": 3, draw G's longest). Prevents a
    # phrase that only ends on a name from being read as the author.
    role_words: int = 4


SENDER = Sender()
