"""JSON Lines records, one Document each: ``{"id","title","date","text",...}`` (also
``speaker``/``speakers``, ``outlet``, ``author``, ``url``). A record's path is ``file#id``."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TypeVar

from ..errors import EmptyDocument, InputError, MalformedRecord
from ..model import Document, sha256_text
from ..thresholds.read import ReadOptions
from .common import decode_document, read_bytes
from .header import normalise_date

T = TypeVar("T")


def read_jsonl_file(path: str, options: ReadOptions, errors: list | None = None) -> list[Document]:
    """The records of a JSON Lines file. With an ``errors`` list, a bad line is named there and
    the other records are kept (one stray line used to cost the whole file); without it, the
    first bad line raises."""
    text, meta, _reader = decode_document(read_bytes(path, options), path, "jsonl")

    def document(rec: dict, lineno: int) -> Document:
        doc = record_to_document(rec, path, lineno)
        doc.meta.update(meta)
        return doc

    docs, bad = parse_lines(text, path, document, (MalformedRecord, EmptyDocument), errors is not None)
    if not docs:
        if bad:
            raise MalformedRecord(f"no readable record: {len(bad)} bad line(s), the first {bad[0].message}", path=path)
        raise EmptyDocument("empty document (no JSON records)", path=path)
    if errors is not None:
        errors.extend(bad)
    return docs


class JsonlStream:
    """The records of a plain UTF-8 JSON Lines file as an iterable that reads one line at a
    time: the archive stores each record as it comes, so ingest memory no longer grows with
    the file (one 297 MB file of 20,000 speeches peaked at 1.6 GB when every Document was
    built first; issue 13). ``len()`` is the number of non-blank lines (a progress total).
    Each record is decoded and mojibake-repaired as the whole-file reader does, line by line
    (ftfy repairs line by line too); a repair's warning is on the records it changed."""

    def __init__(self, path: str, lines: int, errors: list | None):
        self.path, self.lines, self.errors = path, lines, errors

    def __len__(self) -> int:
        return self.lines

    def __iter__(self):
        with open(self.path, "rb") as f:
            for lineno, raw in enumerate(f, start=1):
                if not raw.strip():
                    continue
                text, meta, _reader = decode_document(raw, self.path, "jsonl")
                try:
                    doc = record_to_document(parse_record(text.rstrip("\n"), self.path, lineno), self.path, lineno)
                except (MalformedRecord, EmptyDocument) as e:
                    if self.errors is None:
                        raise
                    self.errors.append(e)
                    continue
                doc.meta.update(meta)
                yield doc


def stream_jsonl_file(path: str, errors: list | None = None) -> JsonlStream | None:
    """A ``JsonlStream`` over ``path`` when one pass shows every line is UTF-8 without NUL
    bytes or a byte-order mark, and a record can be read; else None, and the caller reads the
    whole file with ``read_jsonl_file`` (encoding detection needs all the bytes; an empty or
    wholly bad file is refused there with its reason)."""
    lines, readable = 0, False
    with open(path, "rb") as f:
        for lineno, raw in enumerate(f, start=1):
            if lineno == 1 and raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
                return None
            if b"\x00" in raw:
                return None
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                return None
            if not line.strip():
                continue
            lines += 1
            if not readable:
                try:
                    record_to_document(parse_record(line, path, lineno), path, lineno)
                    readable = True
                except (MalformedRecord, EmptyDocument):
                    pass
    return JsonlStream(path, lines, errors) if readable else None


def iter_records(text: str, path: str):
    """(line number, object) for every non-blank line of a JSON Lines text; the one parser for
    articles, sources, claims and gold files, so every caller reports bad lines the same way."""
    # split("\n"), not splitlines(): JSON written with ensure_ascii=False may hold a raw U+2028
    # or U+0085 inside a string, and splitlines() would cut the record there.
    for lineno, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield lineno, parse_record(line, path, lineno)


def parse_lines(text: str, path: str, build: Callable[[dict, int], T], catch: tuple[type[InputError], ...],
                lenient: bool) -> tuple[list[T], list[InputError]]:
    """Each non-blank line of a JSON Lines text made an item by ``build(record, line number)``,
    and the bad lines: a line whose record or item raises one of ``catch`` is kept aside when
    ``lenient``, else raised (the first bad line stops a strict caller): ``iter_records`` for a
    caller that keeps going past a bad line. Records (read_jsonl_file) and claims
    (claims.load_claims) are read so; each wrote this loop before round 63."""
    items: list[T] = []
    bad: list[InputError] = []
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            item = build(parse_record(line, path, lineno), lineno)
        except catch as e:
            if not lenient:
                raise
            bad.append(e)
            continue
        items.append(item)
    return items, bad


def parse_record(line: str, path: str, lineno: int) -> dict:
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as e:
        raise MalformedRecord(f"line {lineno}: not valid JSON ({e.msg}, column {e.colno})", path=path) from None
    if not isinstance(rec, dict):
        raise MalformedRecord(f"line {lineno}: expected a JSON object, got {type(rec).__name__}", path=path)
    return rec


def _repaired(text: str, lineno: int) -> tuple[str, str | None]:
    """The record's text with mojibake repaired (read/encoding.py), and the warning saying so."""
    from .encoding import Decoded, repair_mojibake

    fixed = repair_mojibake(Decoded(text))
    if not fixed.changed:
        return text, None
    return fixed.text, f"line {lineno}: {fixed.warnings[-1]}"


def record_to_document(rec: dict, path: str, lineno: int) -> Document:
    text = rec.get("text")
    if not isinstance(text, str):
        raise MalformedRecord(f'line {lineno}: record has no "text" string', path=path)
    rid = rec.get("id")
    rid = str(rid) if rid is not None else str(lineno)
    if not text.strip():
        raise EmptyDocument(f'line {lineno}: empty document (record "{rid}" has no text)', path=path)
    # a record holding mojibake ("â€œ" for an opening quotation mark) is repaired as a text
    # file is: the same article read from a .txt file and from a corpus record gave 9 and 8
    # quotations, the lost one opened by a mis-decoded mark (eval/real, thirty-sixth session)
    text, repaired = _repaired(text, lineno)
    speakers = rec.get("speakers")
    if isinstance(speakers, str):
        speakers = [s.strip() for s in speakers.split(";") if s.strip()]
    if not isinstance(speakers, list):
        speakers = [rec["speaker"]] if isinstance(rec.get("speaker"), str) and rec["speaker"] else []
    doc = Document(
        text=text,
        path=f"{path}#{rid}",
        title=rec.get("title") if isinstance(rec.get("title"), str) else None,
        published=normalise_date(str(rec.get("date") or rec.get("published") or "")),
        outlet=rec.get("outlet") or rec.get("source") or None,
        author=rec.get("author") or None,
        speakers=[str(s) for s in speakers],
        reader="jsonl",
        doc_id=rid,
    )
    doc.meta["line"] = lineno
    if repaired:
        doc.meta["encoding"] = "UTF-8"
        doc.meta.setdefault("warnings", []).append(repaired)
        doc.meta["source_sha256"] = sha256_text(rec["text"])  # the record's own text: bank/records.key_of
    raw_date = rec.get("date") or rec.get("published")
    if raw_date and doc.published is None:
        # "2025-13-45" became published null without a word (issue 10)
        doc.meta.setdefault("warnings", []).append(
            f"line {lineno}: date {str(raw_date)[:40]!r} is not a real date in a form onrecord reads; published left empty")
    if rec.get("url"):
        doc.meta["url"] = rec["url"]
    if isinstance(rec.get("type"), str):
        doc.meta["type"] = rec["type"]  # "report": a news report source (archive/reports.py)
    return doc
