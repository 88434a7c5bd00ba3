"""Shared data of the mining tests (a plain module: ``from conftest import`` resolved to
another folder's conftest when the whole suite ran)."""

from __future__ import annotations

import gzip
import json
import lzma
from pathlib import Path


FULL = ("We will open the harbour bridge to cyclists before the autumn storms arrive, "
        "and we will not charge a single toll for it")
ARTICLES = [
    ("a1", "2024-03-02", "Coast Courier",
     f'The harbour commissioner made a promise on Monday. "{FULL}," said Mara Ellison, the commissioner. '
     'Work crews began clearing the ramps the same afternoon.'),
    ("a2", "2024-03-04", "Harbour Herald",
     'Cyclists cheered the news at the ferry terminal. "We will open the harbour bridge to cyclists before '
     'the autumn storms arrive," Mara Ellison told reporters. Engineers were less sure of the date.'),
    ("a3", "2024-03-06", "Evening Post",
     'Mara Ellison repeated her pledge at the council meeting. "We will open the harbour bridge to cyclists '
     '... and we will not charge a single toll for it," she said. Council members asked about the cost.'),
    ("a4", "2024-03-09", "Weekly Gull",
     '"We will open the harbour bridge to cyclists before the winter storms arrive, and we will not charge a '
     'single toll for it," Ellison said, according to a transcript. The bridge has been closed since 2019.'),
    ("a5", "2024-03-10", "Coast Courier",
     'The chief engineer disagreed. "The harbour bridge will stay closed to cyclists until our survey of the '
     'cables is finished next year," said Tomas Reyes, who leads the survey team.'),
    ("a6", "2024-03-11", "Harbour Herald",
     'At the bakery on Quay Street, business was slow. "Nobody buys bread when the fog sits on the water '
     'for three days in a row," said Ines Okafor, who has run the shop for twenty years.'),
]


def records() -> list[dict]:
    return [{"id": i, "date": d, "source": s, "title": f"story {i}", "text": t} for i, d, s, t in ARTICLES]


def write_jsonl(path: Path, recs: list[dict], extra_lines: tuple[str, ...] = ()) -> Path:
    text = "".join(json.dumps(r) + "\n" for r in recs) + "".join(line + "\n" for line in extra_lines)
    if path.name.endswith(".gz"):
        with gzip.open(path, "wt", encoding="utf-8") as fh:
            fh.write(text)
    elif path.name.endswith(".xz"):
        with lzma.open(path, "wt", encoding="utf-8") as fh:
            fh.write(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path




def write_corpus(folder: Path) -> Path:
    """The six articles split over plain, gzip and xz JSON Lines in ``folder`` (made here)."""
    folder.mkdir()
    recs = records()
    write_jsonl(folder / "part1.jsonl", recs[:2])
    write_jsonl(folder / "part2.jsonl.gz", recs[2:4])
    write_jsonl(folder / "part3.jsonl.xz", recs[4:])
    return folder


def news_pages(n: int) -> list[tuple[str, str, bytes]]:
    """The first ``n`` articles as HTML pages: (URI, Content-Type, body)."""
    pages = []
    for i, (_, _, _, text) in enumerate(ARTICLES[:n]):
        html = (f"<html><head><title>Harbour story {i}</title></head><body><article><h1>Harbour story {i}</h1>"
                f"<p>{text}</p><p>More reporting followed later in the week from the harbour.</p></article></body></html>")
        pages.append((f"https://news.example/{i}", "text/html; charset=utf-8", html.encode()))
    return pages


def warc_records(pages: list[tuple[str, str, bytes]], gzipped: bool = True) -> list[bytes]:
    """One WARC response record per page, written by warcio; gzipped, each is one gzip member."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = []
    for uri, ctype, body in pages:
        fh = io.BytesIO()
        writer = WARCWriter(fh, gzip=gzipped)
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
        out.append(fh.getvalue())
    return out
