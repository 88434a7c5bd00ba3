"""The HTML pages of the server: the check form, the sources page, the history, and a past
check. Plain HTML with the app's own CSS and JavaScript (assets/), no build step.

A check's page IS the HTML report (``onrecord.report.html.render_html``, stored when the check
ran): this module only adds the site's navigation, a copy button for the editor's note, and the
phone layout that opens the evidence panel over the lower part of the screen, next to the
quotation that was tapped (the report alone stacks it below the whole article, a screen away).
Every value from a document, a source or a request goes through ``esc``."""

from __future__ import annotations

from importlib import resources
from typing import Any

from .. import __version__
from ..model import VERDICTS
from ..report.html import esc
from ..report.summary import LABELS

NAV = (("/", "Check"), ("/sources", "Sources"), ("/history", "History"), ("/bank", "Quote bank"), ("/docs", "API"))
ASSETS = {"web.css": "text/css; charset=utf-8", "web.js": "text/javascript; charset=utf-8"}


def asset(name: str) -> str:
    return resources.files("onrecord.web").joinpath("assets", name).read_text(encoding="utf-8")


def _nav(active: str, archive: str, bank: bool = False) -> str:
    # the quote bank's link only on a server started with --bank (elsewhere it leads nowhere)
    links = "".join(f'<a href="{href}"{" aria-current=page" if href == active else ""}>{label}</a>'
                    for href, label in NAV if bank or href != "/bank")
    return (f'<nav class="site"><span class="brand">onrecord</span>{links}'
            f'<span class="archive" title="the archive checks use">archive: {esc(archive)}</span></nav>')


def layout(title: str, body: str, *, active: str, archive: str, token_required: bool, bank: bool = False) -> str:
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>onrecord — {esc(title)}</title>
<link rel="stylesheet" href="/static/web.css">
<script src="/static/web.js" defer></script>
</head>
<body data-token-required="{'1' if token_required else '0'}">
{_nav(active, archive, bank)}
<main class="page">
{body}
</main>
<footer class="site">onrecord {esc(__version__)}</footer>
</body>
</html>
"""


def check_form() -> str:
    return """<h1>Check an article</h1>
<form id="check-form" class="card" autocomplete="off">
<div class="tabs" role="tablist">
<button type="button" role="tab" data-tab="text" aria-selected="true">Paste</button>
<button type="button" role="tab" data-tab="url" aria-selected="false">URL</button>
<button type="button" role="tab" data-tab="file" aria-selected="false">File</button>
</div>
<div class="tab" data-pane="text"><label for="text">Article text</label>
<textarea id="text" name="text" rows="14" placeholder="Paste the article here"></textarea></div>
<div class="tab" data-pane="url" hidden><label for="url">Address of the article</label>
<input id="url" name="url" type="url" placeholder="https://"></div>
<div class="tab" data-pane="file" hidden><label for="file">A .txt, .html or .pdf file</label>
<input id="file" name="file" type="file" accept=".txt,.md,.html,.htm,.pdf"></div>
<div class="row">
<label>Published <input id="published" name="published" type="date"></label>
<label class="check"><input id="translated" name="translated" type="checkbox"> translated</label>
<label class="check" title="Show a speaker only when onrecord is confident of the name; the others are left blank"><input id="precise" name="precise_speakers" type="checkbox"> precise speakers</label>
<button id="check-button" type="submit" class="primary">Check</button>
</div>
<div id="progress" class="progress" hidden><div class="bar"><span></span></div>
<span id="progress-text">Checking…</span></div>
<div id="error" class="error" role="alert" hidden></div>
</form>
<p class="hint">Every quotation is extracted, credited to its speaker and looked up in the
archive's sources. The result opens as a report with a stable link, listed in the history.</p>"""


def sources_body() -> str:
    return """<h1>Sources</h1>
<div class="card">
<form id="upload-form"><label for="source-files">Add sources (.txt, .md, .html, .pdf, .jsonl):</label>
<input id="source-files" type="file" multiple accept=".txt,.md,.html,.htm,.pdf,.jsonl">
<button type="submit" class="primary" id="upload-button">Upload</button></form>
<div id="upload-progress" class="progress" hidden><div class="bar determinate"><span></span></div>
<span id="upload-text"></span></div>
<div id="upload-result" class="hint" role="status"></div>
<div id="error" class="error" role="alert" hidden></div>
</div>
<div class="card"><input id="source-search" type="search" placeholder="Search title, speaker, date, outlet">
<table class="list" id="sources-table"><thead><tr><th>title</th><th>speaker</th><th>date</th>
<th>outlet</th><th class="num">size</th></tr></thead><tbody></tbody></table>
<p id="sources-count" class="hint"></p></div>"""


def _chips(summary: dict[str, Any]) -> str:
    counts = summary.get("verdicts") or {}
    chips = "".join(f'<span class="chip v-{v}"><b>{int(counts.get(v, 0))}</b> {esc(LABELS[v])}</span>'
                    for v in VERDICTS if counts.get(v))
    return chips or '<span class="chip">no verdicts</span>'


def history_body(rows: list[dict[str, Any]]) -> str:
    if not rows:
        return '<h1>History</h1><p class="card">No checks yet. <a href="/">Check an article</a>.</p>'
    trs = []
    for r in rows:
        title = r.get("title") or r.get("input") or "untitled"
        trs.append(f'<tr><td class="when">{esc(r["created_at"].replace("T", " ").rstrip("Z"))}</td>'
                   f'<td><a href="/checks/{esc(r["id"])}">{esc(title)}</a>'
                   f'<div class="sub">{esc(r.get("input") or "")}{" · translated" if r.get("translated") else ""}</div></td>'
                   f'<td><div class="chips">{_chips(r.get("summary") or {})}</div></td></tr>')
    return ('<h1>History</h1><div class="card"><table class="list" id="history-table"><thead><tr>'
            "<th>when (UTC)</th><th>article</th><th>verdicts</th></tr></thead><tbody>"
            + "".join(trs) + "</tbody></table></div>")


# Added to a stored report: the site's navigation, a copy button for the editor's note, and the
# phone layout. Inline, because the report's own Content-Security-Policy allows only inline.
_REPORT_STYLE = """<style>
nav.site { display: flex; gap: 14px; align-items: center; padding: 8px 28px; background: #1f2328; font-size: 14px; }
nav.site a, nav.site .brand { color: #fff; text-decoration: none; }
nav.site .brand { font-weight: 700; margin-right: 6px; }
nav.site .archive { margin-left: auto; color: #c9d1d9; }
button.copy { font: inherit; font-size: 13px; margin: 8px 0 16px; padding: 4px 12px; border-radius: 6px;
  border: 1px solid #d1d9e0; background: #f6f8fa; cursor: pointer; }
.panel-close { display: none; }
@media (max-width: 960px) {
  nav.site { padding: 8px 12px; flex-wrap: wrap; }
  nav.site .archive { display: none; }
  header.top { padding: 12px 14px; }
  .layout { padding: 12px 10px; }
  .article { padding: 16px 16px; }
  section.block { padding: 0 10px; }
  section.block > div { overflow-x: auto; }
  .panel { position: fixed; left: 0; right: 0; bottom: 0; top: auto; max-height: 52vh; overflow-y: auto;
    margin: 0; border-radius: 14px 14px 0 0; box-shadow: 0 -6px 24px rgba(0,0,0,.18); z-index: 20; }
  .panel:not(.open) { display: none; }
  body.panel-open main { padding-bottom: 54vh; }
  .panel-close { display: block; float: right; font-size: 22px; line-height: 1; border: 0; background: none; cursor: pointer; }
}
</style>"""

_REPORT_SCRIPT = """<script>
(function () {
  "use strict";
  var note = document.getElementById("editors-note");
  if (note) {
    var b = document.createElement("button");
    b.type = "button"; b.className = "copy"; b.id = "copy-note"; b.textContent = "Copy note";
    b.addEventListener("click", function () {
      var text = note.textContent;
      function done() { b.textContent = "Copied"; setTimeout(function () { b.textContent = "Copy note"; }, 1500); }
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(done, function () { b.textContent = "Copy failed: select the text"; });
      } else {
        var r = document.createRange(); r.selectNodeContents(note);
        var s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
        try { document.execCommand("copy"); done(); } catch (e) { b.textContent = "Press Ctrl+C"; }
      }
    });
    note.parentNode.insertBefore(b, note.nextSibling);
  }
  var panel = document.getElementById("panel");
  if (!panel) { return; }
  var close = document.createElement("button");
  close.type = "button"; close.className = "panel-close"; close.setAttribute("aria-label", "close"); close.textContent = "×";
  close.addEventListener("click", function (ev) { ev.stopPropagation(); panel.classList.remove("open"); document.body.classList.remove("panel-open"); });
  panel.insertBefore(close, panel.firstChild);
  document.addEventListener("click", function (ev) {
    var el = ev.target.closest ? ev.target.closest("[data-i]") : null;
    if (!el) { return; }
    panel.classList.add("open"); document.body.classList.add("panel-open");
    // on a phone the panel covers the lower half: bring the tapped quotation above it
    if (window.matchMedia("(max-width: 960px)").matches) {
      var mark = el.tagName === "MARK" ? el : document.querySelector('mark.q[data-i="' + el.getAttribute("data-i") + '"]');
      if (!mark) { return; }
      var r = mark.getBoundingClientRect(), top = panel.getBoundingClientRect().top;
      if (r.bottom > top - 8 || r.top < 0) { window.scrollBy(0, r.top - 64); }
    }
  });
})();
</script>"""


def report_page(html: str, archive: str, bank: bool = False) -> str:
    """The stored report with the site's additions. The report is one page we rendered
    ourselves; the additions go after <body> and before </body>, and a report without those
    tags (never seen) is served unchanged rather than broken."""
    head_end, body_start, body_end = html.find("</head>"), html.find("<body>"), html.rfind("</body>")
    if min(head_end, body_start, body_end) < 0:
        return html
    nav = _nav("/history", archive, bank)
    return (html[:head_end] + _REPORT_STYLE + html[head_end:body_start + 6] + "\n" + nav
            + html[body_start + 6:body_end] + _REPORT_SCRIPT + html[body_end:])
