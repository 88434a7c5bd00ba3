"""The terminal report: one line per quotation with its verdict in colour and the speaker, the
source's own words under every non-verbatim verdict, and a summary line.

Article and source text is printed through ``rich.text.Text`` (never as markup), so a quote
holding "[bold]" or "[/]" prints as written instead of restyling the report."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from ..model import CheckResult
from ..read.own import TEXT_MARKER
from ..safe_text import escape_controls
from .note import editors_note
from .summary import LABELS, RICH_STYLES, short, shown_speaker, summary_line, suggestions, word_diff

_c = escape_controls  # every string from an article, a source or a file name

_ICONS = {"verbatim": "✓", "variation": "✓", "drift": "~", "misattributed": "!", "out_of_context": "≠",
          "not_found": "✗", "no_source": "?"}


def _source_line(label: str, words: str, where: str) -> Text:
    t = Text("      ")
    t.append(label, style="dim")
    t.append("“" + _c(" ".join(words.split())) + "”", style="italic")
    if where:
        t.append("  " + _c(where), style="dim")
    return t


def _diff_line(article: str, source: str) -> Text | None:
    ops = word_diff(article, source)
    if all(op.op == "equal" for op in ops):
        return None
    t = Text("      diff: ", style="dim")
    for op in ops:
        if op.op == "equal":
            t.append(op.text + " ")
        elif op.op == "source":
            t.append("[-" + op.text + "-]", style="red")
            t.append(" ")
        else:
            t.append("{+" + op.text + "+}", style="green")
            t.append(" ")
    return t


def render_text(results: list[CheckResult] | CheckResult, console: Console, *, note: bool = True) -> None:
    """Print the report of ``results`` (one CheckResult per article) on ``console``: every
    article, then the suggested fixes, the draft editor's note and one summary line for all.
    A single CheckResult is accepted too (a report of one article)."""
    if isinstance(results, CheckResult):
        results = [results]
    translated = any(r.translated for r in results)
    for r in results:
        _article(r, console)
    _fixes(results, console)
    if note:
        draft = editors_note(results, translated)
        if draft:
            console.print(Text("Draft editor's note", style="bold"))
            console.print(Text(_c(draft)))
            console.print()
    console.print(Text(summary_line(results), style="bold"))
    if not console.is_terminal:
        # saved to a file (`-o`, `> report.txt`): the marker that keeps it out of any archive
        console.print(Text(TEXT_MARKER, style="dim"))


def _article(r: CheckResult, console: Console) -> None:
    """One article: its heading, its unbalanced marks, a line (and the source's words) per quotation."""
    doc = r.document
    head = Text(_c(doc.title or doc.path), style="bold")
    meta = [_c(doc.path)] if doc.title else []
    if doc.published:
        meta.append(f"published {doc.published}")
    if meta:
        head.append("  (" + ", ".join(meta) + ")", style="dim")
    console.print(head)
    if not r.items:
        console.print(Text("  no quotations found", style="dim"))
    for u in r.unbalanced:
        # an opening mark that found no closer: its words were not checked, said so
        console.print(Text(f"  ? unbalanced mark {_c(u['mark'])} at offset {u['offset']}: "
                           f"“{_c(short(u['context'], 70))}” (not checked as a quotation)", style="yellow"))
    for it in r.items:
        _item(it, console)
    console.print()


def _item(it, console: Console) -> None:
    """One quotation: its verdict line, then for a non-verbatim verdict the source's (or the
    nearest) words, the diff and the explanation; corroboration and warnings."""
    q = it.quote
    v = it.verdict
    line = Text("  ")
    if v is None:
        label = q.kind if q.kind != "speech" else "unchecked"
        line.append(f"- {label:<14}", style="dim")
        line.append("“" + short(q.text, 80) + "”", style="dim")
        console.print(line)
        return
    style = RICH_STYLES.get(v.verdict, "bold")
    # the label column is 14 wide; "out of context" fills it, so the space after the
    # label is its own (it ran into the speaker's name: "out of contextJane Holt")
    line.append(f"{_ICONS.get(v.verdict, '?')} {LABELS.get(v.verdict, v.verdict) + ' ':<14}", style=style)
    line.append(f"{_c(shown_speaker(it))}: ", style="bold")
    line.append("“" + short(q.text, 80) + "”" + ("*" if q.flagged else ""))
    ctx = [x for x in (q.date_hint, q.outlet_hint) if x]
    if ctx:
        line.append("  [" + ", ".join(ctx) + "]", style="dim")
    console.print(line)
    ev = v.evidence
    if v.verdict != "verbatim":
        if ev is not None:
            where = ev.source + (f", {ev.source_speaker}" if ev.source_speaker else "")
            if ev.source_date:
                where += f", {ev.source_date}"
            console.print(_source_line("source: ", ev.text, where))
            diff = _diff_line(q.text, ev.text)
            if diff is not None and v.verdict in ("variation", "drift"):
                console.print(diff)
        elif v.nearest is not None:
            console.print(_source_line("nearest: ", v.nearest.text, v.nearest.source))
        if v.explanation:
            console.print(Text("      " + _c(v.explanation), style="dim"))
    elif ("condition_left_out" in v.warnings or "speaker_uncertain" in v.warnings) and v.explanation:
        # verbatim, but the source made it conditional: say the condition (probe 3b); or said
        # by someone else while onrecord is unsure whom the article credits: say who (round 27)
        console.print(Text("      " + _c(v.explanation), style="dim"))
    if v.corroboration is not None:
        console.print(Text("      corroboration (not a source): " + _c(v.corroboration["note"]), style="dim"))
    for w in v.warnings:
        console.print(Text(f"      warning: {_c(w)}", style="yellow"))


def _fixes(results: list[CheckResult], console: Console) -> None:
    """The suggested fixes of every article, one bullet each."""
    fixes = suggestions(results)
    if fixes:
        console.print(Text("Suggested fixes", style="bold"))
        for s in fixes:
            t = Text("  • ")
            t.append("“" + short(s.quote_text, 60) + "”")
            t.append(f" ({_c(s.speaker)}): {_c(s.detail)}", style="dim")
            if s.kind == "restore" and s.replacement:
                t.append(" → “" + short(s.replacement, 100) + "”", style="green")
            console.print(t)
        console.print()
