"""An outlet's report verb after the words carries another voice's words (issue 11).

"X said the plan would “…” the BBC reported": the outlet reports what X said; the reporting
verb before the words governs them (real-news tuning split, before round 50). Round 50 (lane
bodies50) found the outlet still credited when the other voice's verb is written *between* the
words and the outlet's credit, or is a weak verb of naming:

- "“Move to the stern,” one sailor can be heard saying on a recording, the Gazette reported":
  the sailor's words (unnamed: null), not the Gazette's;
- "Voss attacked “all ferry users”, calling them “greedy”, the Gazette reported": "calling"
  shares its subject with the clause the words are in;
- "the fares, which she called “…”, the Gazette reported": a weak verb of naming ("called")
  before the words is still a voice the outlet reports.

Big2's bodies50 sample (eval/real/audit/bodies50-sample.tsv) held five outlets credited with
words they report; these shapes are four of them. The outlet stays the speaker when no other
verb of saying stands before its credit ("“…,” the Post reported": its own report).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..lexicon.reporting import INNER_NON_REPORT_BASES, report_base


def carried_base(word: str) -> str | None:
    """The base of ``word`` when it is a verb of saying an outlet's "reported" may carry: not
    "report" itself, nor an order or a text that "reads" ("“…” that X ordered the raid: report"
    is an unnamed source's, corpus check). The string reader (finder._voice_before) and the parse
    reader (below) each kept this test (review42 merged them)."""
    base = report_base(word)
    return base if base and base != "report" and base not in INNER_NON_REPORT_BASES else None


def _voice(t: Any, is_report: Callable[[Any], bool]) -> bool:
    return is_report(t) and report_base(t.lower_) != "report"


def _carried(t: Any, is_report: Callable[[Any], bool]) -> bool:
    """A voice written between the words and the outlet's credit."""
    return is_report(t) and carried_base(t.lower_) is not None


def carried_voice(outside: Sequence[Any], qtoks: Sequence[Any], cue: Any,
                  is_report: Callable[[Any], bool]) -> Any | None:
    """The verb of saying whose words an outlet's ``cue`` ("reported", "reports") after the
    quotation carries, or None when ``cue`` is no such verb or the sentence has no other voice:
    the nearest before the words, else the first between the words and the outlet's credit."""
    if not qtoks or cue is None or cue.i < qtoks[-1].i or report_base(cue.lower_) != "report":
        return None
    before = [t for t in outside if t.i < qtoks[0].i and _voice(t, is_report)]
    if before:
        return before[-1]
    between = [t for t in outside if qtoks[-1].i < t.i < cue.i and _carried(t, is_report)]
    return between[0] if between else None
