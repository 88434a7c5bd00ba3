"""JSON Lines read one line at a time for the archive's ingest (issue 13: one 297 MB file of
20,000 speeches peaked at 1.6 GB RSS when every Document was built before the first was
stored). The stream must give exactly the whole-file reader's records, and hand every file it
cannot stream safely (another encoding, a byte-order mark, no readable record) back to it.
Records written for this test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from onrecord.archive import Archive
from onrecord.errors import InputError
from onrecord.read import jsonl as jsonl_module
from onrecord.read import read_path
from onrecord.read.jsonl import JsonlStream

RECORDS = [
    {"id": "a1", "speaker": "Mara Ellison", "date": "2024-03-02", "text": "We will mend the harbour wall."},
    {"id": "a2", "title": "Dock talk", "text": "The tide waits for nobody\u2028not even the council."},
    {"id": "a3", "speakers": "Corwin Ashby; Tamsin Wexley", "text": "CORWIN ASHBY: Silt.\n\nTAMSIN WEXLEY: Fish."},
    {"id": "a4", "text": "She said the budget was donâ€™t-touch money."},  # mojibake, repaired
]


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _fields(docs) -> list[tuple]:
    return [(d.path, d.text, d.title, d.published, tuple(d.speakers), d.doc_id, d.meta) for d in docs]


def test_the_stream_reads_what_the_whole_file_reader_reads(tmp_path):
    lines = [json.dumps(r, ensure_ascii=False) for r in RECORDS]
    f = _write(tmp_path / "s.jsonl", lines[:2] + ["", "{not json", '{"id": "e", "text": "  "}'] + lines[2:])
    bad_whole, bad_stream = [], []
    whole = read_path(str(f), errors=bad_whole)
    stream = read_path(str(f), errors=bad_stream, stream=True)
    assert isinstance(stream, JsonlStream) and len(stream) == 6  # non-blank lines
    got = list(stream)
    assert [f[:-1] for f in _fields(got)] == [f[:-1] for f in _fields(whole)]  # all but meta
    assert [e.message for e in bad_stream] == [e.message for e in bad_whole] and len(bad_stream) == 2
    assert "\u2028" in got[1].text and "don’t" in got[3].text  # a raw U+2028 does not cut a record
    # the repair's warning: the whole-file reader puts the file's first repair on every record,
    # the stream on the record it repaired
    assert got[3].meta["warnings"] == whole[3].meta["warnings"]
    assert [bool(d.meta.get("warnings")) for d in got] == [False, False, False, True]


@pytest.mark.parametrize("name, data", [
    ("latin1.jsonl", '{"id": "x", "text": "Caf\u00e9 cr\u00e8me, s\u2019il vous pla\u00eet."}\n'.encode("cp1252")),
    ("bom.jsonl", b"\xef\xbb\xbf" + b'{"id": "x", "text": "A line after a byte-order mark."}\n'),
    ("utf16.jsonl", '{"id": "x", "text": "Word saved this as Unicode."}\n'.encode("utf-16")),
])
def test_a_file_the_stream_cannot_read_safely_goes_to_the_whole_file_reader(tmp_path, name, data):
    f = tmp_path / name
    f.write_bytes(data)
    try:
        expected = read_path(str(f), errors=[])
    except InputError as e:
        with pytest.raises(InputError, match=e.message[:30]):
            read_path(str(f), errors=[], stream=True)
        return
    got = read_path(str(f), errors=[], stream=True)
    assert isinstance(got, list) and _fields(got) == _fields(expected)


def test_a_file_with_no_readable_record_is_refused_as_before(tmp_path):
    f = _write(tmp_path / "bad.jsonl", ["{nope", "[1, 2]"])
    with pytest.raises(InputError, match="no readable record"):
        read_path(str(f), errors=[], stream=True)


def test_the_archive_stores_a_jsonl_file_without_reading_it_whole(tmp_path, monkeypatch):
    lines = [json.dumps({"id": f"r{k}", "speaker": "Mara Ellison", "text": f"Road {k} is mended."}) for k in range(30)]
    f = _write(tmp_path / "big.jsonl", lines)

    def whole_file(*a, **k):
        raise AssertionError("the whole-file reader was used")

    monkeypatch.setattr(jsonl_module, "read_jsonl_file", whole_file)
    a = Archive.open(tmp_path / "arch")
    rep = a.add([f], progress=False)
    assert rep.documents == 30 and not rep.unreadable
    assert a.search(["road", "17"]) and a.stats()["documents"] == 30


def test_a_record_with_an_impossible_date_warns(tmp_path):
    """"date": "2025-13-45" silently gave published null (issue 10, notes): now the record
    says so, and ``extract`` shows it as a warning naming the file and the line."""
    from click.testing import CliRunner

    from onrecord.cli import cli
    from onrecord.read import read_path

    p = tmp_path / "recs.jsonl"
    p.write_text(json.dumps({"id": "r1", "text": "The pool opens in June.", "date": "2025-13-45"}) + "\n"
                 + json.dumps({"id": "r2", "text": "The pool closes in May.", "date": "2025-05-02"}) + "\n",
                 encoding="utf-8")
    bad, good = read_path(str(p))
    assert bad.published is None and good.published == "2025-05-02"
    assert bad.meta.get("warnings") == ["line 1: date '2025-13-45' is not a real date in a form onrecord reads; published left empty"]
    assert not good.meta.get("warnings")
    r = CliRunner().invoke(cli, ["extract", str(p), "--no-attribute"])
    assert r.exit_code == 0, r.stderr
    assert "recs.jsonl: line 1: date '2025-13-45' is not a real date" in r.stderr
