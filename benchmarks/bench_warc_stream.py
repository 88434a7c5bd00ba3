"""The streamed WARC walk of `onrecord mine` (read.warc.iter_warc_documents) over a generated
.warc.gz with one damaged gzip member in the middle: peak resident memory and CPU time, to show
memory does not grow with the crawl (issue 10: the walk now steps over damaged members, read
from the disk a chunk at a time).

    .venv/bin/python benchmarks/bench_warc_stream.py --records 200     # ~20 MB
    .venv/bin/python benchmarks/bench_warc_stream.py --records 4000    # ~400 MB

The crawl: ``--records`` image records of ``--body`` random bytes (random, so the .warc.gz is as
large as its content; skipped by the walk as not HTML), the middle one's gzip CRC broken, then
one invented HTML page. Written to a temporary folder before the clock starts. Prints one JSON
object: file size, what the walk yielded, peak RSS (MB), CPU seconds, load before and after."""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import tempfile
import time


def _record(uri: str, ctype: str, body: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n" % (ctype.encode(), len(body)) + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{abs(hash(uri))}>\r\n"
            f"WARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return gzip.compress(head + http + b"\r\n\r\n", 1)


def _write(path: str, records: int, body: int) -> None:
    page = (b"<html><body><article><p>The ferry captain said: \xe2\x80\x9cWe sail at noon on Sundays, "
            b"whatever the weather brings.\xe2\x80\x9d</p></article></body></html>")
    with open(path, "wb") as fh:
        for i in range(records):
            rec = _record(f"https://crawl.example/{i}.png", "image/png", os.urandom(body))
            if i == records // 2:
                rec = rec[:-8] + bytes([rec[-8] ^ 0xFF]) + rec[-7:]  # the trailer's CRC-32, broken
            fh.write(rec)
        fh.write(_record("https://crawl.example/story", "text/html", page))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=200)
    ap.add_argument("--body", type=int, default=100_000)
    a = ap.parse_args()
    from onrecord.read.warc import iter_warc_documents
    from onrecord.thresholds.read import ReadOptions

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "crawl.warc.gz")
        _write(path, a.records, a.body)
        load = os.getloadavg()[0]
        cpu = time.process_time()
        items = [type(x).__name__ for x in iter_warc_documents(path, ReadOptions())]
        print(json.dumps({"bytes": os.path.getsize(path), "yielded": items,
                          "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                          "cpu_s": round(time.process_time() - cpu, 2),
                          "load_before": load, "load_after": os.getloadavg()[0]}))


if __name__ == "__main__":
    main()
