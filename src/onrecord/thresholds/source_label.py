"""Thresholds of the source-label rule (attribute/source_label.py; round 81, lane null94)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SourceLabel:
    """A round-up line "X, <role or outlet>[, <Month D, YYYY>]: “…”"."""

    # words of the descriptor between the name's comma and the colon, a closing date not
    # counted ("the American Spectator": 3; "lawyer representing Proposition 8 challengers":
    # 5). Prevents a sentence that opens with a name and runs on to a colon ("X, who first
    # spoke to us in a long interview at the city hall last spring, put it this way:") being
    # read as a label. Not tuned: the 18 draw-I labels the rule credits have 0 to 5 words.
    source_words: int = 6
    # the rule's confidence, as the label turn's credit (thresholds/continuation:
    # own_reporter_confidence, the same kind of string-read credit).
    confidence: float = 0.7


SOURCE_LABEL = SourceLabel()
