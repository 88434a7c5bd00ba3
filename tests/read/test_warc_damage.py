"""A damaged WARC file says where, in one line, and its whole records are still used (issue 10,
F7, F8). The probe found ways it did not: a .warc.gz whose second gzip member is cut (silent),
a record header cut before its WARC-Target-URI (AttributeError inside warcio: exit 3), a
header cut after it (silent), a middle record with a Content-Length that is no number
(warcio's own three-line WARNING on stderr, the record not named), and a middle record whose
Content-Length has one digit too many (it swallowed the records after it: "the file ends inside
record 2", record 3 lost). A damaged record in the middle is named and the walk goes on at the
next record header; a file really cut inside its last record says so. Invented pages only."""

from __future__ import annotations

import gzip

import pytest
from click.testing import CliRunner

from onrecord.cli import cli
from onrecord.errors import CorruptInput
from onrecord.read import read_path


def _record(i: int) -> bytes:
    html = (f"<html><body><p>Lena Frost said: \u201cThe ferry number {i} sails at noon every "
            f"Sunday.\u201d</p></body></html>").encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(html) + html
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{i}>\r\n"
            f"WARC-Date: 2025-02-01T00:00:00Z\r\nWARC-Target-URI: http://example.org/{i}\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def _damaged(kind: str) -> tuple[str, bytes]:
    r1, r2, r3 = _record(1), _record(2), _record(3)
    if kind == "gzip member cut":
        g2 = gzip.compress(r2)
        return "cut.warc.gz", gzip.compress(r1) + g2[: len(g2) // 2]
    if kind == "header cut before the URI":
        return "cut.warc", r1 + r2[:60]
    if kind == "header cut after the URI":
        return "cut.warc", r1 + r2[: r2.find(b"Content-Type") + 10]
    if kind == "Content-Length too long in the middle":
        # one digit more in record 2's Content-Length: warcio read records 2 and 3 as one
        # record cut by the end of the file, and record 3 was lost
        return "long.warc", r1 + r2.replace(b"Content-Length: ", b"Content-Length: 9", 1) + r3
    if kind == "a real cut in the last record":
        return "cut.warc", r1 + r2 + r3[: len(r3) - 40]
    bad = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: notanumber\r\n\r\nsome bytes\r\n\r\n"
    return "mid.warc", r1 + bad + r3


CUT = "WARC cut or damaged after record"
# (damage, pages read, what the one line says)
KINDS = [("gzip member cut", 1, CUT), ("header cut before the URI", 1, CUT), ("header cut after the URI", 1, CUT),
         ("bad Content-Length in the middle", 2, "WARC record 2 is damaged"),
         ("Content-Length too long in the middle", 2, "WARC record 2 (http://example.org/2) is damaged"),
         ("a real cut in the last record", 2, "the file ends inside record 3")]


@pytest.mark.parametrize("kind, pages, says", KINDS)
def test_damage_is_named_and_whole_records_are_used(tmp_path, kind, pages, says):
    name, data = _damaged(kind)
    p = tmp_path / name
    p.write_bytes(data)
    errors: list = []
    docs = read_path(str(p), errors=errors)
    assert len(docs) == pages
    assert len(errors) == 1 and isinstance(errors[0], CorruptInput)
    assert says in str(errors[0]) and "\n" not in str(errors[0])


@pytest.mark.parametrize("kind, pages, says", KINDS)
def test_extract_names_the_damage_in_one_line_and_nothing_raw(tmp_path, monkeypatch, kind, pages, says):
    name, data = _damaged(kind)
    p = tmp_path / name
    p.write_bytes(data)
    r = CliRunner().invoke(cli, ["extract", str(p), "--no-attribute"])
    assert r.exit_code == 2, (r.stderr, r.exception)
    said = [ln for ln in r.stderr.splitlines() if not ln.startswith("onrecord: ")]
    assert len(said) == 1 and said[0].startswith("Error: ") and says in said[0], said
    assert r.stdout.count('"document"') == pages
