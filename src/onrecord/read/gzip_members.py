"""The gzip members of a ``.warc.gz``, found and checked one by one before warcio reads them.

A ``.warc.gz`` is normally one gzip member per record, so one damaged member is one damaged
record. warcio reads a gzip stream as one whole: at a member with a bad CRC, a deflate stream
cut short (its bytes run into the next member's) or garbage between members it either falls
back to reading the compressed bytes as text ("Invalid WARC record, first line: \\x8b\\x08…")
or prints zlib's message on stderr and returns nothing, and the records after the damage were
lost with it (issue 10). Here each member is decompressed on its own and checked whole; a
damaged member is reported with its offset and zlib's reason, and the scan goes on at the next
offset where a gzip member whose first bytes are a ``WARC/`` header starts. A checked member's
output is kept for warcio when it is small enough (``keep``: a crawl's one-record members), so
it is decompressed once; a larger one (a whole .warc gzipped at once) is counted, not kept, and
inflated a second time by ``Inflate`` so memory stays bounded."""

from __future__ import annotations

import io
import os
import re
import zlib
from dataclasses import dataclass, field
from typing import Iterator

GZIP_MAGIC = b"\x1f\x8b\x08"  # gzip's two magic bytes and deflate, its only compression method
_CHUNK = 1 << 16  # compressed bytes fed to zlib at a time
_STEP = 1 << 20  # most decompressed bytes zlib returns per call, so a bomb is counted as it grows
_HEAD = 4096  # decompressed bytes kept for naming a damaged record by its target URI
# a whole header line only: the head of a damaged member can end in garbage mid-line
_URI = re.compile(rb"\nWARC-Target-URI: *<?([!-;=?-~]{1,300})>?\r?\n")


@dataclass(frozen=True)
class Member:
    """One stretch of the file: a gzip member (``kind`` "whole"; "damaged"; "cut", running to
    the end of the file; "over", the one that ran past the budget) or bytes that start no
    member ("garbage")."""

    start: int
    end: int
    kind: str
    reason: str = ""
    uri: str = ""
    size: int = 0  # decompressed bytes (of a cut member: up to the cut)
    # a whole or cut member's decompressed bytes, when ``keep`` allowed them (the reader closes it)
    body: io.BytesIO | None = field(default=None, compare=False, repr=False)


class FileBytes:
    """A file read as the bytes ``gzip_members`` needs (length, slices, ``find``), each read
    from the disk when asked, so a crawl of several GB is walked in bounded memory: ``onrecord
    mine`` streams it (a ``read()`` of the whole file, or an mmap whose touched pages count in
    the process's resident memory, grew with the file)."""

    def __init__(self, fd: int):
        self._fd, self._len = fd, os.fstat(fd).st_size

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, s: slice) -> bytes:
        start, stop, _ = s.indices(self._len)
        return os.pread(self._fd, stop - start, start) if stop > start else b""

    def find(self, sub: bytes, start: int = 0) -> int:
        pos = max(start, 0)
        while pos < self._len:
            # a block overlaps the next by len(sub) - 1 bytes: a match across the seam is found
            i = os.pread(self._fd, _CHUNK + len(sub) - 1, pos).find(sub)
            if i >= 0:
                return pos + i
            pos += _CHUNK
        return -1


def gzip_members(data: FileBytes | bytes, budget: int, per_member: bool = False, keep: int = 0) -> Iterator[Member]:
    """The members of ``data`` in order. ``budget`` caps the decompressed bytes of the whole
    file: the member that runs past it is "over" (a gzip bomb) and the scan stops there.
    ``per_member``: the budget is each member's (a streamed crawl of any size), and the scan
    goes on after a member that runs past it. ``keep``: a whole or cut member of at most that
    many decompressed bytes comes with them in ``body``. A member that is not the last one has
    ``end < len(data)``: something (a member or garbage) always follows it."""
    pos = 0
    while pos < len(data):
        if data[pos:pos + len(GZIP_MAGIC)] != GZIP_MAGIC:
            nxt = next_member(data, pos + 1)
            end = len(data) if nxt is None else nxt
            yield Member(pos, end, "garbage", "not a gzip member")
            pos = end
            continue
        member = _scan(data, pos, budget, per_member, keep)
        yield member
        if member.kind == "over" and not per_member:
            return
        if not per_member:
            budget -= member.size
        pos = member.end


def next_member(data: FileBytes | bytes, after: int) -> int | None:
    """The first offset at or after ``after`` where a gzip member holding a WARC header
    starts, or None. The magic bytes alone also occur inside compressed data by chance."""
    at = data.find(GZIP_MAGIC, after)
    while at >= 0:
        try:
            head = inflater().decompress(data[at:at + _CHUNK], 8)
        except zlib.error:
            head = b""
        if head.startswith(b"WARC/"):
            return at
        at = data.find(GZIP_MAGIC, at + 1)
    return None


def inflater() -> "zlib._Decompress":
    """A gzip member's decompressor: every one made here comes from this seam, so a test counts
    what the walk inflates (each member once, tests/read/test_warc_inflate_once.py)."""
    return zlib.decompressobj(16 + zlib.MAX_WBITS)


def _scan(data: FileBytes | bytes, start: int, budget: int, per_member: bool, keep: int) -> Member:
    """Decompress the member at ``start`` to its end (its output counted, its head kept, and
    the whole output while it stays within ``keep`` bytes). A damaged member ends where the
    next member starts, or at the end of the file."""
    d = inflater()
    fed, size, head = start, 0, b""
    body: io.BytesIO | None = io.BytesIO() if keep else None
    while not d.eof:
        chunk = d.unconsumed_tail or data[fed:fed + _CHUNK]
        if not d.unconsumed_tail:
            fed += len(chunk)
        if not chunk:
            if next_member(data, start + 1) is not None:  # read on into the next member
                return _damaged(data, start, "gzip: its deflate stream is cut short", head)
            return Member(start, len(data), "cut", "the file ends inside it", _uri(head), size, _rewound(body))
        try:
            out = d.decompress(chunk, _STEP)
        except zlib.error as e:  # "Error -3 while decompressing data: incorrect data check"
            return _damaged(data, start, f"gzip: {str(e).split(': ', 1)[-1]}", head or _salvage_head(data, start))
        size += len(out)
        if len(head) < _HEAD:
            head += out[:_HEAD - len(head)]
        if body is not None and size > keep:
            body = None  # too large to hold: Inflate decompresses it again for warcio
        elif body is not None:
            body.write(out)
        if size > budget:
            nxt = next_member(data, start + 1) if per_member else None
            return Member(start, len(data) if nxt is None else nxt, "over", "", _uri(head))
    return Member(start, fed - len(d.unused_data), "whole", "", _uri(head), size, _rewound(body))


def _rewound(body: io.BytesIO | None) -> io.BytesIO | None:
    if body is not None:
        body.seek(0)
    return body


def _damaged(data: FileBytes | bytes, start: int, reason: str, head: bytes) -> Member:
    nxt = next_member(data, start + 1)
    return Member(start, len(data) if nxt is None else nxt, "damaged", reason, _uri(head))


def _salvage_head(data: FileBytes | bytes, start: int) -> bytes:
    """The first decompressed bytes of a damaged member, fed to zlib a little at a time so
    that the output before the damage is kept (a failed call returns nothing)."""
    d, out = inflater(), b""
    for at in range(start, min(len(data), start + _CHUNK), 32):
        try:
            out += d.decompress(data[at:at + 32])
        except zlib.error:
            break
        if len(out) >= _HEAD or d.eof:
            break
    return out[:_HEAD]


def _uri(head: bytes) -> str:
    m = _URI.search(head.split(b"\r\n\r\n", 1)[0])
    return m.group(1).decode("ascii") if m else ""


class Inflate(io.RawIOBase):
    """A checked member too large to keep (``keep``), decompressed again as a stream, so warcio
    reads a plain WARC: it
    reads a member holding several records (a whole .warc gzipped at once) as one record and
    refuses the rest ("non-chunked gzip file detected"). A member cut by the end of the file
    just ends, like a cut plain WARC, and the walk names the record it cuts."""

    def __init__(self, data: FileBytes | bytes, start: int, end: int):
        super().__init__()
        # read from ``data`` a chunk at a time: a whole .warc gzipped at once is one member
        self._src, self._at, self._end, self._out = data, start, end, b""
        self._d = inflater()

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[no-untyped-def]
        while not self._out and not self._d.eof:
            chunk = self._d.unconsumed_tail or self._src[self._at:min(self._at + _CHUNK, self._end)]
            if not self._d.unconsumed_tail:
                self._at += len(chunk)
            if not chunk:
                break
            try:
                self._out = self._d.decompress(chunk, max(len(b), 1))
            except zlib.error:  # only a member checked whole or cut gets here: not expected
                break
        n = min(len(b), len(self._out))
        b[:n] = self._out[:n]
        self._out = self._out[n:]
        return n
