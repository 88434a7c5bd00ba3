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
import hashlib

import pytest
from click.testing import CliRunner

from onrecord.cli import cli
from onrecord.errors import CorruptInput
from onrecord.read import read_path
from onrecord.thresholds.read import ReadOptions


def _record(i: int, padding: str = "") -> bytes:
    html = (f"<html><body>{padding}<p>Lena Frost said: \u201cThe ferry number {i} sails at noon every "
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


# ------------------------------------------------------------------ .warc.gz, member by member
# A .warc.gz is read gzip member by gzip member (issue 10): one damaged member (a bad CRC, a
# deflate stream cut short with the next member right after it, a flipped bit, garbage between
# two members) is named with its record number, byte offset and zlib's reason, and every record
# after it is still used. Before, warcio read the compressed bytes of the damaged member as text
# ("Invalid WARC record, first line: \x8b\x08…") and the walk stopped there, losing every record
# after it. A whole .warc gzipped at once (one member holding every record) is read whole: warcio
# alone read its first record and called the rest "non-chunked gzip". A member that decompresses
# past the file's budget (a gzip bomb) is refused without reading on. Real gzip bytes made here;
# the pages are invented.


def _padding(filler: int = 0, noise: int = 0) -> str:
    pad = "".join(f"<p>Note {k}: the harbour lamps were repainted blue.</p>" for k in range(filler))
    # text gzip cannot shrink much, so a cut of a few hundred compressed bytes stays inside it
    return pad + "".join(f"<p>{hashlib.sha256(b'%d' % k).hexdigest()}</p>" for k in range(noise))


def _bad_crc(member: bytes) -> bytes:
    b = bytearray(member)
    b[-8] ^= 0xFF  # the CRC-32 is the trailer's first four bytes
    return bytes(b)


def _flip(member: bytes) -> bytes:
    b = bytearray(member)
    b[len(b) // 3] ^= 0x55
    return bytes(b)


GARBAGE = b"\x00junk from a bad copy\x00"


def _file(kind: str, filler: int = 0) -> bytes:
    recs = [_record(i, _padding(filler)) for i in (1, 2, 3)] + [_record(4, _padding(filler, noise=40))]
    g = [gzip.compress(r) for r in recs]
    return {
        "bad CRC": g[0] + _bad_crc(g[1]) + g[2] + g[3],
        "deflate cut short": g[0] + g[1][: len(g[1]) // 2] + g[2] + g[3],
        "flipped bit": g[0] + _flip(g[1]) + g[2] + g[3],
        "garbage between members": g[0] + GARBAGE + g[1] + g[2] + g[3],
        "one member for the whole file": gzip.compress(b"".join(recs)),
        "one member, cut": gzip.compress(b"".join(recs))[:-300],
        "last member cut": g[0] + g[1] + g[2] + g[3][: len(g[3]) // 2],
        "only the gzip trailer cut": g[0] + g[1] + g[2] + g[3][:-4],
        "garbage after the last member": g[0] + g[1] + g[2] + g[3] + GARBAGE,
    }[kind]


# (damage, records read, what the one error line says; "" for none)
CASES = [
    ("bad CRC", [1, 3, 4], "WARC record 2 (http://example.org/2) at byte {g0} is damaged (gzip: incorrect data check); skipped"),
    ("deflate cut short", [1, 3, 4], "at byte {g0} is damaged (gzip: "),
    ("flipped bit", [1, 3, 4], "at byte {g0} is damaged (gzip: "),
    ("garbage between members", [1, 2, 3, 4], "WARC bytes {g0} to {g0x} (not a gzip member: garbage between records) skipped"),
    ("one member for the whole file", [1, 2, 3, 4], ""),
    ("one member, cut", [1, 2, 3], "WARC cut or damaged after record 3 (the file ends inside record 4"),
    ("last member cut", [1, 2, 3], "WARC cut or damaged after record 3 (the file ends inside record 4"),
    ("only the gzip trailer cut", [1, 2, 3, 4], "(the file ends inside the gzip member after record 4)"),
    ("garbage after the last member", [1, 2, 3, 4], "WARC cut or damaged after record 4 (bytes "),
]


def _expected(says: str) -> str:
    g0 = len(gzip.compress(_record(1)))
    return says.format(g0=f"{g0:,}", g0x=f"{g0 + len(GARBAGE):,}")


@pytest.mark.parametrize("kind, read, says", CASES)
def test_a_damaged_member_is_named_and_the_records_after_it_are_used(tmp_path, kind, read, says):
    p = tmp_path / "members.warc.gz"
    p.write_bytes(_file(kind))
    errors: list = []
    docs = read_path(str(p), errors=errors)
    assert [d.doc_id for d in docs] == [f"http://example.org/{i}" for i in read]
    if not says:
        assert errors == []
        return
    assert len(errors) == 1 and isinstance(errors[0], CorruptInput), errors
    said = str(errors[0])
    assert _expected(says) in said and "\n" not in said, said
    assert "WARC record 2" in said or "records after them are used" in said or "cut" in said, said


def test_members_larger_than_a_read_chunk_are_checked_whole(tmp_path):
    # records of ~250 kB: each member spans several 64 kB chunks of compressed input
    p = tmp_path / "long.warc.gz"
    p.write_bytes(_file("bad CRC", filler=4000))
    errors: list = []
    docs = read_path(str(p), errors=errors)
    assert [d.doc_id[-1] for d in docs] == ["1", "3", "4"]
    assert "record 2 (http://example.org/2)" in str(errors[0]) and "incorrect data check" in str(errors[0])


def test_the_extract_command_says_it_in_one_line_and_uses_the_rest(tmp_path):
    p = tmp_path / "members.warc.gz"
    p.write_bytes(_file("bad CRC"))
    r = CliRunner().invoke(cli, ["extract", str(p), "--no-attribute"])
    assert r.exit_code == 2, (r.stderr, r.exception)
    said = [ln for ln in r.stderr.splitlines() if not ln.startswith("onrecord: ")]
    assert len(said) == 1 and said[0].startswith("Error: ") and "record 2" in said[0], said
    assert r.stdout.count('"document"') == 3


def test_a_gzip_bomb_is_refused_without_inflating_it_all(tmp_path):
    # a member of 30 MB of zeros (30 kB compressed) against a 1 MB budget for the file
    bomb = _record(2).replace(b"</body>", b"\x00" * 30_000_000 + b"</body>")
    p = tmp_path / "bomb.warc.gz"
    p.write_bytes(gzip.compress(_record(1)) + gzip.compress(bomb, 1) + gzip.compress(_record(3)))
    errors: list = []
    docs = read_path(str(p), ReadOptions(max_warc_decompressed_bytes=1_000_000), errors=errors)
    assert [d.doc_id for d in docs] == ["http://example.org/1"]
    assert "record 2 (http://example.org/2)" in str(errors[0]) and "gzip bomb" in str(errors[0])
    only_bomb = tmp_path / "only.warc.gz"
    only_bomb.write_bytes(gzip.compress(bomb, 1))
    with pytest.raises(CorruptInput, match="not a readable WARC file .*gzip bomb"):
        read_path(str(only_bomb), ReadOptions(max_warc_decompressed_bytes=1_000_000))


# ------------------------------------------------------------------ the streamed walk (mine)
# `onrecord mine` reads a WARC with iter_warc_documents, one record at a time. It stopped at the
# first damaged record or gzip member and lost the rest of the crawl (or refused the whole file);
# now it makes read_path's decisions: the same pages, the same one-line errors, in stream order.


def _streamed(path) -> tuple[list[str], list[str]]:
    from onrecord.read.warc import iter_warc_documents

    items = list(iter_warc_documents(str(path), ReadOptions()))
    return ([i.doc_id for i in items if not isinstance(i, CorruptInput)],
            [str(i) for i in items if isinstance(i, CorruptInput)])


def _whole(path) -> tuple[list[str], list[str]]:
    errors: list = []
    return [d.doc_id for d in read_path(str(path), errors=errors)], [str(e) for e in errors]


@pytest.mark.parametrize("kind", [k for k, _, _ in KINDS])
def test_the_streamed_walk_of_a_plain_warc_reads_what_read_path_reads(tmp_path, kind):
    name, data = _damaged(kind)
    p = tmp_path / name
    p.write_bytes(data)
    assert _streamed(p) == _whole(p)


@pytest.mark.parametrize("kind", [k for k, _, _ in CASES])
def test_the_streamed_walk_of_a_warc_gz_reads_what_read_path_reads(tmp_path, kind):
    p = tmp_path / "members.warc.gz"
    p.write_bytes(_file(kind))
    assert _streamed(p) == _whole(p)


def test_the_streamed_walk_goes_on_after_a_damaged_middle_record(tmp_path):
    p = tmp_path / "mid.warc.gz"
    p.write_bytes(_file("bad CRC"))
    docs, errors = _streamed(p)
    assert docs == ["http://example.org/1", "http://example.org/3", "http://example.org/4"]
    assert len(errors) == 1 and "record 2 (http://example.org/2) at byte" in errors[0] and "skipped" in errors[0]
    q = tmp_path / "mid.warc"
    q.write_bytes(_damaged("Content-Length too long in the middle")[1])
    docs, errors = _streamed(q)
    assert docs == ["http://example.org/1", "http://example.org/3"]
    assert len(errors) == 1 and "WARC record 2 (http://example.org/2) is damaged" in errors[0]


def test_a_streamed_crawl_budgets_each_member_and_steps_over_a_bomb(tmp_path):
    # a crawl is larger than any one file budget: the streamed walk caps each member instead,
    # and a bomb in the middle is named and stepped over
    bomb = _record(2).replace(b"</body>", b"\x00" * 3_000_000 + b"</body>")
    p = tmp_path / "bomb.warc.gz"
    p.write_bytes(b"".join(gzip.compress(r, 1) for r in (_record(1), bomb, _record(3), _record(4))))
    from onrecord.read.warc import iter_warc_documents

    items = list(iter_warc_documents(str(p), ReadOptions(max_warc_decompressed_bytes=1_000_000)))
    assert [getattr(i, "doc_id", None) for i in items] == ["http://example.org/1", None, "http://example.org/3",
                                                            "http://example.org/4"]
    assert "record 2 (http://example.org/2)" in str(items[1]) and "gzip bomb" in str(items[1])
