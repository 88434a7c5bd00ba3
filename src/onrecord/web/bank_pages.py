"""The quote bank's pages (``onrecord serve --bank BANK.db``): a search form with its results,
and one quotation's history, where an editor sees how the quotation mutated as it was
repeated: each variant in order of first appearance, the outlet that first printed it and
when, and its word diff against the earliest form.

Rendered on the server from ``bank.query`` (search, show); the diff is ``Variant.diff`` as
``bank.render.diff_pieces`` lays it out, never a second diff. Quotations, names, outlets and
paths are untrusted text (mined from anyone's articles): every one goes through ``esc``."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from ..bank.query import ClusterHistory, ClusterSummary, Variant
from ..bank.render import diff_pieces
from ..report.html import esc
from ..report.summary import short


def _first(published: str | None, outlet: str | None) -> str:
    when = esc(published) if published else "undated"
    return when + (f" · {esc(outlet)}" if outlet else "")


def _span(first: str | None, last: str | None) -> str:
    if not first:
        return "undated"
    return esc(first) if last in (None, first) else f"{esc(first)} – {esc(last)}"


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def search_body(rows: list[ClusterSummary] | None, words: str = "", speaker: str = "", since: str = "",
                error: str | None = None, asked: bool = True) -> str:
    """The search form, filled with the request's values, and the clusters found (``rows``
    None: the search failed, ``error`` says why); ``asked`` False: the rows are the most
    reported quotations, shown before any search."""
    form = f"""<h1>Quote bank</h1>
<form id="bank-form" class="card" method="get" action="/bank" role="search">
<label for="bank-q">Words of the quotation</label>
<input id="bank-q" name="q" type="search" value="{esc(words)}" placeholder="e.g. harbour bridge cyclists">
<div class="row">
<label>Speaker <input id="bank-speaker" name="speaker" type="text" value="{esc(speaker)}"></label>
<label>Reported since <input id="bank-since" name="since" type="date" value="{esc(since)}"></label>
<button id="bank-search" type="submit" class="primary">Search</button>
</div>
{f'<div id="error" class="error" role="alert">{esc(error)}</div>' if error else ''}
</form>"""
    if rows is None:
        return form
    if not asked:
        form += ('<p class="hint">Every quotation mined into the bank, grouped with its truncated, elided '
                 "and edited forms. Open one to see how it changed as it was repeated. The most reported:</p>")
    if not rows:
        return form + '<p class="card" id="bank-count">No quotation in the bank matches.</p>'
    # the search travels with the link, so the history page's "back" returns to these results
    query = urlencode({k: v for k, v in (("q", words), ("speaker", speaker), ("since", since)) if v})
    suffix = "?" + query if query else ""
    trs = []
    for c in rows:
        who = f"{esc(c.speaker)} <span class=\"sub\">({c.speaker_count})</span>" if c.speaker else "unknown"
        trs.append(f'<tr><td><a href="/bank/{int(c.id)}{esc(suffix)}">“{esc(short(c.longest, 160))}”</a>'
                   f'<div class="sub">{_plural(c.forms, "form")}</div></td><td>{who}</td>'
                   f'<td class="when">{_first(c.first_published, c.first_outlet)}</td>'
                   f'<td class="num">{_plural(c.occurrences, "report")}, {_plural(c.outlets, "outlet")}</td></tr>')
    return (form + '<div class="card"><table class="list" id="bank-results"><thead><tr><th>quotation</th>'
            '<th>speaker</th><th>first reported</th><th class="num">reported</th></tr></thead><tbody>'
            + "".join(trs) + f'</tbody></table><p id="bank-count" class="hint">{_plural(len(rows), "quotation")}'
            "</p></div>")


def _diff(v: Variant) -> str:
    if not v.diff:
        return ""
    if all(op.op == "equal" for op in v.diff):
        return '<div class="diff">same words as the earliest form (case or punctuation only)</div>'
    pieces = diff_pieces(v.diff, esc, lambda t: f"<del>{esc(t)}</del>", lambda t: f"<ins>{esc(t)}</ins>")
    return '<div class="diff">' + " ".join(pieces) + "</div>"


def _variant(i: int, v: Variant) -> str:
    label = "earliest form" if i == 1 else "changed"
    speakers = f" · said by {esc(', '.join(v.speakers))}" if v.speakers else ""
    return (f'<li class="variant" id="variant-{i}"><div class="head"><span class="n">{i}</span>'
            f'<span class="when">{esc(v.first_published or "undated")}</span> '
            f'<b class="outlet">{esc(v.first_outlet or "(no outlet)")}</b> '
            f'<span class="tag">{label}</span></div>'
            f'<blockquote>“{esc(v.text)}”</blockquote>{_diff(v)}'
            f'<div class="sub">{_plural(v.occurrences, "report")} in {_plural(v.outlets, "outlet")}{speakers}'
            f' · first in <span class="doc">{esc(v.first_document)}</span></div></li>')


def history_body(h: ClusterHistory, back: dict[str, Any] | None = None) -> str:
    """One cluster: what it is, who said it, who reported it, and how each variant differs from
    the earliest form. ``back``: the search to return to (its query parameters)."""
    c = h.cluster
    query = urlencode({k: v for k, v in (back or {}).items() if v})
    speaker = f"{esc(c.speaker)} ({c.speaker_count} of {_plural(c.occurrences, 'report')})" if c.speaker else "unknown"
    speakers = "".join(f'<span class="chip">{esc(s)} <b>{n}</b></span>' for s, n in h.speakers)
    outlets = "".join(f'<tr><td>{esc(o.outlet or "(no outlet)")}</td><td class="num">{_plural(o.occurrences, "report")}</td>'
                      f'<td class="when">{_span(o.first_published, o.last_published)}</td></tr>' for o in h.outlets)
    variants = "".join(_variant(i, v) for i, v in enumerate(h.variants, 1))
    return f"""<p class="hint"><a href="/bank{'?' + esc(query) if query else ''}" id="bank-back">← search</a></p>
<h1>Quotation {int(c.id)}</h1>
<div class="card" id="bank-summary">
<blockquote class="longest">“{esc(c.longest)}”</blockquote>
<dl class="facts"><dt>speaker</dt><dd>{speaker}</dd>
<dt>first reported</dt><dd>{_first(c.first_published, c.first_outlet)}</dd>
<dt>reported</dt><dd>{_plural(c.occurrences, "time")} by {_plural(c.outlets, "outlet")}, in {_plural(len(h.variants), "form")}</dd>
<dt>speakers named</dt><dd><span class="chips">{speakers or "none"}</span></dd></dl>
<p class="hint">Corroboration only: other papers printing the same words is not a primary source.</p>
</div>
<h2>How it changed</h2>
<p class="hint">Each form in order of first appearance, with the outlet that first printed it;
<del>struck</del> words were in the earliest form, <ins>marked</ins> words are new.</p>
<ol class="timeline card" id="bank-variants">{variants}</ol>
<h2>Outlets</h2>
<div class="card"><table class="list" id="bank-outlets"><thead><tr><th>outlet</th><th class="num">reported</th>
<th>when</th></tr></thead><tbody>{outlets}</tbody></table></div>"""
