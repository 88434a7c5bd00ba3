"""The streamed WARC walk of `onrecord mine` (read.warc.iter_warc_documents) over a generated
.warc.gz with one damaged gzip member in the middle: peak resident memory and CPU time, to show
memory does not grow with the crawl (issue 10: the walk now steps over damaged members, read
from the disk a chunk at a time).

    .venv/bin/python benchmarks/bench_warc_stream.py --records 200     # ~20 MB
    .venv/bin/python benchmarks/bench_warc_stream.py --records 4000    # ~400 MB
    .venv/bin/python benchmarks/bench_warc_stream.py --records 4000 --text   # text bodies

The crawl: ``--records`` image records of ``--body`` random bytes (random, so the .warc.gz is as
large as its content; skipped by the walk as not HTML; ``--text``: lines of hex digits that
gzip shrinks about 2x, so inflating costs what it does on text, not a copy of stored blocks),
the middle one's gzip CRC broken, then one invented HTML page. Written to a temporary folder before the clock starts. Prints one JSON
object: file size, what the walk yielded, peak RSS (MB), CPU seconds, load before and after, and
a reference timed in the same run: the CPU seconds of inflating every gzip member once with
zlib and nothing else (``ref_inflate_cpu_s``), so ``walk_over_inflate`` says how many member
inflations the walk costs, whatever the machine's load."""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import resource
import tempfile
import time
import zlib


def _record(uri: str, ctype: str, body: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n" % (ctype.encode(), len(body)) + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{abs(hash(uri))}>\r\n"
            f"WARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return gzip.compress(head + http + b"\r\n\r\n", 1)


def _body(size: int, text: bool) -> bytes:
    if not text:
        return os.urandom(size)
    lines = (b"<p>%s</p>\n" % hashlib.sha256(os.urandom(8)).hexdigest().encode() for _ in range(size // 72 + 1))
    return b"".join(lines)[:size]  # 72 bytes a line


def _write(path: str, records: int, body: int, text: bool = False) -> None:
    page = (b"<html><body><article><p>The ferry captain said: \xe2\x80\x9cWe sail at noon on Sundays, "
            b"whatever the weather brings.\xe2\x80\x9d</p></article></body></html>")
    with open(path, "wb") as fh:
        for i in range(records):
            rec = _record(f"https://crawl.example/{i}.png", "image/png", _body(body, text))
            if i == records // 2:
                rec = rec[:-8] + bytes([rec[-8] ^ 0xFF]) + rec[-7:]  # the trailer's CRC-32, broken
            fh.write(rec)
        fh.write(_record("https://crawl.example/story", "text/html", page))


def _inflate_once(path: str) -> int:
    """Every member of ``path`` inflated once, the output counted and dropped: the least a walk
    of the file can do. Raw deflate after each member's 10-byte header (gzip.compress writes no
    file name), so the broken CRC stops nothing."""
    size, d, buf = 0, None, b""
    with open(path, "rb") as fh:
        while True:
            if len(buf) < 18:  # a gzip header (10 bytes) or a trailer (8) may straddle two reads
                buf += fh.read(1 << 16)
                if not buf:
                    return size
            if d is None:
                d, buf = zlib.decompressobj(-zlib.MAX_WBITS), buf[10:]
            size += len(d.decompress(buf))
            buf = b""
            if d.eof:
                rest = d.unused_data
                rest += fh.read(max(0, 8 - len(rest)))
                d, buf = None, rest[8:]  # past the trailer (CRC-32 and size)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=200)
    ap.add_argument("--body", type=int, default=100_000)
    ap.add_argument("--text", action="store_true", help="bodies gzip can shrink (hex lines), not random bytes")
    a = ap.parse_args()
    from onrecord.read.warc import iter_warc_documents
    from onrecord.thresholds.read import ReadOptions

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "crawl.warc.gz")
        _write(path, a.records, a.body, a.text)
        load = os.getloadavg()[0]
        cpu = time.process_time()
        items = [type(x).__name__ for x in iter_warc_documents(path, ReadOptions())]
        walk = time.process_time() - cpu
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        cpu = time.process_time()
        inflated = _inflate_once(path)
        ref = time.process_time() - cpu
        print(json.dumps({"bytes": os.path.getsize(path), "yielded": items, "peak_rss_mb": round(peak, 1),
                          "cpu_s": round(walk, 2), "ref_inflate_cpu_s": round(ref, 2),
                          "walk_over_inflate": round(walk / ref, 2) if ref else None,
                          "inflated_bytes": inflated,
                          "load_before": load, "load_after": os.getloadavg()[0]}))


if __name__ == "__main__":
    main()
