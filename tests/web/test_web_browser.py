"""The server's pages as an editor uses them, in real headless Chromium (Debian's
/usr/bin/chromium driven by Python playwright; never a downloaded browser): upload a source and
find it listed, paste the bundled example, press Check, see each verdict's colour, open an
evidence panel, copy the editor's note, re-open the check from the history; and the same report
at phone width, where the evidence panel opens over the lower half of the screen, next to the
quotation tapped.

ONRECORD_UPDATE_SCREENSHOT=1 writes the screenshots to docs/ (web-*.png); otherwise they go to
a temporary folder, so a test run never dirties the work tree."""

from __future__ import annotations

import contextlib
import os
import socket
import threading
import time
from pathlib import Path

import pytest

from webdata import EXAMPLE, ROOT, article_text, example_sources, make_bank

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
LATE_SOURCE = "2024-11-22_reinholm_harbour_gazette_column.txt"
# the report's colours (report.css): mark background of each verdict
COLOURS = {"verbatim": "rgb(218, 251, 225)", "variation": "rgb(221, 244, 255)", "drift": "rgb(255, 241, 194)",
           "misattributed": "rgb(255, 227, 243)", "not_found": "rgb(255, 225, 224)"}

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is absent (Debian package: chromium)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def _serve(app):
    """A real uvicorn server for ``app`` on a free loopback port, in a thread: its base URL."""
    import uvicorn

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    deadline = time.time() + 60
    while not srv.started and time.time() < deadline:
        time.sleep(0.1)
    assert srv.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        t.join(30)


@pytest.fixture
def server():
    """The server with four of the five example sources (the fifth is uploaded in the page)."""
    import httpx

    from onrecord.web import make_app

    with _serve(make_app(archive="browser", workers=0)) as base:
        files = [f for f in example_sources() if f[1][0] != LATE_SOURCE]
        assert httpx.post(base + "/api/sources", files=files, timeout=300).status_code == 200
        yield base


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


def _shot(tmp_path: Path, name: str) -> str:
    if os.environ.get("ONRECORD_UPDATE_SCREENSHOT") == "1":
        return str(ROOT / "docs" / name)
    return str(tmp_path / name)


def test_editor_flow(server, browser, tmp_path):
    page = browser.new_page(viewport={"width": 1360, "height": 900})
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: errors.append("dialog: " + d.message))
    _upload_a_source(page, server, tmp_path)
    report_url = _check_the_example(page, server, tmp_path)
    _open_the_drift_evidence(page, tmp_path)
    _reopen_from_history(page, server, report_url, tmp_path)
    assert not errors, errors


def _upload_a_source(page, server, tmp_path):
    """Sources: upload the fifth source with the form, find it listed and by search."""
    from playwright.sync_api import expect

    page.goto(server + "/sources")
    page.wait_for_selector("#sources-table tbody tr")
    assert page.locator("#sources-table tbody tr").count() == 4
    page.set_input_files("#source-files", str(EXAMPLE / "sources" / LATE_SOURCE))
    page.click("#upload-button")
    # (locator waits: the pages' CSP forbids eval, so wait_for_function cannot run there)
    expect(page.locator("#sources-table tbody tr")).to_have_count(5, timeout=120_000)
    assert LATE_SOURCE in page.inner_text("#upload-result")
    assert not page.locator("#upload-progress").is_visible()  # done: the bar goes away
    page.fill("#source-search", "gazette")
    expect(page.locator("#sources-table tbody tr")).to_have_count(1)
    assert "Harbour Gazette" in page.inner_text("#sources-table tbody")
    page.screenshot(path=_shot(tmp_path, "web-sources.png"))


def _check_the_example(page, server, tmp_path) -> str:
    """Check: paste the example, date, translated, press Check, land on the report (its URL)."""
    from playwright.sync_api import expect

    page.goto(server + "/")
    page.fill("#text", article_text())
    page.fill("#published", "2025-03-10")
    page.check("#translated")
    # regression: .progress {display: flex} beat the hidden attribute, so "Checking…" showed
    # before anything was checked
    assert not page.locator("#progress").is_visible() and not page.locator("#error").is_visible()
    page.screenshot(path=_shot(tmp_path, "web-check-form.png"))
    # the request is held for a moment so the progress can be seen (and photographed)
    def slow(route):
        time.sleep(1.5)
        route.continue_()

    page.route("**/api/check", slow)
    page.click("#check-button")
    expect(page.locator("#progress")).to_be_visible()
    expect(page.locator("#check-button")).to_be_disabled()
    assert page.inner_text("#progress-text").startswith("Checking…")
    page.screenshot(path=_shot(tmp_path, "web-check-progress.png"))
    page.wait_for_url("**/checks/*", timeout=300_000)
    report_url = page.url
    for verdict, colour in COLOURS.items():
        mark = page.locator(f"mark.q.v-{verdict}").first
        assert mark.count() == 1, verdict
        assert mark.evaluate("m => getComputedStyle(m).backgroundColor") == colour, verdict
    return report_url


def _open_the_drift_evidence(page, tmp_path):
    """The evidence panel of the drift quote: the source's own words and the diff, beside it."""
    drift = page.locator("mark.q.v-drift").first
    drift.click()
    i = drift.get_attribute("data-i")
    detail = page.locator(f"#detail-{i}")
    assert detail.is_visible()
    assert detail.locator("blockquote").inner_text().strip()
    assert detail.locator(".diff").count() >= 1
    mbox, dbox = drift.bounding_box(), detail.bounding_box()
    assert dbox["x"] > mbox["x"] and dbox["y"] < 900  # to the right, on the same screen
    assert page.locator("#editors-note").inner_text().startswith("Editor's Note:")
    assert page.locator("#copy-note").is_visible()
    page.screenshot(path=_shot(tmp_path, "web-report.png"))
    page.locator("#editors-note").scroll_into_view_if_needed()
    page.screenshot(path=_shot(tmp_path, "web-report-note.png"))


def _reopen_from_history(page, server, report_url, tmp_path):
    """History: the check is listed and its link re-opens the same report."""
    page.goto(server + "/history")
    link = page.locator("#history-table a").first
    assert link.get_attribute("href") == report_url[len(server):]
    page.screenshot(path=_shot(tmp_path, "web-history.png"))
    link.click()
    page.wait_for_url(report_url)
    assert page.locator("mark.q").count() >= 8


def test_report_at_phone_width_opens_the_panel_next_to_the_quote(server, browser, tmp_path):
    import httpx

    httpx.post(server + "/api/sources", files=[f for f in example_sources() if f[1][0] == LATE_SOURCE], timeout=300)
    link = httpx.post(server + "/api/check", json={"text": article_text(), "published": "2025-03-10"},
                      timeout=300).json()["link"]
    page = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                            has_touch=True)
    page.goto(server + link)
    assert not page.locator("#panel").is_visible()  # the hint panel does not push the article down
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways ({width}px)"
    mark = page.locator("mark.q.v-misattributed").first
    mark.scroll_into_view_if_needed()
    mark.tap()
    panel = page.locator("#panel")
    assert panel.is_visible()
    pbox, mbox = panel.bounding_box(), mark.bounding_box()
    assert pbox["y"] + pbox["height"] <= 844 + 1 and pbox["y"] >= 844 * 0.4  # the lower part of the screen
    assert mbox["y"] + mbox["height"] <= pbox["y"]  # the quotation stays visible above it
    i = mark.get_attribute("data-i")
    assert page.locator(f"#detail-{i}").is_visible()
    page.screenshot(path=_shot(tmp_path, "web-report-phone.png"))
    page.locator(".panel-close").tap()
    assert not panel.is_visible()
    for path, shot in (("/", "web-check-phone.png"), ("/sources", "web-sources-phone.png"),
                       ("/history", "web-history-phone.png")):
        page.goto(server + path)
        page.wait_for_load_state("networkidle")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{path} scrolls sideways ({width}px)"
        page.screenshot(path=_shot(tmp_path, shot))


def test_a_server_beyond_loopback_asks_the_page_for_its_token(browser, tmp_path):
    """Policy of a server bound to 0.0.0.0 (served here on loopback): writes need the token."""
    from playwright.sync_api import expect

    from onrecord.web import make_app

    with _serve(make_app(archive="tokened", workers=0, host="0.0.0.0", token="letmein-42")) as base:
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        page.goto(base + "/sources")
        page.set_input_files("#source-files", str(EXAMPLE / "sources" / LATE_SOURCE))
        page.click("#upload-button")
        expect(page.locator("#error")).to_contain_text("needs its token")
        page.fill("#token", "letmein-42")
        page.dispatch_event("#token", "change")
        page.set_input_files("#source-files", str(EXAMPLE / "sources" / LATE_SOURCE))
        page.click("#upload-button")
        expect(page.locator("#sources-table tbody tr")).to_have_count(1, timeout=120_000)
        assert LATE_SOURCE in page.inner_text("#upload-result")


def test_the_api_page_renders_without_the_internet(server, browser):
    """/docs is Swagger UI served by the app: no request leaves the machine, every endpoint shows."""
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    outside = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(server) else None)
    page.goto(server + "/docs")
    page.wait_for_selector(".opblock", timeout=60_000)
    shown = page.locator(".opblock-summary-path").all_inner_texts()
    for path in ("/api/check", "/api/check/file", "/api/extract", "/api/verify", "/api/sources",
                 "/api/checks/{check_id}", "/api/health"):
        assert any(t.replace("\u200b", "") == path for t in shown), (path, shown)
    assert not outside, outside


@pytest.fixture
def bank_server(tmp_path):
    """A server with the quote bank of webdata.make_bank (no archive sources: no check runs)."""
    from onrecord.web import make_app

    with _serve(make_app(archive="bankpages", workers=0, bank=make_bank(tmp_path / "quotes.db"))) as base:
        yield base


def _no_sideways_scroll(page, width):
    scrolled = page.evaluate("document.documentElement.scrollWidth")
    assert scrolled <= width, f"{page.url} scrolls sideways ({scrolled}px)"


def test_an_editor_searches_the_bank_and_sees_how_a_quotation_changed(bank_server, browser, tmp_path):
    page = browser.new_page(viewport={"width": 1360, "height": 900})
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: errors.append("dialog: " + d.message))  # a hostile quotation ran
    page.goto(bank_server + "/")
    page.click("nav.site a[href='/bank']")
    page.fill("#bank-q", "ferry")
    page.fill("#bank-since", "2024-05-01")
    page.click("#bank-search")
    page.wait_for_selector("#bank-results")
    rows = page.locator("#bank-results tbody tr")
    assert rows.count() == 3  # the quotation, the other one on the topic, the hostile one
    assert "3 quotations" in page.inner_text("#bank-count")
    assert "<script>" in page.inner_text("#bank-results")  # shown as text, not run
    page.screenshot(path=_shot(tmp_path, "web-bank.png"))

    rows.first.locator("a").click()
    page.wait_for_url("**/bank/*")
    variants = page.locator("#bank-variants li.variant")
    assert variants.count() == 3
    outlets = [variants.nth(i).locator(".outlet").inner_text() for i in range(3)]
    assert outlets == ["Coast Courier", "Harbour Herald", "Evening Post"]  # who changed it, in order
    assert variants.nth(0).locator(".diff").count() == 0  # the earliest form is the reference
    swap = variants.nth(2).locator(".diff")
    assert swap.locator("del").inner_text() == "midsummer" and swap.locator("ins").inner_text() == "autumn"
    assert swap.locator("del").evaluate("e => getComputedStyle(e).textDecorationLine") == "line-through"
    assert variants.nth(1).locator(".diff del").inner_text() == "and keep the fares where they are"
    assert "2024-05-09" in variants.nth(2).locator(".when").inner_text()
    assert page.locator("#bank-outlets tbody tr").count() == 4
    assert "Ines Albero" in page.inner_text("#bank-summary")
    page.screenshot(path=_shot(tmp_path, "web-bank-history.png"), full_page=True)

    page.click("#bank-back")  # back to the same results
    page.wait_for_selector("#bank-results")
    assert page.input_value("#bank-q") == "ferry" and page.locator("#bank-results tbody tr").count() == 3
    page.goto(bank_server + "/bank?q=ferry+lanes")
    page.locator("#bank-results a").first.click()
    page.wait_for_url("**/bank/*")
    assert "<img src=x" in page.inner_text("#bank-summary")
    assert page.locator("main img, main script, [onmouseover], [onerror]").count() == 0
    assert not errors, errors


def test_the_bank_pages_at_phone_width(bank_server, browser, tmp_path):
    page = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                            has_touch=True)
    page.goto(bank_server + "/bank?q=ferry+terminal")
    _no_sideways_scroll(page, 390)
    page.screenshot(path=_shot(tmp_path, "web-bank-phone.png"))
    page.locator("#bank-results a").first.tap()
    page.wait_for_url("**/bank/*")
    _no_sideways_scroll(page, 390)
    diff = page.locator("#bank-variants li.variant").nth(2).locator(".diff")
    box = diff.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390  # the diff fits the screen
    assert diff.locator("ins").inner_text() == "autumn"
    page.screenshot(path=_shot(tmp_path, "web-bank-history-phone.png"), full_page=True)


def test_a_report_links_a_corroborated_quotation_to_its_history(browser, tmp_path):
    """The mayor's line of the bundled example, banked as two other outlets printed it: the
    report's evidence panel says so (corroboration, not a source) and links to its history."""
    import httpx

    from onrecord.bank import Bank
    from onrecord.bank.records import MinedDocument, MinedQuote, document_key
    from onrecord.web import make_app

    said = "Every city that built a tram has regretted the years it waited"
    with Bank.open(tmp_path / "quotes.db") as b:
        for n, (day, outlet, text) in enumerate([("2024-11-20", "Vellmar Post", said + "."),
                                                 ("2024-11-22", "Coast Courier", said.replace("built", "has built"))]):
            b.add([MinedDocument(key=document_key(f"n#{n}", str(n), str(n)), path=f"n.jsonl#{n}", doc_id=str(n),
                                 published=day, outlet=outlet, quotes=[MinedQuote(text, 0, len(text), "Oskar Brenholt")])])
        b.recluster()
    with _serve(make_app(archive="bankreport", workers=0, bank=str(tmp_path / "quotes.db"))) as base:
        assert httpx.post(base + "/api/sources", files=example_sources(), timeout=300).status_code == 200
        link = httpx.post(base + "/api/check", json={"text": article_text(), "published": "2025-03-10"},
                          timeout=300).json()["link"]
        page = browser.new_page(viewport={"width": 1360, "height": 900})
        page.goto(base + link)
        mark = page.locator("mark.q", has_text="Every city that built a tram").first
        mark.click()
        detail = page.locator(f"#detail-{mark.get_attribute('data-i')}")
        assert "reported by 2 outlets since 2024-11-20, first by Vellmar Post" in detail.inner_text()
        page.screenshot(path=_shot(tmp_path, "web-report-bank-link.png"))
        detail.locator("a.bank-link").click()
        page.wait_for_url("**/bank/*")
        assert page.locator("#bank-variants li.variant").count() == 2
        assert page.locator("#bank-variants li.variant").nth(1).locator(".diff ins").inner_text() == "has"


def test_the_precise_speakers_box_reaches_the_report(server, browser):
    """The form's "precise speakers" box (issue 11, sixteenth session): ticked, the report credits
    only the name the calibration is sure of; the other quotation is shown without a speaker."""
    from precise_cases import WEAK

    page = browser.new_page(viewport={"width": 1360, "height": 900})
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    titles = {}
    for ticked in (False, True):
        page.goto(server + "/")
        page.fill("#text", WEAK)
        if ticked:
            page.check("#precise")
        page.click("#check-button")
        page.wait_for_url("**/checks/*", timeout=300_000)
        titles[ticked] = [m.get_attribute("title") or "" for m in page.locator("mark.q").all()]
    assert any("Ada Brenner" in t for t in titles[False])
    assert any("Piet Kral" in t for t in titles[True]) and not any("Ada Brenner" in t for t in titles[True])
    assert errors == []
    page.close()
