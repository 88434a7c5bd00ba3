"""Plain text (.txt, .md, stdin). The decoded file is the document: no newline translation and
no stripping, so offsets are offsets into the file as any tool reads it. A file that is not UTF-8
(or holds mojibake) is decoded by read/encoding.py, with a warning, and its text travels with
the results."""

from __future__ import annotations

import sys

from ..model import Document
from ..thresholds.read import ReadOptions
from .common import decode_document, file_size_ok, read_bytes, require_text
from .header import apply_header, normalise_date


def read_text(text: str, path: str = "<text>", published: str | None = None) -> Document:
    """A Document from a string (the Python API and the web form use this). A source header
    block (contract section 4) at the top fills title/speakers/date/outlet."""
    require_text(text, path, "no text")
    doc = Document(text=text, path=path, reader="text")
    apply_header(doc)
    if published:
        doc.published = normalise_date(published) or published
    return doc


def read_text_file(path: str, options: ReadOptions) -> Document:
    text, meta, reader = decode_document(read_bytes(path, options), path, "text")
    require_text(text, path, "the file has no text" if text == "" else "only whitespace")
    doc = read_text(text, path=path)
    doc.reader = reader
    doc.meta.update(meta)
    return doc


def read_stdin(options: ReadOptions) -> Document:
    path = "<stdin>"
    data = sys.stdin.buffer.read(options.max_input_bytes + 1)
    file_size_ok(len(data), path, options.max_input_bytes)
    text, meta, _reader = decode_document(data, path, "stdin")
    require_text(text, path, "nothing on standard input")
    doc = read_text(text, path=path)
    doc.reader = "stdin"  # not a file: the text must travel with the results
    doc.meta.update(meta)
    return doc
