"""The Markdown report, for pasting into a CMS or a ticket: summary, one entry per quotation
with the source's own words, the draft editor's note and the suggested fixes.

Article and source text is escaped for Markdown and for the raw HTML most CMS renderers accept
("<script>" arrives as text, "*" and "[" do not turn into emphasis or links)."""

from __future__ import annotations

import re

from ..model import CheckResult
from ..read.own import MD_MARKER
from ..safe_text import escape_controls
from .note import editors_note
from .summary import LABELS, short, shown_speaker, suggestions, summary_line, diff_pieces

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def md_escape(text: object) -> str:
    """Escape ``text`` so it renders as written: &, < and > become entities (no raw HTML),
    Markdown punctuation gets a backslash, and newlines become spaces (one entry, one line)."""
    s = " ".join(("" if text is None else str(text)).split())
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", s)


def code(text: object) -> str:
    """A file path as a code span: shown as written, nothing inside it is Markdown."""
    s = " ".join(("" if text is None else str(text)).split()).replace("`", "'")
    return f"`{s}`"


def _diff_md(article: str, source: str) -> str:
    """The word diff in Markdown, or "" when no word differs."""
    out = diff_pieces(article, source, md_escape, lambda t: f"~~{md_escape(t)}~~", lambda t: f"**{md_escape(t)}**")
    return " ".join(out) if out is not None else ""


def render_md(results: list[CheckResult]) -> str:
    """The report of ``results`` as Markdown text."""
    translated = any(r.translated for r in results)
    # the marker first: a report saved into a sources folder is never read as a source
    lines: list[str] = [MD_MARKER, "# onrecord report", "", md_escape(summary_line(results)), ""]
    for r in results:
        lines += _article_md(r)
    note = editors_note(results, translated)
    if note:
        lines += ["## Draft editor's note", ""]
        lines += [md_escape(line) + "  " for line in note.split("\n")]
        lines.append("")
    fixes = suggestions(results)
    if fixes:
        lines += ["## Suggested fixes", ""]
        for s in fixes:
            item = f"- “{md_escape(short(s.quote_text, 90))}” ({md_escape(s.speaker)}): {md_escape(s.detail)}"
            if s.kind == "restore" and s.replacement:
                item += f" → “{md_escape(s.replacement)}”"
            lines.append(item)
        lines.append("")
    # Last, over the whole page: ESC and BEL from a file name, a nearest passage or a heading
    # reached the terminal raw when the report went to stdout (issue 10); newlines and tabs stay.
    return escape_controls("\n".join(lines))


def _article_md(r: CheckResult) -> list[str]:
    """One article: its heading, unbalanced marks, the table of quotations, then the detail of
    every non-verbatim verdict."""
    doc = r.document
    title = doc.title or doc.text.strip().split("\n", 1)[0]
    lines = [f"## {md_escape(short(title, 120))}"]
    meta = [code(doc.path)]
    if doc.published:
        meta.append(f"published {md_escape(doc.published)}")
    lines += [" · ".join(meta), ""]
    for u in r.unbalanced:
        lines += [f"- unbalanced mark {md_escape(u['mark'])} at offset {u['offset']}: "
                  f"“{md_escape(short(u['context'], 80))}” (not checked as a quotation)", ""]
    lines += ["| # | quotation | speaker | verdict | source |", "| --- | --- | --- | --- | --- |"]
    for n, it in enumerate(r.items, 1):
        v = it.verdict
        verdict = LABELS.get(v.verdict, v.verdict) if v else f"not verified ({it.quote.kind})"
        src = code(v.evidence.source).replace("|", "\\|") if v and v.evidence else ""
        who = md_escape(shown_speaker(it)) if it.quote.kind == "speech" else ""
        lines.append(f"| {n} | “{md_escape(short(it.quote.text, 80))}” | {who} | "
                     f"**{md_escape(verdict)}** | {src} |")
    lines.append("")
    for n, it in enumerate(r.items, 1):
        if it.verdict is not None and it.verdict.verdict != "verbatim":
            lines += _detail_md(n, it)
    return lines


def _detail_md(n: int, it) -> list[str]:
    """The detail of quotation ``n``: verdict, context, explanation, the source's words and diff."""
    v = it.verdict
    q = it.quote
    lines = [f"**{n}. {md_escape(LABELS.get(v.verdict, v.verdict))}**: "
             f"“{md_escape(q.text)}” ({md_escape(shown_speaker(it))})"]
    ctx = [x for x in (q.date_hint, q.outlet_hint) if x]
    if ctx:
        lines.append(f"- context: {md_escape(', '.join(ctx))}")
    if v.explanation:
        lines.append(f"- {md_escape(v.explanation)}")
    ev = v.evidence
    if ev is not None:
        who = f", {md_escape(ev.source_speaker)}" if ev.source_speaker else ""
        lines.append(f"- source ({code(ev.source)}{who}): “{md_escape(ev.text)}”")
        diff = _diff_md(q.text, ev.text)
        if diff:
            lines.append(f"- diff: {diff}")
    elif v.nearest is not None:
        lines.append(f"- nearest passage ({code(v.nearest.source)}): “{md_escape(v.nearest.text)}”")
    if v.corroboration is not None:  # --bank: other outlets' reports, never a source
        lines.append(f"- corroboration (not a source): {md_escape(v.corroboration.get('note', ''))}")
    lines.append("")
    return lines
