"""Thresholds of the aside-subject rule (attribute/aside_credit.py; round 81, lane null93)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AsideCredit:
    """A person's name set off by an aside, then a verb of saying, then the words."""

    # characters of the aside between the name's comma and the verb's ("a Yale professor of
    # psychiatry, said"; "who days earlier had led a prayer aboard the plane, said"). Prevents
    # a comma far down a long sentence being read as the aside's end. Not tuned: the ten
    # draw-I answers the rule changed have asides of 6 to 49 characters.
    aside_chars: int = 150
    # words between the verb of saying and the opening mark ("said that any concerns about
    # the sergeant's conduct “…”": 6). Prevents words deep in a later clause being given to
    # the name. Not tuned: the ten draw-I answers have 1 to 23 (a video's "told a reporter
    # that he liked … and that, because …, he could “…”").
    words_to_quote: int = 25
    # the rule's confidence, as a continuation's own-reporter credit (thresholds/continuation:
    # own_reporter_confidence, the same kind of string-read credit).
    confidence: float = 0.7


ASIDE_CREDIT = AsideCredit()
