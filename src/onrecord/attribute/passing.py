"""Names mentioned in passing: a possessive ("in light of X’s withdrawal") or a name written
before a noun it modifies ("the X phenomenon"). Such a mention is no head of its noun phrase,
so a he/she after the sentence is less likely to be that person than a name the sentence is
about (issue 11, lane wrong: "Donald Trump promised … as he accepted … in light of Ted Cruz’s
withdrawal. “…,” he said" went to Cruz; "NBC’s Chuck Todd argued there was a disconnect in
understanding the Trump phenomenon: “…” he wrote" went to Trump; real-news tuning split fresh4)."""

from __future__ import annotations

from typing import Any

from .mentions import Mention
from .regroup import modifier_mention


def in_passing(text: str, m: Mention) -> bool:
    """A possessive mention, or one written only before a noun it modifies."""
    return m.possessive or modifier_mention(text, m)


def heads_first(text: str, ms: list[Mention]) -> list[Mention]:
    """A sentence's mentions (latest first, as the pronoun search reads them) with those in
    passing moved behind the others, each group keeping its order: the sentence's head names
    are tried before a possessive or a noun modifier of the same sentence."""
    passing = [in_passing(text, m) for m in ms]
    return [m for m, p in zip(ms, passing) if not p] + [m for m, p in zip(ms, passing) if p]


def sentence_mentions(res: Any, si: int, limit: int | None = None) -> list[Mention]:
    """The mentions of sentence ``si`` with an entity (before ``limit`` when given), latest
    first, heads before mentions in passing."""
    ms = [m for m in reversed(res.by_sentence.get(si, []))
          if m.entity and (limit is None or m.end <= limit)]
    return heads_first(res.lay.masked, ms)
