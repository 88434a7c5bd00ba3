"""Every record of a whole WARC is read or named (issue 10, F6): a WARC of three one-paragraph
pages gave one article, exit 0, and nothing about the other two, because trafilatura refuses a
bare one-block fragment ("<p>...</p>") as not HTML and the WARC reader skipped empty pages
without a word. Invented pages only."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from onrecord.cli import cli
from onrecord.errors import EmptyDocument
from onrecord.read import read_path


def _record(uri: str, html: str) -> bytes:
    body = html.encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(body) + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{uri}>\r\n"
            f"WARC-Date: 2025-03-01T00:00:00Z\r\nWARC-Target-URI: {uri}\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


PAGES = [
    ("http://example.org/a", "<p>Nora Vance said: \u201cThe tram line opens in May.\u201d</p>"),
    ("http://example.org/b", "<p>Olek Brand said: \u201cWe will plant two hundred trees.\u201d</p>"),
    ("http://example.org/c", "<p>Pia Moss said: \u201cThe pool stays open all winter.\u201d</p>"),
]


@pytest.mark.parametrize("fragment", [html for _, html in PAGES] + [
    "<div><p>Nora Vance said: \u201cThe tram line opens in May.\u201d</p></div>"])
def test_a_one_paragraph_html_fragment_is_read(tmp_path, fragment):
    p = tmp_path / "short.html"
    p.write_text(fragment, encoding="utf-8")
    (doc,) = read_path(str(p))
    assert "said: \u201c" in doc.text


def test_every_short_page_of_a_warc_is_read(tmp_path):
    p = tmp_path / "short.warc"
    p.write_bytes(b"".join(_record(u, h) for u, h in PAGES))
    errors: list = []
    docs = read_path(str(p), errors=errors)
    assert [d.doc_id for d in docs] == [u for u, _ in PAGES] and errors == []


def test_a_page_without_main_text_is_named_by_its_uri(tmp_path):
    p = tmp_path / "mixed.warc"
    p.write_bytes(_record(*PAGES[0]) + _record("http://example.org/blank", "<html><body></body></html>")
                  + _record(*PAGES[2]))
    errors: list = []
    docs = read_path(str(p), errors=errors)
    assert len(docs) == 2
    assert len(errors) == 1 and isinstance(errors[0], EmptyDocument)
    assert str(errors[0]).endswith("mixed.warc#http://example.org/blank: empty document (no main text found in the HTML)")
    r = CliRunner().invoke(cli, ["extract", str(p), "--no-attribute"])
    said = [ln for ln in r.stderr.splitlines() if ln.startswith("Error: ")]
    assert r.exit_code == 2 and len(said) == 1 and "#http://example.org/blank: empty document" in said[0]
    assert r.stdout.count('"document"') == 2
