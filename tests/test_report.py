"""Reports (text, HTML, Markdown, editor's note) on CheckResults built from the dataclasses, so
they are tested apart from extraction and verification."""

from __future__ import annotations

import html as htmllib
import re
from html.parser import HTMLParser

from rich.console import Console

from onrecord.model import CheckedQuote, CheckResult, Document, Evidence, Quote, Verdict
from onrecord.report.html import render_html
from onrecord.report.md import render_md
from onrecord.report.note import editors_note
from onrecord.report.summary import suggestions, summary_line, word_diff
from onrecord.report.text import render_text


def make_result(text: str, specs: list[tuple], translated: bool = False, path: str = "article.txt") -> CheckResult:
    """specs: (quote text, kind, speaker, verdict or None, source words or None, source speaker)."""
    items = []
    pos = 0
    for n, (qt, kind, speaker, verdict, src, src_speaker) in enumerate(specs):
        start = text.index(qt, pos)
        pos = start + len(qt)
        q = Quote(qt, start, start + len(qt), kind=kind, speaker=speaker,
                  speakers=[speaker] if speaker else [], cue="said" if speaker else None)
        v = None
        if verdict is not None:
            ev = None
            if src is not None:
                ev = Evidence(source="sources/s.txt", title="S", start=10, end=10 + len(src), text=src,
                              source_speaker=src_speaker, source_date="2024-11-14")
            v = Verdict(id=f"q{n}", verdict=verdict, stage=verdict, score=0.9,
                        explanation=f"explained {verdict}", evidence=ev)
        items.append(CheckedQuote(q, v))
    return CheckResult(Document(text, path, published="2025-03-10"), items, translated=translated)


TEXT = ("The tram\n\nBy A. Writer\n\n"
        "Mayor Oskar Brenholt said \u201cEvery city that built a tram has regretted the years it waited.\u201d "
        "He also said \u201cWe can no longer ask people to wait for a bus that never arrives.\u201d "
        "Hedda Lindqvist-Aro said \u201ca tram is a promise.\u201d\n\n"
        "Tomas Reinholm said \u201cI would rather ride a horse.\u201d The plan, \u201cVellmar Moves,\u201d "
        "has a so-called \u201ctram tax.\u201d\n")

SPECS = [
    ("Every city that built a tram has regretted the years it waited.", "speech", "Oskar Brenholt",
     "verbatim", "Every city that built a tram has regretted the years it waited.", "Oskar Brenholt"),
    ("We can no longer ask people to wait for a bus that never arrives.", "speech", "Oskar Brenholt",
     "drift", "We cannot keep asking people to wait for a bus that never comes.", "Oskar Brenholt"),
    ("a tram is a promise.", "speech", "Hedda Lindqvist-Aro", "misattributed", "A tram is a promise", "Oskar Brenholt"),
    ("I would rather ride a horse.", "speech", "Tomas Reinholm", "not_found", None, None),
    ("Vellmar Moves,", "title", None, None, None, None),
    ("tram tax.", "scare", None, None, None, None),
]


def test_summary_line_counts_verdicts_and_unverified_kinds():
    line = summary_line([make_result(TEXT, SPECS)])
    assert line.startswith("6 quotations: 4 checked (1 verbatim, 1 drift, 1 misattributed, 1 not found)")
    assert "1 scare" in line and "1 title" in line and "3 need attention" in line


def test_word_diff_marks_changed_words():
    ops = word_diff("We can no longer ask people", "We cannot keep asking people")
    assert ("equal", "We") == (ops[0].op, ops[0].text)
    assert any(o.op == "source" and "cannot" in o.text for o in ops)
    assert any(o.op == "article" and "no longer" in o.text for o in ops)
    assert all(o.op == "equal" for o in word_diff("It\u2019s fine", "it's FINE"))


def test_suggestions_restore_drift_and_credit_misattributed():
    fixes = suggestions([make_result(TEXT, SPECS)])
    kinds = {s.kind: s for s in fixes}
    assert kinds["restore"].replacement == "We cannot keep asking people to wait for a bus that never comes."
    assert kinds["credit"].replacement == "Oskar Brenholt"
    assert kinds["source_or_cut"].quote_text == "I would rather ride a horse."


def test_editors_note_translated_form():
    note = editors_note([make_result(TEXT, SPECS, translated=True)], translated=True)
    first, *rest = note.split("\n")
    assert first == "Editor's Note: These quotations, accurately translated, could not be verified."
    # drift and not_found; verbatim is not listed, nor misattributed (its words were verified:
    # report/note.py UNVERIFIED; issue 17)
    assert len(rest) == 2
    assert rest[0].startswith("* \u201cWe can no longer") and "(Oskar Brenholt)" in rest[0]
    assert rest[1].startswith("* \u201cI would rather ride")
    assert all("Every city" not in r and "tram is a promise" not in r for r in rest)


def test_editors_note_plain_and_single_and_empty():
    one = make_result(TEXT, SPECS[:1] + [SPECS[3]])
    assert editors_note([one]).split("\n")[0] == "Editor's Note: This quotation could not be verified."
    clean = make_result(TEXT, SPECS[:1])
    assert editors_note([clean], translated=True) == ""


def test_text_report_lines_source_words_and_summary():
    console = Console(record=True, width=160, color_system=None)
    render_text([make_result(TEXT, SPECS, translated=True)], console)
    out = console.export_text()
    lines = out.splitlines()
    verbatim = next(i for i, l in enumerate(lines) if "verbatim" in l and "Every city" in l)
    assert "Oskar Brenholt" in lines[verbatim]
    assert "source:" not in lines[verbatim + 1]  # no source words under a verbatim verdict
    drift = next(i for i, l in enumerate(lines) if l.strip().startswith("~ drift"))
    assert "We cannot keep asking people" in lines[drift + 1]
    assert "diff:" in out and "[-cannot keep asking-]" in out
    assert "misattributed" in out and "Oskar Brenholt" in out
    assert "These quotations, accurately translated, could not be verified." in out
    # the summary closes the report; a report not on a terminal then carries onrecord's
    # marker (read/own.py), so it is never read back as a source
    assert lines[-2].startswith("6 quotations: 4 checked")
    assert lines[-1].startswith("generated by onrecord ")


def test_text_report_prints_markup_in_quotes_literally():
    text = "X said \u201cuse [bold]this[/bold] and [/]\u201d today.\n"
    r = make_result(text, [("use [bold]this[/bold] and [/]", "speech", "X", "not_found", None, None)])
    console = Console(record=True, width=120, color_system=None)
    render_text(r, console)  # a single CheckResult is accepted too
    assert "use [bold]this[/bold] and [/]" in console.export_text()


def test_text_report_uses_colour_per_verdict():
    console = Console(record=True, width=160, force_terminal=True, color_system="standard")
    render_text([make_result(TEXT, SPECS)], console)
    styled = console.export_text(styles=True)
    assert "\x1b[1;32m" in styled  # bold green: verbatim
    assert "\x1b[1;31m" in styled  # bold red: not found


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def test_html_is_one_self_contained_page():
    page = render_html([make_result(TEXT, SPECS, translated=True)])
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    p = _Collector()
    p.feed(page)
    assert [t for t, a in p.tags if t in ("link", "img", "iframe")] == []
    assert [a for t, a in p.tags if t == "script" and "src" in a] == []


def test_html_highlights_each_quote_in_its_verdict_colour():
    page = render_html([make_result(TEXT, SPECS)])
    p = _Collector()
    p.feed(page)
    marks = [a for t, a in p.tags if t == "mark" and "data-i" in a]
    classes = {a["data-i"]: a["class"] for a in marks}
    assert "v-verbatim" in classes["0"] and "v-drift" in classes["1"]
    assert "v-misattributed" in classes["2"] and "v-not_found" in classes["3"]
    assert "nonspeech" in classes["4"] and "nonspeech" in classes["5"]
    # each mark wraps exactly the quotation's text
    m = re.search(r'<mark class="q v-drift"[^>]*>(.*?)</mark>', page)
    assert htmllib.unescape(m.group(1)) == SPECS[1][0]


def test_html_detail_summary_note_and_restore_suggestion():
    page = render_html([make_result(TEXT, SPECS, translated=True)])
    detail = re.search(r'<div class="detail" id="detail-1" hidden>(.*?)</div><div class="detail"', page, re.S).group(1)
    for piece in ("drift", "Oskar Brenholt", "We cannot keep asking people", "<del>", "<ins>", "2024-11-14"):
        assert piece in detail
    assert '<table class="summary">' in page
    assert "Editor&#x27;s Note: These quotations, accurately translated, could not be verified." in page
    assert "Restore original wording" in page
    assert "Credit Oskar Brenholt" in page


EVIL = "<script>alert(1)</script>\" onmouseover=\"alert(2)\" ' onclick='x' </textarea><img src=x onerror=alert(3)>"


def test_html_escapes_all_article_and_source_text():
    text = f"Headline {EVIL}\n\nX said \u201c{EVIL}\u201d and more {EVIL}.\n"
    r = make_result(text, [(EVIL, "speech", f"Name {EVIL}", "drift", f"source {EVIL}", f"Src {EVIL}")],
                    path=f"dir/{EVIL}.txt")
    r.items[0].quote.date_hint = "2024-11"
    r.items[0].quote.outlet_hint = EVIL
    r.items[0].quote.context_evidence = [EVIL]
    r.items[0].verdict.warnings = [EVIL]
    r.items[0].verdict.evidence.omitted = [EVIL]
    r.items[0].verdict.evidence.replaced = [{"bracket": EVIL, "source": EVIL}]
    page = render_html([r])
    assert "<script>alert" not in page
    assert "<img" not in page
    assert "</textarea>" not in page
    assert 'onmouseover="alert' not in page and "onclick='x'" not in page
    # exactly the page's own script element, and no attribute outside the renderer's own set
    p = _Collector()
    p.feed(page)
    assert sum(1 for t, _ in p.tags if t == "script") == 1
    allowed = {"class", "data-i", "tabindex", "role", "aria-pressed", "title", "id", "hidden", "lang",
               "charset", "name", "content", "http-equiv", "aria-live", "style"}
    assert {k for _, a in p.tags for k in a} <= allowed
    # the text itself is all there, as text
    assert htmllib.escape(EVIL, quote=True) in page


def test_markdown_report_escapes_and_lists_everything():
    text = f"X said \u201c{EVIL} *bold* [link](http://a)\u201d.\n"
    q = f"{EVIL} *bold* [link](http://a)"
    md = render_md([make_result(text, [(q, "speech", "X", "drift", "the *real* words", "X")], translated=True)])
    assert "<script>" not in md and "<img" not in md
    assert "\\*bold\\*" in md and "\\[link\\](http://a)" in md
    assert "## Draft editor's note" in md and "accurately translated" in md
    assert "restore the original wording" in md


def test_markdown_report_of_the_fixture():
    md = render_md([make_result(TEXT, SPECS)])
    assert "| 1 | \u201cEvery city that built a tram" in md
    assert "**verbatim**" in md and "**not found**" in md and "not verified (title)" in md
    assert "We cannot keep asking people" in md


def test_several_articles_share_one_page_with_unique_indexes():
    a = make_result(TEXT, SPECS, path="a.txt")
    b = make_result(TEXT, SPECS[:2], path="b.txt")
    page = render_html([a, b])
    ids = re.findall(r'id="detail-(\d+)"', page)
    assert ids == [str(i) for i in range(8)]
    assert page.count('<article class="article">') == 2
    assert summary_line([a, b]).startswith("8 quotations: 6 checked")


def test_empty_reports_say_so():
    empty = CheckResult(Document("No quotes here.", "e.txt"), [])
    assert summary_line([empty]) == "0 quotations: 0 checked. No speech quotation to verify."
    assert editors_note([empty], translated=True) == ""
    assert "No fixes needed" in render_html([empty])
    console = Console(record=True, width=100, color_system=None)
    render_text([empty], console)
    assert "no quotations found" in console.export_text()
