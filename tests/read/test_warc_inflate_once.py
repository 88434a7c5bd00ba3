"""Each gzip member of a .warc.gz is decompressed once (lane tidy). The walk checked every
member whole (read/gzip_members.py) and then inflated it a second time for warcio, about 3.8x
the CPU the old walk needed on a streamed crawl (docs/benchmarks.md). Counted here, not timed:
every decompressor comes from ``gzip_members.inflater``, and the bytes they give out add up to
the members' decompressed size once, not twice. A member too large to hold
(``max_warc_member_held_bytes``) is still inflated again, and reads the same. Invented pages."""

from __future__ import annotations

import gzip

import pytest

from onrecord.errors import CorruptInput
from onrecord.read import gzip_members, read_path
from onrecord.read.warc import iter_warc_documents
from onrecord.thresholds.read import ReadOptions


def _record(i: int) -> bytes:
    html = (f"<html><body><p>Ada Brook said: \u201cThe lighthouse on pier {i} is lit at dusk every "
            f"night of the year.\u201d</p>" + "<p>Tide tables are posted at the harbour office.</p>" * 30
            + "</body></html>").encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n" % len(html) + html
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{i}>\r\n"
            f"WARC-Target-URI: http://example.org/{i}\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


RECORDS = [_record(i) for i in range(1, 6)]
INFLATED = sum(len(r) for r in RECORDS)


def _bad_crc(member: bytes) -> bytes:
    b = bytearray(member)
    b[-8] ^= 0xFF  # the CRC-32 is the trailer's first four bytes
    return bytes(b)


class _Counting:
    """A decompressor that counts what it gives out."""

    def __init__(self, d, counted: list[int]):
        self._d, self._counted = d, counted

    def decompress(self, data, max_length=0):
        out = self._d.decompress(data, max_length)
        self._counted.append(len(out))
        return out

    def __getattr__(self, name):  # eof, unconsumed_tail, unused_data
        return getattr(self._d, name)


@pytest.fixture
def counted(monkeypatch) -> list[int]:
    out: list[int] = []
    made = gzip_members.inflater
    monkeypatch.setattr(gzip_members, "inflater", lambda: _Counting(made(), out))
    return out


def _walks(path, options: ReadOptions) -> dict:
    streamed = list(iter_warc_documents(str(path), options))
    errors: list = []
    whole = read_path(str(path), options, errors=errors)
    return {"streamed": [getattr(i, "doc_id", None) or str(i) for i in streamed],
            "whole": [d.doc_id for d in whole] + [str(e) for e in errors]}


def test_every_member_is_inflated_once_by_both_walks(tmp_path, counted):
    p = tmp_path / "crawl.warc.gz"
    p.write_bytes(b"".join(gzip.compress(r) for r in RECORDS))
    list(iter_warc_documents(str(p), ReadOptions()))
    assert sum(counted) == INFLATED  # twice before: checked whole, then inflated for warcio
    counted.clear()
    assert len(read_path(str(p), ReadOptions())) == len(RECORDS)
    assert sum(counted) == INFLATED


def test_a_damaged_member_is_not_inflated_for_warcio(tmp_path, counted):
    g = [gzip.compress(r) for r in RECORDS]
    p = tmp_path / "crawl.warc.gz"
    p.write_bytes(b"".join(g[:2] + [_bad_crc(g[2])] + g[3:]))
    items = list(iter_warc_documents(str(p), ReadOptions()))
    assert [type(i) for i in items] == [type(items[0])] * 2 + [CorruptInput] + [type(items[0])] * 2
    # every member once (the damaged one's head re-read to name it: zlib's failed call gave
    # nothing), and the probes for the next member's header, a few bytes each
    assert INFLATED - len(RECORDS[2]) < sum(counted) < INFLATED + 64


@pytest.mark.parametrize("one_member", [False, True])
def test_a_member_too_large_to_hold_is_inflated_again_and_reads_the_same(tmp_path, counted, one_member):
    g = [gzip.compress(r) for r in RECORDS]
    data = gzip.compress(b"".join(RECORDS)) if one_member else b"".join(g[:2] + [_bad_crc(g[2])] + g[3:])
    p = tmp_path / "crawl.warc.gz"
    p.write_bytes(data)
    held = _walks(p, ReadOptions())
    small = ReadOptions(max_warc_member_held_bytes=len(RECORDS[0]) // 2)
    assert _walks(p, small) == held
    if one_member:
        assert held["streamed"] == held["whole"] == [f"http://example.org/{i}" for i in range(1, 6)]
    counted.clear()
    list(iter_warc_documents(str(p), small))
    assert sum(counted) >= 2 * (INFLATED - len(RECORDS[2]))  # each whole member inflated twice
