"""Streaming a corpus into Documents, one at a time, so memory does not grow with its size.

Inputs: JSON Lines (``.jsonl``/``.ndjson``, plain or ``.gz``/``.xz``), read line by line with
the JSON Lines reader's own record parser; WARC (``.warc``/``.warc.gz``), read record by
record; any other file onrecord reads (text, HTML, PDF) through ``read.read_path``; folders,
walked for all of these. A bad record or file becomes its ``InputError`` in the stream (the
caller reports it and goes on); it never ends the run."""

from __future__ import annotations

import gzip
import lzma
from pathlib import Path
from typing import IO, Iterator

from ..errors import CorruptInput, EmptyDocument, InputError, InputTooLarge, MissingInput
from ..model import Document
from ..read import files_under, has_reader, read_path
from ..read.jsonl import parse_record, record_to_document
from ..thresholds.read import ReadOptions

JSONL_STREAMS = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".jsonl.xz", ".ndjson.xz")
WARC_STREAMS = (".warc", ".warc.gz")


def is_stream(name: str) -> bool:
    low = name.lower()
    return low.endswith(JSONL_STREAMS) or low.endswith(WARC_STREAMS)


def corpus_files(inputs: list[str]) -> Iterator[str | InputError]:
    """Every file of the corpus: files as given, folders expanded (sorted, hidden skipped) to
    the files onrecord can read, compressed JSON Lines included."""
    for item in inputs:
        p = Path(item)
        if not p.exists():
            yield MissingInput("no such file or folder", path=item)
        elif p.is_dir():
            found = [str(f) for f in files_under(p) if is_stream(f.name) or has_reader(f.name)]
            if not found:
                yield EmptyDocument("folder holds no file onrecord can mine (.jsonl[.gz|.xz] .warc[.gz] .txt .html)", path=item)
            yield from found
        else:
            yield item


def iter_corpus(inputs: list[str], options: ReadOptions | None = None) -> Iterator[Document | InputError]:
    """The Documents of every input, streamed; bad records and files as InputErrors."""
    options = options or ReadOptions()
    for f in corpus_files(inputs):
        if isinstance(f, InputError):
            yield f
            continue
        low = f.lower()
        try:
            if low.endswith(JSONL_STREAMS):
                yield from _jsonl(f, options)
            elif low.endswith(WARC_STREAMS):
                from ..read.warc import iter_warc_documents

                yield from iter_warc_documents(f, options)
            else:
                yield from read_path(f, options)
        except InputError as e:
            yield e


def _open_text(path: str) -> IO[str]:
    low = path.lower()
    if low.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", newline="")
    if low.endswith(".xz"):
        return lzma.open(path, "rt", encoding="utf-8", newline="")
    return open(path, "r", encoding="utf-8", newline="")


def _jsonl(path: str, options: ReadOptions) -> Iterator[Document | InputError]:
    """One Document per line; a bad line is yielded as its error and the file goes on. A file
    that cannot be decompressed or decoded stops at that point with one error naming it."""
    lineno = 0
    try:
        with _open_text(path) as fh:
            # split on "\n" only, as read.jsonl does: a raw U+2028 inside a JSON string is text
            for lineno, line in enumerate(_lines(fh), start=1):
                if not line.strip():
                    continue
                if len(line) > options.max_input_bytes:
                    yield InputTooLarge(f"line {lineno}: record too large ({len(line):,} characters)", path=path)
                    continue
                try:
                    yield record_to_document(parse_record(line, path, lineno), path, lineno)
                except InputError as e:
                    yield e
    except (OSError, EOFError, lzma.LZMAError, UnicodeDecodeError) as e:
        reason = "not valid UTF-8" if isinstance(e, UnicodeDecodeError) else f"cannot be read ({e})"
        yield CorruptInput(f"after line {lineno}: {reason}", path=path)


def _lines(fh: IO[str]) -> Iterator[str]:
    buf = ""
    while True:
        block = fh.read(1 << 20)
        if not block:
            break
        buf += block
        parts = buf.split("\n")
        buf = parts.pop()
        yield from parts
    if buf:
        yield buf

