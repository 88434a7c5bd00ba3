"""Words whose verb after the closing mark took its subject from inside them go on in the last
speaker's voice, not in the subject of a sentence of narration just before (round 83, lane
desc102).

"X said he reported the call to Y. ¶ Z had earlier stepped aside from the case. ¶ “I did not
hear back … before the governor called me again” to ask what X had done": the verb "ask" after
the closing mark hangs on a verb of the quoted words, so its subject is a noun the speaker uses
(credit_inside.lent_from_quoted_clause, round 83, lane desc100) and the words fall back to the
continuation. The sentence before is background about Z, who says nothing there; the words are
the testimony of X, the last speaker. Read only for that lent path: on draw N the ordinary
continuation's narrating subject ("Bill Beach disagrees.", "X chimed in.", "X is up-front on
this topic:") was the next voice in most of ~100 such quotations read, so the general rule
stands."""

from __future__ import annotations

from typing import Any

from ..thresholds.attribute import CONFIDENCE as C, AttributeOptions
from .breaks import heading_between
from .credit_inside import LENT_HOW
from .layout import Layout
from .resolve import Resolver
from .topic import reports_speech


def lent_surface(how: str) -> bool:
    """The surface is credit_inside's "subject inherited from inside a quotation" continuation."""
    return LENT_HOW in how


def last_over_narration(res: Resolver, lay: Layout, si: int, subj: list[Any], last: Any,
                        opt: AttributeOptions) -> tuple[list[Any], str | None, str, float] | None:
    """The last speaker, when the sentence before the words narrates with a subject other than
    him and no verb of saying, he spoke within the continuation window and no subheading stands
    between; None when the ordinary continuation should decide."""
    s = lay.sentences[si]
    if si <= 0 or last is None or not last[0] or reports_speech(lay, si - 1):
        return None
    if last[3] < s.para - opt.continuation_paragraphs or heading_between(lay, last[3], s.para):
        return None
    if any(e is l or getattr(e, "canonical", e) == getattr(l, "canonical", l) for e in subj for l in last[0]):
        return None
    return list(last[0]), None, "continues the last speaker: the words lent their verb its subject and the " \
        "sentence before narrates without speech", C.continues_last_speaker
