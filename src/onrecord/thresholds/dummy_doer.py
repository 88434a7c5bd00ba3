"""Thresholds of the dummy-"it" doer check (attribute/dummy_doer.py; issue 11, round 80, lane
wrong91). Apart from attribute.py, which is at the module size limit."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DummyDoer:
    # characters after a dummy "it"'s opening ("it didn't take long for ") in which the doer's
    # name mention must start, past capitalised title words only ("for President Ann Vale to":
    # the mention starts at "Ann", 10 characters on). Prevents a name further into the clause
    # ("for a challenger to oust Senator X") from being read as the doer; the title-words check
    # bounds that too. Draw G's one named case ("for President Donald Trump to") needs 10.
    title_chars: int = 30


DUMMY_DOER = DummyDoer()
