"""Candidate features that only the ranker's training reads, as a trial (issue 11, round 54,
lane ranker54: ``train_ranker.py --extra``): why the rule cascade left a quotation without a
name, and who last spoke before it. Measured out of fold, they gain too little for the ranker
to win (docs/attribution-errors.md, "Round 54, lane ranker54"), so they stay here, out of
the package, rather than in attribute/features.py (where a new feature would also rename the
calibration's inputs: calibration.py reads features.FEATURES under a shipped model).

Why they were tried: on the eleven tuning sets the cascade's largest error is a null where
the article names the speaker (209 of 4,074 matched speech quotations). Its own evidence
says how sure the null is: "no speaker found" or a narration fragment left null is often a
named person's words (a councillor is introduced, then a quotation stands alone in the next
sentence), while a null whose speaker words the cascade read ("a spokesman said") is mostly a
real unnamed speaker. And a null quotation in a run of quotations often continues the last
named speaker, which may be several quotations back (features.prev_quote_speaker sees only
the one before).
"""

from __future__ import annotations

import math

from onrecord.model import Quote

# the cascade's first evidence line when it left the speaker null, by family (the strings the
# rules write: finder.py, narration_fragment.py, speakers.py ...); checked in this order
_NULL_WHY = (
    ("null_why_narration", ("no reporting verb", "a fragment inside narration")),
    ("null_why_nothing", ("no speaker found", "speaker left null", "last speaker of the article")),
    ("null_why_unnamed_run", ("continues the unnamed",)),
    ("null_why_words", ("string:", "parse:")),
)

EXTRA = (
    *(name for name, _ in _NULL_WHY),
    "last_named_speaker", "log_quotes_since_spoke", "spoke_in_para", "never_named_speaker",
)
_AT = {f: i for i, f in enumerate(EXTRA)}


def null_reason(q: Quote) -> list[float]:
    """One-hot of why the cascade left ``q`` null (all zero when it named a speaker)."""
    out = [0.0] * len(_NULL_WHY)
    if q.speaker:
        return out
    first = (q.attribution_evidence[0] if q.attribution_evidence else "no speaker found").lower()
    for i, (_, keys) in enumerate(_NULL_WHY):
        if any(first.startswith(k) for k in keys):
            out[i] = 1.0
            break
    return out


class SpeakerRun:
    """Where each name last spoke before a quotation, over an article's speech quotations in
    text order (``order``: their indices), as the cascade named them."""

    def __init__(self, quotes: list[Quote], order: list[int], para_of: dict[int, int]):
        self.quotes, self.order, self.para_of = quotes, order, para_of
        self.pos = {qi: k for k, qi in enumerate(order)}

    def context(self, qi: int, name: str) -> list[float]:
        """last_named_speaker, log_quotes_since_spoke, spoke_in_para, never_named_speaker for
        candidate ``name`` of quotation ``qi``."""
        k = self.pos.get(qi, 0)
        last_named, since, in_para = None, None, False
        for j in range(k - 1, -1, -1):
            sp = self.quotes[self.order[j]].speakers
            if not sp:
                continue
            if last_named is None:
                last_named = sp
            if name in sp:
                since = k - j
                in_para = self.para_of.get(self.order[j]) == self.para_of.get(qi)
                break
        return [float(bool(last_named) and name in last_named),
                math.log1p(since) if since is not None else 0.0,
                float(in_para), float(since is None)]


def extend(x: list[float], q: Quote, run: SpeakerRun | None, qi: int, name: str | None) -> None:
    """Append the EXTRA features to row ``x`` (``name`` None: the "nobody" row)."""
    x.extend(null_reason(q))
    if name is None or run is None:
        x.extend([0.0] * (len(EXTRA) - len(_NULL_WHY)))
        return
    x.extend(run.context(qi, name))
