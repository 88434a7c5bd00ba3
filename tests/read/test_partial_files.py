"""One bad JSON Lines line or WARC record is named and the rest of the file is still used; a
WARC cut mid-record says so; a batch never dies on one bad item (issue 10). Before the fix one
stray line made the whole JSONL file unreadable, and a 300-character record id made a report
file name the file system refused, ending the batch. Invented text only."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner

from onrecord.cli import cli
from onrecord.errors import InputError, MalformedRecord
from onrecord.read import read_path

PAGE = ("<html><head><title>{t}</title></head><body><article><h1>{t}</h1><p>{body}</p>"
        "<p>The committee meets again on Tuesday to discuss the harbour plan in detail.</p></article></body></html>")


def _jsonl(tmp_path, lines):
    p = tmp_path / "batch.jsonl"
    p.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return p


def test_bad_jsonl_line_is_named_and_the_rest_is_read(tmp_path):
    p = _jsonl(tmp_path, [json.dumps({"id": "a", "text": "First record."}), "{not json",
                          json.dumps({"id": "c", "text": "Third record."}), json.dumps({"id": "d"})])
    errors: list[InputError] = []
    docs = read_path(str(p), errors=errors)
    assert [d.doc_id for d in docs] == ["a", "c"]
    assert [e.message.split(":")[0] for e in errors] == ["line 2", "line 4"]
    with pytest.raises(MalformedRecord):  # without an errors list, the old strict behaviour
        read_path(str(p))


def test_jsonl_with_no_good_line_is_one_error(tmp_path):
    p = _jsonl(tmp_path, ["{bad", "[1, 2]"])
    with pytest.raises(MalformedRecord, match="no readable record: 2 bad line"):
        read_path(str(p), errors=[])


def _warc(path, pages):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=False)
        for uri, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
            w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(html.encode()),
                                                http_headers=headers))


def test_warc_cut_mid_record_keeps_the_records_before_and_says_so(tmp_path):
    p = tmp_path / "crawl.warc"
    body = "The harbour master said the new pier would be finished before the regatta. " * 3
    _warc(p, [(f"https://example.org/{i}", PAGE.format(t=f"Pier news {i}", body=body)) for i in range(3)])
    data = p.read_bytes()
    p.write_bytes(data[: len(data) - 300])  # the download stopped inside the last record
    errors: list[InputError] = []
    docs = read_path(str(p), errors=errors)
    assert len(docs) == 2
    assert len(errors) == 1 and "cut or damaged after record 2" in errors[0].message


def test_a_batch_goes_on_after_bad_items_and_summarises(tmp_path, monkeypatch):
    monkeypatch.setenv("ONRECORD_EMBED", "0")
    src = tmp_path / "sources"
    src.mkdir()
    (src / "s.txt").write_text("Title: S\nSpeaker: Ada Rowe\n\nThe pier opens in June.\n", encoding="utf-8")
    said = "Ada Rowe said \u201cthe pier opens in June\u201d."
    p = _jsonl(tmp_path, [json.dumps({"id": "x" * 300, "text": said}), "{broken",
                          json.dumps({"id": "fine", "text": said})])
    out = tmp_path / "reports"
    r = CliRunner().invoke(cli, ["check", str(p), "http://", "--sources", str(src), "--format", "md",
                                 "-o", str(out) + "/"])
    assert r.exit_code == 2, (r.stderr, r.exception)  # some input could not be read
    names = sorted(f.name for f in out.iterdir())
    assert len(names) == 2 and "batch-fine.md" in names
    assert all(len(n) < 120 for n in names)
    assert "line 2: not valid JSON" in r.stderr and "http://" in r.stderr
    assert "Summary: 2 articles" in r.stderr and "2 unreadable" in r.stderr
