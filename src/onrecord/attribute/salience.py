"""Salience across sentences and pronoun agreement, per article, for the learned ranker's
candidate features (features.py; issue 11, round 14).

The rule cascade reads a quotation's own sentence; the errors it leaves on the tuning sets
are mostly about the sentences around it: a quotation that continues the person the previous
sentence was about ("Lena Ortiz toured the site. 'We will rebuild,' she said."), a pronoun
that should bind to the nearest person of its gender, not the nearest name. Without a parse,
a sentence's subject is approximated by its first name outside quotations when that name
opens the sentence (within ``RankerThresholds.subject_tokens`` tokens, a role word or
"The Prime Minister," before it allowed) and is not a possessive ("Ortiz's aide").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from ..lexicon.reporting import REPORT_FORMS, report_base
from ..thresholds.learned import RANKER
from .cues import PRONOUNS
from .entities import Entity
from .layout import Layout
from .mentions import Mention

_SUBJECT_PRONOUNS = ("he", "she")  # gendered subject pronouns: "she said", "he added"


def report_beside(lay: Layout, starts: list[int], si: int, m: Mention) -> bool:
    """A reporting verb within ``RankerThresholds.report_tokens`` tokens of the mention, in
    its sentence ``si`` (``starts``: the sentence's token starts)."""
    if si < 0 or si >= len(lay.sentences):
        return False
    toks = lay.sentences[si].tokens
    k = bisect_left(starts, m.start)
    j = bisect_left(starts, m.end)
    n = RANKER.report_tokens
    # a token's lower-case form is kept on it: REPORT_FORMS read directly (report_base lowers
    # the text again), window by window (asked for every mention of every article with a named
    # quotation: round 28, lane speed12)
    for lo, hi in ((max(0, k - n), k), (j, j + n)):
        for t in toks[lo:hi]:
            if t.lower in REPORT_FORMS:
                return True
    return False


class Salience:
    """Which entity each sentence is about, how often each entity is reported speaking, and
    which gendered pronoun reports speech in a sentence; built once per article."""

    def __init__(self, lay: Layout, outside: list[tuple[int, Mention, Entity]],
                 sentence_of: Callable[[int], int], token_starts: Callable[[int], list[int]]):
        self.lay = lay
        self.lead: dict[int, int] = {}  # sentence -> id of the entity it opens with
        self.reported: dict[int, int] = {}  # entity id -> mentions beside a reporting verb
        seen: set[int] = set()
        for start, m, e in outside:  # sorted by position
            si = sentence_of(start)
            if report_beside(lay, token_starts(si), si, m):
                self.reported[e.id] = self.reported.get(e.id, 0) + 1
            if si in seen:
                continue
            seen.add(si)
            at = m.begin
            if not m.possessive and bisect_left(token_starts(si), at) <= RANKER.subject_tokens:
                self.lead[si] = e.id
        self.para_first: dict[int, int] = {}
        for s in lay.sentences:
            self.para_first.setdefault(s.para, s.index)
        self._pronoun: dict[int, str | None] = {}

    def last_lead(self, si: int) -> int | None:
        """The entity of the nearest earlier sentence that opens with a name, within
        ``RankerThresholds.subject_lookback`` sentences: whom a continuation continues."""
        for k in range(si - 1, max(-1, si - 1 - RANKER.subject_lookback), -1):
            if k in self.lead:
                return self.lead[k]
        return None

    def pronoun(self, si: int) -> str | None:
        """"m" or "f": sentence ``si`` reports speech with "he"/"she" beside a reporting verb
        (outside quotations: the layout masks them)."""
        if si in self._pronoun:
            return self._pronoun[si]
        got = None
        if 0 <= si < len(self.lay.sentences):
            toks = self.lay.sentences[si].tokens
            n = RANKER.report_tokens
            for i, t in enumerate(toks):
                if t.lower in _SUBJECT_PRONOUNS and any(
                        report_base(u.text) for u in toks[max(0, i - n):i] + toks[i + 1:i + 1 + n]):
                    got = PRONOUNS[t.lower]
                    break
        self._pronoun[si] = got
        return got


def agrees(e: Entity, gender: str | None) -> bool:
    return gender is not None and e.gender == gender


def clashes(e: Entity, gender: str | None) -> bool:
    """A person of the other gender, or an organisation, for a "he"/"she"."""
    return gender is not None and (e.kind == "org" or e.gender is not None and e.gender != gender)
