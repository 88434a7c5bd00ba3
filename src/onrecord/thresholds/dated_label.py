"""Thresholds of the dated-source-label rule (attribute/dated_label.py; round 81, lane null94)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DatedLabel:
    """A round-up line "X, <source>, <Month D, YYYY>: “…”"."""

    # words of the source between the name's comma and the date's ("the American Spectator":
    # 3; "Los Angeles Times": 3). Prevents a sentence that merely mentions a date before a
    # colon ("X, who first spoke to us in a long interview at the Y, March 3, 2015:") being
    # read as a label. Not tuned: the draw-I labels have 1 to 3 words.
    source_words: int = 5
    # the rule's confidence, as the label turn's credit (thresholds/continuation:
    # own_reporter_confidence, the same kind of string-read credit).
    confidence: float = 0.7


DATED_LABEL = DatedLabel()
