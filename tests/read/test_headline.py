"""A JSON Lines article's headline is its `title` field, not the first line of its text (issue
17: the HTML report set a record's first sentence as the headline and never showed the title)."""

from __future__ import annotations

import json

import pytest

from onrecord.model import CheckedQuote, CheckResult, Document, Quote
from onrecord.read import read_path
from onrecord.read.headline import opens_with_headline
from onrecord.report.html import render_html

BODY = "The mayor told reporters the line would open late.\n\n\u201cNot before 2028,\u201d she said."


@pytest.mark.parametrize("reader, title, text, expected", [
    ("text", None, "Tram delayed\n\nThe mayor said so.", True),
    ("html", "Tram delayed | Harbour Gazette", "Tram delayed\n\nThe mayor said so.", True),
    ("jsonl", None, "Tram delayed\n\nThe mayor said so.", True),  # no title: the text's own headline
    ("jsonl", "Tram delayed", BODY, False),
    ("jsonl", "Tram delayed", "Tram delayed\n\n" + BODY, True),  # a record that repeats it
    ("jsonl", "Tram delayed again, says mayor", "TRAM DELAYED AGAIN, SAYS MAYOR\n\n" + BODY, True),
])
def test_opens_with_headline(reader, title, text, expected):
    assert opens_with_headline(Document(text=text, path="x", title=title, reader=reader)) is expected


def _html_of_record(tmp_path, rec):
    p = tmp_path / "dump.jsonl"
    p.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    (doc,) = read_path(str(p))
    start = doc.text.index("Not before")
    q = Quote(text="Not before 2028,", start=start, end=start + len("Not before 2028,"))
    return render_html([CheckResult(document=doc, items=[CheckedQuote(quote=q, verdict=None)])])


def test_html_report_shows_a_records_title_as_its_headline(tmp_path):
    page = _html_of_record(tmp_path, {"id": "a1", "title": "Tram delayed", "text": BODY})
    assert '<p class="headline">Tram delayed</p>' in page
    assert '<p class="headline">The mayor told' not in page
    assert "<p>The mayor told reporters" in page


def test_html_report_keeps_a_text_headline(tmp_path):
    page = _html_of_record(tmp_path, {"id": "a1", "text": "Tram delayed\n\n" + BODY})
    assert '<p class="headline">Tram delayed</p>' in page
