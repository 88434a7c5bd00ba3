"""The HTML report as a person sees it: rendered in real headless Chromium (Debian's
/usr/bin/chromium, driven by Python playwright; never a downloaded browser build).

The first tests use a CheckResult of the bundled example built from the dataclasses (the
verdicts examples/EXPECTED.md intends, the evidence located in the real source files), so the
page is tested apart from the pipeline. ``test_pipeline_report_in_browser`` renders what
``onrecord check --format html`` produces for the example.

Set ONRECORD_UPDATE_SCREENSHOT=1 to refresh docs/screenshot-report.png from the real pipeline's
report (otherwise the screenshot goes to a temporary folder, so a test run never dirties the
work tree).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from onrecord.model import CheckedQuote, CheckResult, Document, Evidence, Quote, Verdict
from onrecord.report.html import render_html

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM),
                                reason=f"{CHROMIUM} is absent (Debian package: chromium)")


def expected_rows() -> list[dict[str, str]]:
    """The table of examples/EXPECTED.md as dicts keyed by its header."""
    lines = [l for l in (EXAMPLE / "EXPECTED.md").read_text(encoding="utf-8").splitlines()
             if l.startswith("|")]
    head = [c.strip() for c in lines[0].strip("|").split("|")]
    return [dict(zip(head, (c.strip() for c in l.strip("|").split("|")))) for l in lines[2:]]


# How each intended verdict is evidenced in the sources: (source file, the source's words,
# stage, explanation). Hand-made test data standing in for the verifier.
EVIDENCE = {
    "We can no longer ask people to wait": (
        "2024-05-21_brenholt_budget_speech.txt",
        "We cannot keep asking people to wait for a bus that never comes.",
        "semantic", "same meaning in different words (back-translation)"),
    "Every city that built a tram": (
        "2024-11-14_council_meeting_transcript.txt",
        "Every city that built a tram has regretted the years it waited.", "verbatim", "exact words"),
    "The first section will open in 2027": (
        "2024-12-09_transport_office_statement.txt",
        "The first section will open in 2027, and if the state grant arrives on time, the remaining "
        "sections will follow by 2030", "ellipsis", "an ellipsis leaves out 9 words"),
    "a tram is a promise": (
        "2024-11-14_council_meeting_transcript.txt",
        "A tram is a promise that a city makes to its grandchildren", "speaker",
        "the words are Oskar Brenholt's, not Hedda Lindqvist-Aro's"),
    "nobody has shown me the passenger numbers": (
        "2024-11-22_reinholm_harbour_gazette_column.txt",
        "nobody has shown me the passenger numbers.", "verbatim", "exact words"),
    "[the Sandvik bridge] was never designed": (
        "2025-01-24_radio_nord_interview_vasko.txt",
        "it was never designed for the weight of a modern tram.", "bracket",
        "[the Sandvik bridge] stands for “it”"),
    "No one should act as if": (
        "2025-01-24_radio_nord_interview_vasko.txt",
        "Nobody should pretend that this will be quick or cheap.", "semantic",
        "same meaning in different words (back-translation)"),
}


def _source(name: str) -> tuple[str, dict[str, str]]:
    text = (EXAMPLE / "sources" / name).read_text(encoding="utf-8")
    head = dict(re.findall(r"^(\w+): (.+)$", text.split("\n\n", 1)[0], re.M))
    return text, head


def _turn_speaker(text: str, pos: int, head: dict[str, str]) -> str | None:
    turns = [m for m in re.finditer(r"^([A-Z][A-Z .'-]+): ", text, re.M) if m.start() <= pos]
    if turns:
        return turns[-1].group(1).title()
    return head.get("Speaker")


def example_check_result() -> CheckResult:
    """The bundled example with the verdicts it intends, built from the dataclasses."""
    text = (EXAMPLE / "article.txt").read_text(encoding="utf-8")
    rows = expected_rows()
    pairs = [(m.start(1), m.end(1)) for m in re.finditer(r"\u201c(.*?)\u201d", text, re.S)]
    items = []
    for (s, e), row in zip(pairs, rows):
        qt = text[s:e]
        key = row["quotation starts"]
        assert qt.startswith(key), (qt, key)
        kind = row["kind"]
        speaker = None if row["speaker"] == "-" else row["speaker"]
        q = Quote(qt, s, e, kind=kind, speaker=speaker, speakers=[speaker] if speaker else [],
                  flagged=text[e + 1:e + 2] == "*",
                  cue="said" if speaker else None,
                  date_hint=None if row["date hint"] == "-" else row["date hint"],
                  outlet_hint=None if row["outlet hint"] == "-" else row["outlet hint"])
        verdict = None
        if row["verdict"] != "-":
            ev = None
            stage, why, score = "none", "nothing in the sources supports these words", 0.0
            if key in EVIDENCE:
                name, words, stage, why = EVIDENCE[key]
                src, head = _source(name)
                i = src.index(words)
                ev = Evidence(source=f"examples/sources/{name}", title=head.get("Title"), start=i,
                              end=i + len(words), text=words,
                              source_speaker=_turn_speaker(src, i, head), source_date=head.get("Date"))
                score = {"verbatim": 1.0, "ellipsis": 0.97, "bracket": 0.96, "semantic": 0.86,
                         "speaker": 1.0}[stage]
            verdict = Verdict(id=f"q{len(items) + 1}", verdict=row["verdict"], stage=stage,
                              score=score, explanation=why, evidence=ev)
        items.append(CheckedQuote(q, verdict))
    assert len(items) == len(rows) == len(pairs)
    doc = Document(text, "examples/article.txt", published="2025-03-10")
    return CheckResult(doc, items, translated=True)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


def _open(browser, page_html: str, tmp_path: Path, width: int = 1360, height: int = 900):
    path = tmp_path / "report.html"
    path.write_text(page_html, encoding="utf-8")
    page = browser.new_page(viewport={"width": width, "height": height})
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    return page, requests, errors


def _screenshot_path(tmp_path: Path) -> Path:
    if os.environ.get("ONRECORD_UPDATE_SCREENSHOT") == "1":
        return ROOT / "docs" / "screenshot-report.png"
    return tmp_path / "screenshot-report.png"


def test_click_drift_quote_shows_verdict_source_words_and_diff(browser, tmp_path):
    page, requests, errors = _open(browser, render_html([example_check_result()]), tmp_path)
    try:
        mark = page.locator("mark.q.v-drift", has_text="No one should act as if")
        mark.click()
        panel = page.locator(".detail:not([hidden])")
        assert panel.count() == 1
        body = panel.inner_text()
        assert "drift" in body
        assert "Nobody should pretend that this will be quick or cheap." in body
        assert "Mirela Vasko" in body and "2025-01-24" in body and "Radio Nord" in body
        assert panel.locator(".diff del", has_text="pretend").count() == 1
        assert mark.get_attribute("aria-pressed") == "true"
        assert [u for u in requests if not u.startswith("file:")] == []
        assert errors == []
    finally:
        page.close()


def test_first_screen_shows_article_and_detail_side_by_side(browser, tmp_path):
    """Header, article and the detail of the first drift quote all fit the first screen."""
    page, _requests, errors = _open(browser, render_html([example_check_result()]), tmp_path)
    try:
        page.locator("mark.q.v-drift", has_text="We can no longer ask people").click()
        page.evaluate("window.scrollTo(0, 0)")
        shown = page.locator(".detail:not([hidden])")
        assert "We cannot keep asking people to wait for a bus that never comes." in shown.inner_text()
        # the panel sits beside the article, inside the first screen
        box = shown.bounding_box()
        assert box is not None and box["x"] > 700 and box["y"] < 900
        out = tmp_path / "handmade.png"
        page.screenshot(path=str(out), full_page=False)
        assert out.stat().st_size > 20_000
        assert errors == []
    finally:
        page.close()


def test_every_highlight_opens_its_own_detail(browser, tmp_path):
    result = example_check_result()
    page, _requests, errors = _open(browser, render_html([result]), tmp_path)
    try:
        for i, it in enumerate(result.items):
            page.locator(f'mark.q[data-i="{i}"]').first.click()
            shown = page.locator(".detail:not([hidden])")
            assert shown.get_attribute("id") == f"detail-{i}"
            label = it.verdict.verdict.replace("_", " ") if it.verdict else it.quote.kind
            assert label in shown.locator(".badge").inner_text()
        # the misattributed quote names the real speaker; the table row selects too
        mis = next(i for i, it in enumerate(result.items) if it.verdict and it.verdict.verdict == "misattributed")
        page.locator(f'tr[data-i="{mis}"]').click()
        text = page.locator(".detail:not([hidden])").inner_text()
        assert "misattributed" in text and "Oskar Brenholt" in text
        assert errors == []
    finally:
        page.close()


def test_hostile_text_stays_text_in_the_browser(browser, tmp_path):
    evil = '<img src=x onerror="window.PWNED=1"><script>window.PWNED=2</script>" onclick="window.PWNED=3'
    text = f"Headline\n\nA said \u201c{evil}\u201d today.\n"
    s = text.index(evil)
    q = Quote(evil, s, s + len(evil), speaker="A", speakers=["A"])
    v = Verdict("q1", "drift", "semantic", 0.8, evil,
                evidence=Evidence(source=evil, title=evil, start=0, end=len(evil), text=evil, source_speaker=evil))
    r = CheckResult(Document(text, "x.txt"), [CheckedQuote(q, v)])
    page, requests, errors = _open(browser, render_html([r]), tmp_path)
    try:
        page.locator("mark.q[data-i]").click()
        assert page.evaluate("window.PWNED === undefined")
        assert evil in page.locator(".detail:not([hidden]) .quote").inner_text()
        assert [u for u in requests if not u.startswith("file:")] == []
    finally:
        page.close()


def test_pipeline_report_in_browser(browser, tmp_path, monkeypatch):
    """The real `onrecord check --format html` page of the example (needs every stage)."""
    from click.testing import CliRunner

    from onrecord.cli import cli

    monkeypatch.chdir(ROOT)  # relative paths, as a user in the repo would type them
    out = tmp_path / "example.html"
    res = CliRunner().invoke(cli, ["check", "examples/article.txt", "--sources",
                                   "examples/sources/", "--published", "2025-03-10",
                                   "--translated", "--format", "html", "-o", str(out)])
    assert res.exit_code == 1, res.output  # the example holds drift, misattributed, not_found
    page, requests, errors = _open(browser, out.read_text(encoding="utf-8"), tmp_path)
    try:
        page.locator("mark.q.v-drift", has_text="We can no longer ask people").click()
        body = page.locator(".detail:not([hidden])").inner_text()
        assert "drift" in body and "the source's own words" in body.lower()
        assert "We cannot keep asking people to wait for a bus that never comes" in body
        assert [u for u in requests if not u.startswith("file:")] == []
        assert errors == []
        # the screenshot in docs/ (README): the real report, first screen
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(_screenshot_path(tmp_path)), full_page=False)
    finally:
        page.close()


def test_keyboard_opens_a_quote(browser, tmp_path):
    page, _requests, errors = _open(browser, render_html([example_check_result()]), tmp_path)
    try:
        page.locator("mark.q.v-not_found").focus()
        page.keyboard.press("Enter")
        shown = page.locator(".detail:not([hidden])")
        assert "not found" in shown.locator(".badge").inner_text()
        assert "nothing in the sources supports these words" in shown.inner_text()
        assert errors == []
    finally:
        page.close()
