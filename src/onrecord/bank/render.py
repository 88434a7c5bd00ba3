"""Text and JSON renderings of the bank's answers (search results, a cluster's history, a
mining run's summary), so the CLI only picks one."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from ..report.summary import short
from .query import ClusterHistory, ClusterSummary


def _first(published: str | None, outlet: str | None) -> str:
    return f"first {published or 'undated'}{' by ' + outlet if outlet else ''}"


def search_text(rows: list[ClusterSummary]) -> str:
    if not rows:
        return "no quotation in the bank matches\n"
    lines = []
    for c in rows:
        who = f"{c.speaker} ({c.speaker_count})" if c.speaker else "speaker unknown"
        lines.append(f"{c.id}\t{c.occurrences} reports, {c.outlets} outlets, {c.forms} forms\t"
                     f"{_first(c.first_published, c.first_outlet)}\t{who}\t\u201c{short(c.longest, 100)}\u201d")
    return "\n".join(lines) + "\n"


def _diff_text(ops: list[Any]) -> str:
    """Word diff as text: [-words the earliest form had-] {+words this variant has+}."""
    out = []
    for op in ops:
        if op.op == "equal":
            out.append(op.text)
        elif op.op == "source":
            out.append(f"[-{op.text}-]")
        else:
            out.append(f"{{+{op.text}+}}")
    return " ".join(out)


def history_text(h: ClusterHistory) -> str:
    c = h.cluster
    lines = [f"cluster {c.id}: {c.occurrences} reports in {c.outlets} outlets, {len(h.variants)} forms, "
             f"{_first(c.first_published, c.first_outlet)}",
             f"longest form: \u201c{c.longest}\u201d",
             "speaker: " + (f"{c.speaker} ({c.speaker_count} of {c.occurrences} reports)" if c.speaker else "unknown")]
    if h.speakers:
        lines.append("speakers: " + ", ".join(f"{s} ({n})" for s, n in h.speakers))
    lines.append("variants in order of first appearance (diff against the earliest: [-dropped-] {+added+}):")
    for i, v in enumerate(h.variants, 1):
        head = f"{i}. {v.first_published or 'undated'} {v.first_outlet or '(no outlet)'} \u2014 {v.occurrences} report(s), {v.outlets} outlet(s)"
        lines.append(head)
        lines.append(f"   \u201c{v.text}\u201d")
        if v.diff:
            lines.append("   diff: " + _diff_text(v.diff))
        lines.append(f"   first in {v.first_document}")
    return "\n".join(lines) + "\n"


def as_json(obj: Any) -> str:
    return json.dumps(asdict(obj) if not isinstance(obj, list) else [asdict(o) for o in obj], ensure_ascii=False)
