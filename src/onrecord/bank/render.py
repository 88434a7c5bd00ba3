"""Text and JSON renderings of the bank's answers (search results, a cluster's history, a
mining run's summary), so the CLI only picks one."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any, Callable

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


def diff_pieces(ops: list[Any], equal: Callable[[str], str], dropped: Callable[[str], str],
                added: Callable[[str], str]) -> list[str]:
    """A variant's word diff (``Variant.diff``, against the earliest form) rendered run by run:
    text and HTML differ only in the three functions. In the ops, "source" is the earliest
    form's words (dropped by this variant) and "article" this variant's own (added)."""
    render = {"equal": equal, "source": dropped}
    return [render.get(op.op, added)(op.text) for op in ops]


def _diff_text(ops: list[Any]) -> str:
    """Word diff as text: [-words the earliest form had-] {+words this variant has+}."""
    return " ".join(diff_pieces(ops, lambda t: t, lambda t: f"[-{t}-]", lambda t: f"{{+{t}+}}"))


def history_text(h: ClusterHistory) -> str:
    c = h.cluster
    lines = [f"cluster {c.id}: {c.occurrences} reports in {c.outlets} outlets, {len(h.variants)} forms, "
             f"{_first(c.first_published, c.first_outlet)}",
             f"longest form: \u201c{c.longest}\u201d",
             "speaker: " + (f"{c.speaker} ({c.speaker_count} of {c.occurrences} reports)" if c.speaker else "unknown")]
    if h.speakers:
        lines.append("speakers: " + ", ".join(f"{s} ({n})" for s, n in h.speakers))
    if h.outlets:
        lines.append("outlets: " + ", ".join(
            f"{o.outlet or '(no outlet)'} ({o.occurrences}, first {o.first_published or 'undated'})" for o in h.outlets))
    lines.append("variants in order of first appearance (diff against the earliest: [-dropped-] {+added+}):")
    for i, v in enumerate(h.variants, 1):
        head = f"{i}. {v.first_published or 'undated'} {v.first_outlet or '(no outlet)'} \u2014 {v.occurrences} report(s), {v.outlets} outlet(s)"
        lines.append(head)
        lines.append(f"   \u201c{v.text}\u201d")
        if v.diff:
            lines.append("   diff: " + _diff_text(v.diff))
        lines.append(f"   first in {v.first_document}")
    return "\n".join(lines) + "\n"


def history_record(h: ClusterHistory) -> dict[str, Any]:
    """A cluster's history as JSON (``bank show --format json`` and the web API): the cluster,
    its speakers with counts, its outlets, and the variants in order of first appearance, each
    with its word diff against the earliest form."""
    rec = asdict(h)
    rec["speakers"] = [{"speaker": s, "count": n} for s, n in h.speakers]
    return rec


def as_json(obj: Any) -> str:
    if isinstance(obj, ClusterHistory):
        return json.dumps(history_record(obj), ensure_ascii=False)
    return json.dumps(asdict(obj) if not isinstance(obj, list) else [asdict(o) for o in obj], ensure_ascii=False)
