"""Names mentioned in passing: a possessive ("in light of X’s withdrawal") or a name written
before a noun it modifies ("the X phenomenon"). Such a mention is no head of its noun phrase,
so a he/she after the sentence is less likely to be that person than a name the sentence is
about (issue 11, lane wrong: "Donald Trump promised … as he accepted … in light of Ted Cruz’s
withdrawal. “…,” he said" went to Cruz; "NBC’s Chuck Todd argued there was a disconnect in
understanding the Trump phenomenon: “…” he wrote" went to Trump; real-news tuning split fresh4)."""

from __future__ import annotations

from typing import Any

from ..lexicon.function_words import SENTENCE_CONJUNCTIONS
from .cues import DETERMINERS
from .finder import clause_start

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


def deferred_possessive(res: Any, si: int, m: Mention) -> bool:
    """A possessive in a sentence before a he/she, which yields to the subject of the sentence
    before it. "X asserted. He said …. Russia lost its seat over Y’s annexation of Crimea.
    “…,” he said" went to Y (real-news tuning split fresh2, round 23): a possessive inside the
    sentence names what it is about, not who speaks. Not one that opens the main clause ("When
    a reporter asks her about X, Ms. Y’s hands fly to her mouth. … “…” she says": Y is the
    subject's owner, corpus check), and possessives only: the noun-modifier test
    (regroup.modifier_mention) also flags a name before its verb ("Darin X represents …"), and
    deferring those took three right answers on the tuning splits."""
    if not m.possessive:
        return False
    toks = res.lay.sentences[si].tokens
    c0 = clause_start(toks)
    if c0 + 1 < len(toks) and toks[c0].lower in SENTENCE_CONJUNCTIONS:  # "But X’s …"
        c0 += 1 + clause_start(toks[c0 + 1 :])
    start = m.prefix_start if 0 <= m.prefix_start <= m.start else m.start
    if c0 >= len(toks) or start < toks[c0].start:
        return True  # in the introduction ("But with Y’s orders, this now …, the governor said")
    return not all(t.lower in DETERMINERS for t in toks[c0:] if t.start < start)
