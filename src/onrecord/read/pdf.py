"""PDF files with pypdf: the text layer of each page, pages separated by a blank line. A
scanned PDF (no text layer) is an empty document, said so; onrecord does no OCR."""

from __future__ import annotations

import logging
import warnings
from contextlib import contextmanager
from importlib.metadata import version

from ..errors import CorruptInput, EmptyDocument
from ..model import Document
from ..thresholds.read import ReadOptions
from .common import check_file
from .header import normalise_date


def read_pdf_file(path: str, options: ReadOptions) -> Document:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    check_file(path, options)
    with _quiet_pypdf() as notes:
        try:
            reader = PdfReader(path)
            if reader.is_encrypted:
                raise CorruptInput("encrypted PDF; decrypt it first", path=path)
            pages = [(p.extract_text() or "").strip() for p in reader.pages]
            info = reader.metadata or {}
        except CorruptInput:
            raise
        except (PdfReadError, ValueError, KeyError, TypeError, OSError) as e:
            raise CorruptInput(f"not a readable PDF ({type(e).__name__}: {e})", path=path) from None
    text = "\n\n".join(p for p in pages if p)
    if not text.strip():
        raise EmptyDocument("empty document (no text layer in the PDF; scanned pages need OCR first)", path=path)
    date = None
    raw_date = info.get("/CreationDate") if hasattr(info, "get") else None
    if isinstance(raw_date, str) and raw_date.startswith("D:") and len(raw_date) >= 10:
        date = normalise_date(f"{raw_date[2:6]}-{raw_date[6:8]}-{raw_date[8:10]}")
    doc = Document(
        text=text,
        path=path,
        title=(info.get("/Title") or None) if hasattr(info, "get") else None,
        author=(info.get("/Author") or None) if hasattr(info, "get") else None,
        published=date,
        reader="pdf",
        reader_version=f"pypdf {version('pypdf')}",
    )
    if notes:
        doc.meta["reader_warnings"] = notes  # kept with the document, never printed
    return doc


@contextmanager
def _quiet_pypdf():
    """pypdf's own warnings ("incorrect startxref pointer(1)", "parsing for Object Streams")
    went to stderr through logging and broke the one-line rule for messages (issue 10); they
    are collected here instead."""
    notes: list[str] = []

    class _Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            notes.append(" ".join(record.getMessage().split()))

    log = logging.getLogger("pypdf")
    handler, propagate = _Keep(), log.propagate
    log.addHandler(handler)
    log.propagate = False
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield notes
        notes.extend(" ".join(str(w.message).split()) for w in caught)
    finally:
        log.removeHandler(handler)
        log.propagate = propagate
