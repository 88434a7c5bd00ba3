"""Thresholds of the established-name retype (attribute/established_kind.py; round 82, lane
kind95)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Established:
    """How far before an established name's opening mark a naming verb or a form of "be" keeps
    it speech."""

    # words between a naming verb and the opening mark ("dubbing it", "referring to it as":
    # 1-3). Further back the verb names something else ("called for a vote on the “…”").
    # Not tuned: draw K's one naming-verb keep has one word between.
    naming_words: int = 3
    # words between a form of "be" and the mark: an article and adverbs ("was just a", "were
    # not really a"). Not tuned: fresh14's "were a “…”" has one.
    predicate_words: int = 3
    # characters before the mark searched for either: the words above plus a long verb form
    # ("labelling it as the": 20 characters) with room to spare.
    look_back_chars: int = 60


ESTABLISHED = Established()
