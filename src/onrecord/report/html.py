"""The HTML report: ONE self-contained page (inline CSS and JS, no fonts, images or requests).

- the article, every quotation highlighted in its verdict's colour (titles, scare quotes and
  terms dotted and grey: listed, not verified);
- clicking a quotation shows its detail: speaker, context (date and outlet hints), verdict and
  the cascade stage that decided, the source's own words and a word diff;
- a summary table, the draft editor's note, and the suggested fixes (restore the original
  wording of drift quotes, credit the real speaker of misattributed ones).

Every piece of article or source text goes through ``html.escape`` (quotes included), and the
details are rendered here as HTML rather than injected by the script, so nothing a document
contains can become markup or code.
"""

from __future__ import annotations

import html
import re
from importlib import resources

from .. import __version__
from ..model import VERDICTS, CheckedQuote, CheckResult, Evidence
from ..read.headline import opens_with_headline
from ..text.segment import paragraphs
from .note import editors_note
from .summary import LABELS, MEANINGS, counts, short, shown_speaker, suggestions, summary_line, diff_pieces


def esc(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def _asset(name: str) -> str:
    return resources.files("onrecord.report").joinpath("assets", name).read_text(encoding="utf-8")


def _cls(verdict: str | None) -> str:
    # class names come from the fixed verdict set; anything else is reduced to [a-z_]
    return "v-" + re.sub(r"[^a-z_]", "", verdict or "unchecked")


def _state(it: CheckedQuote) -> tuple[str, str]:
    """(css class, label) of a quote: its verdict, or its kind when it is not verified."""
    if it.verdict is not None:
        return _cls(it.verdict.verdict), LABELS.get(it.verdict.verdict, it.verdict.verdict)
    if it.quote.kind != "speech":
        return "nonspeech", it.quote.kind
    return _cls(None), "unchecked"


def _article_html(result: CheckResult, first_index: int) -> str:
    """The article's paragraphs with each quotation wrapped in a <mark>; a quotation running
    over several paragraphs is one mark per paragraph, all with the same index."""
    text = result.document.text
    spans = sorted(((it.quote.start, it.quote.end, first_index + k, it)
                    for k, it in enumerate(result.items)), key=lambda t: t[0])
    paras = paragraphs(text)
    parts: list[str] = []
    has_headline = opens_with_headline(result.document)
    if not has_headline:  # a JSON Lines record: the headline is its title, outside the text
        parts.append(f'<p class="headline">{esc(result.document.title or "")}</p>')
    for pn, (ps, pe) in enumerate(paras):
        pos = ps
        buf: list[str] = []
        for qs, qe, idx, it in spans:
            s, e = max(qs, ps), min(qe, pe)
            if s >= e or s < pos:
                continue
            cls, label = _state(it)
            buf.append(esc(text[pos:s]))
            speaker = shown_speaker(it) if it.quote.kind == "speech" else it.quote.kind
            buf.append(f'<mark class="q {cls}" data-i="{idx}" tabindex="0" role="button" '
                       f'aria-pressed="false" title="{esc(label)}: {esc(speaker)}">'
                       f"{esc(text[s:e])}</mark>")
            pos = e
        buf.append(esc(text[pos:pe]))
        first_line = text[ps:pe].strip()
        headline = has_headline and pn == 0 and len(paras) > 1 and "\n" not in first_line and len(first_line) < 160
        cls_attr = ' class="headline"' if headline else ""
        parts.append(f"<p{cls_attr}>{''.join(buf)}</p>")
    return "\n".join(parts)


def _diff_html(article: str, source: str) -> str:
    out = diff_pieces(article, source, esc, lambda t: f"<del>{esc(t)}</del>", lambda t: f"<ins>{esc(t)}</ins>")
    if out is None:
        return '<div class="diff">no word differs (case, quote marks or spacing only)</div>'
    return ('<div class="diff">' + " ".join(out) + "</div>"
            '<div class="diff"><span class="key"><del>source only</del> '
            "<ins>article only</ins></span></div>")


def _evidence_html(ev: Evidence, label: str) -> str:
    where = []
    if ev.source_speaker:
        where.append(ev.source_speaker)
    if ev.source_date:
        where.append(ev.source_date)
    where.append(f"chars {ev.start}–{ev.end}")
    extra = ""
    if ev.omitted:
        extra += ("<dt>left out</dt><dd>" + "; ".join(f"“{esc(w)}”" for w in ev.omitted) + "</dd>")
    if ev.replaced:
        # the verifier's record of each [bracket] and the source words it stands for
        reps = [", ".join(f"{esc(k)}: “{esc(val)}”" for k, val in r.items()) for r in ev.replaced]
        extra += "<dt>brackets</dt><dd>" + "; ".join(reps) + "</dd>"
    if ev.occurrences > 1:
        extra += f"<dt>occurs</dt><dd>{ev.occurrences} times in the source</dd>"
    return (f"<h3>{esc(label)}</h3><blockquote>{esc(ev.text)}</blockquote>"
            f'<div class="src"><b title="{esc(ev.source)}">{esc(_base(ev.source))}</b> · '
            f'{esc(" · ".join(where))}</div>'
            + (f"<dl>{extra}</dl>" if extra else ""))


def _corroboration_html(c: dict, bank_link: str | None) -> str:
    """Other outlets' reports of the quotation (``--bank``): shown apart from the evidence and
    labelled as corroboration, because the same words in other papers prove no source."""
    link = ""
    if bank_link and c.get("cluster_id") is not None:
        href = bank_link.format(cluster_id=int(c["cluster_id"]))
        link = f' <a class="bank-link" href="{esc(href)}">how it was reported and changed</a>'
    return (f'<h3>corroboration (not a source)</h3><div class="corroboration">{esc(c.get("note", ""))}'
            f"{link}</div>")


def _detail_html(it: CheckedQuote, idx: int, bank_link: str | None = None) -> str:
    q, v = it.quote, it.verdict
    cls, label = _state(it)
    head = f'<span class="badge {cls}">{esc(label)}</span>'
    if v is not None:
        head += f'<span class="stage">stage: {esc(v.stage)} · score {v.score:.2f}</span>'
    rows = []
    if q.kind == "speech":
        who = esc(shown_speaker(it))
        if q.speaker_description:
            who += f", {esc(q.speaker_description)}"
        rows.append(f"<dt>speaker</dt><dd>{who}</dd>")
        if q.cue:
            rows.append(f"<dt>cue</dt><dd>“{esc(q.cue)}”</dd>")
    else:
        rows.append(f"<dt>kind</dt><dd>{esc(q.kind)}: listed, not verified</dd>")
    if q.date_hint or q.outlet_hint:
        ctx = " · ".join(esc(x) for x in (q.date_hint, q.outlet_hint) if x)
        rows.append(f"<dt>context</dt><dd>{ctx}</dd>")
    if q.flagged:
        rows.append("<dt>marked</dt><dd>* in the article (editorial marker)</dd>")
    body = [f'<div>{head}</div>', f'<div class="quote">“{esc(q.text)}”</div>',
            "<dl>" + "".join(rows) + "</dl>"]
    if q.context_evidence:
        body.append('<ul class="evlist">' + "".join(f"<li>{esc(e)}</li>" for e in q.context_evidence) + "</ul>")
    if v is not None:
        if v.explanation:
            body.append(f'<div class="explain">{esc(v.explanation)}</div>')
        if v.evidence is not None:
            body.append(_evidence_html(v.evidence, "the source's own words"))
            if v.verdict != "verbatim":
                body.append("<h3>word diff</h3>" + _diff_html(q.text, v.evidence.text))
        elif v.nearest is not None:
            # no word diff here: against a passage that does not support the quote it is noise
            body.append(_evidence_html(v.nearest, "nearest passage (does not support it)"))
        if v.corroboration is not None:
            body.append(_corroboration_html(v.corroboration, bank_link))
        for w in v.warnings:
            body.append(f'<div class="warn">warning: {esc(w)}</div>')
    return f'<div class="detail" id="detail-{idx}" hidden>' + "".join(body) + "</div>"


def _table_html(results: list[CheckResult]) -> str:
    rows = []
    idx = 0
    for r in results:
        for it in r.items:
            cls, label = _state(it)
            v = it.verdict
            src = ""
            if v is not None and v.evidence is not None:
                # the file name reads better in a table; the full path is in the tooltip
                base = re.split(r"[/\\]", v.evidence.source.rstrip("/\\"))[-1] or v.evidence.source
                src = f'<span title="{esc(v.evidence.source)}">{esc(base)}</span>'

            score = f"{v.score:.2f}" if v is not None else ""
            speaker = esc(shown_speaker(it)) if it.quote.kind == "speech" else ""
            rows.append(
                f'<tr data-i="{idx}"><td class="num">{idx + 1}</td>'
                f"<td>“{esc(short(it.quote.text, 70))}”</td><td>{speaker}</td>"
                f'<td><span class="badge {cls}">{esc(label)}</span></td>'
                f"<td>{src}</td><td class=\"num\">{score}</td></tr>")
            idx += 1
    return ('<table class="summary"><thead><tr><th>#</th><th>quotation</th><th>speaker</th>'
            "<th>verdict</th><th>source</th><th>score</th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>")


def _base(path: str | None) -> str:
    return re.split(r"[/\\]", (path or "").rstrip("/\\"))[-1] or (path or "")


def _fixes_html(results: list[CheckResult]) -> str:
    items = []
    for s in suggestions(results):
        if s.kind == "restore":
            items.append(f"<li><b>Restore original wording</b> ({esc(s.speaker)}): "
                         f'<span class="was">“{esc(short(s.quote_text, 90))}”</span> → '
                         f"“{esc(s.replacement)}” <span class=\"src\">({esc(_base(s.source))})</span></li>")
        elif s.kind == "credit":
            items.append(f"<li><b>Credit {esc(s.replacement)}</b>, not {esc(s.speaker)}: "
                         f'<span class="was">“{esc(short(s.quote_text, 90))}”</span> '
                         f"<span class=\"src\">({esc(_base(s.source))})</span></li>")
        elif s.kind == "context":
            items.append(f"<li><b>Out of context</b> ({esc(s.speaker)}): "
                         f'<span class="was">“{esc(short(s.quote_text, 90))}”</span>: {esc(s.detail)} '
                         f"<span class=\"src\">({esc(_base(s.source))})</span></li>")
        else:
            items.append(f"<li><b>Find a source or cut</b> ({esc(s.speaker)}): "
                         f'<span class="was">“{esc(short(s.quote_text, 90))}”</span></li>')
    if not items:
        return "<p>No fixes needed.</p>"
    return '<ul class="fixes">' + "".join(items) + "</ul>"


def render_html(results: list[CheckResult], *, title: str | None = None, bank_link: str | None = None) -> str:
    """The whole report as one HTML page (a string). ``bank_link`` ("/bank/{cluster_id}"), given
    by the web server that has the bank's pages, links each corroborated quotation to its
    history; a report file written by the CLI has no such page, so it shows the note alone."""
    translated = any(r.translated for r in results)
    chips = _chips(counts(results))
    docs, details = _articles(results, bank_link)
    page_title = _page_title(results, title)
    meta = [esc(r.document.path) for r in results]
    note = editors_note(results, translated)
    legend = _legend()
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="onrecord {esc(__version__)}">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>onrecord — {esc(page_title)}</title>
<style>
{_asset("report.css")}
</style>
</head>
<body>
<header class="top">
<h1><span class="brand">onrecord</span> · {esc(page_title)}</h1>
<div class="meta">{" · ".join(meta)}{" · translated" if translated else ""}</div>
<div class="chips">{chips}</div>
<div class="meta" id="summary-line">{esc(summary_line(results))}</div>
</header>
<div class="layout">
<main>
{"".join(docs)}
</main>
<aside class="panel" id="panel" aria-live="polite">
<div id="panel-hint" class="hint"><h3>How to read this</h3>
<p>Click a highlighted quotation to see who said it, when and where, the verdict, the source's own
words and a word diff.</p><ul class="legend">{legend}</ul></div>
{"".join(details)}
</aside>
</div>
<section class="block"><div><h2>All quotations</h2>{_table_html(results)}</div></section>
<section class="block"><div><h2>Draft editor's note</h2>
{f'<div class="note" id="editors-note">{esc(note)}</div>' if note else '<p>Every checked quotation is supported by the sources; no note needed.</p>'}
<h2>Suggested fixes</h2>{_fixes_html(results)}
<p class="hint" style="color:var(--muted);font-size:13px">Suggestions only: onrecord never rewrites the article.</p>
</div></section>
<footer>onrecord {esc(__version__)} · generated offline; this page makes no network requests</footer>
<script>
{_asset("report.js")}
</script>
</body>
</html>
"""


def _chips(c) -> str:
    """The count of each verdict (and of the quotations not verified), as chips."""
    chips = "".join(f'<span class="chip {_cls(v)}"><b>{c[v]}</b> {esc(LABELS[v])}</span>'
                    for v in VERDICTS if c[v])
    nonspeech = sum(n for k, n in c.items() if k.startswith("kind:"))
    if nonspeech:
        chips += f'<span class="chip"><b>{nonspeech}</b> not verified (titles, scare quotes, terms)</span>'
    return chips


def _articles(results: list[CheckResult], bank_link: str | None) -> tuple[list[str], list[str]]:
    """Each article with its quotations highlighted, and the detail panel of every quotation
    (numbered across articles)."""
    docs = []
    details = []
    idx = 0
    for r in results:
        head = f'<h2 class="docpath">{esc(r.document.path)}'
        if r.document.published:
            head += f" · published {esc(r.document.published)}"
        head += "</h2>"
        docs.append(f'<article class="article">{head}{_article_html(r, idx)}</article>')
        for it in r.items:
            details.append(_detail_html(it, idx, bank_link))
            idx += 1
    return docs, details


def _page_title(results: list[CheckResult], title: str | None) -> str:
    """The title given, else the first article's title, else its first line."""
    first = results[0].document if results else None
    return title or (first.title if first and first.title else None) or (
        first.text.strip().split("\n", 1)[0][:120] if first else "onrecord report")


def _legend() -> str:
    legend = "".join(f'<li><span class="badge {_cls(v)}">{esc(LABELS[v])}</span> {esc(MEANINGS[v])}</li>'
                     for v in VERDICTS)
    legend += ('<li><mark class="q nonspeech">dotted</mark> title, scare quote or term: '
               "listed, not verified</li>")
    return legend
