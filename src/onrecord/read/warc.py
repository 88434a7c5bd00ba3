"""WARC files (.warc, .warc.gz): every HTML response (status 200) is one Document, read with
the HTML reader. A record's path is ``file#<target URI>``."""

from __future__ import annotations

import zlib
from importlib.metadata import version
from typing import Any, Iterator

from ..errors import CorruptInput, EmptyDocument
from ..model import Document
from ..thresholds.read import ReadOptions
from .common import check_file
from .html import html_to_document


def _check_signature(path: str) -> None:
    """warcio reads any bytes as a run of broken records (with warnings on stderr) rather than
    failing, so a file that does not start with a WARC header is refused up front."""
    import zlib

    with open(path, "rb") as fh:
        head = fh.read(4096)
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            head = b""
    if not head.startswith(b"WARC/"):
        raise CorruptInput("not a readable WARC file (no WARC/1.x header at the start)", path=path)


def read_warc_file(path: str, options: ReadOptions, errors: list | None = None) -> list[Document]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    check_file(path, options)
    _check_signature(path)
    docs: list[Document] = []
    skipped = 0
    try:
        with open(path, "rb") as fh:
            for rec in ArchiveIterator(fh):
                doc, skip = _record_document(rec, path, len(docs), options, cut_is_error=True)
                skipped += skip
                if doc is not None:
                    docs.append(doc)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error) as e:
        why = (str(e).strip().splitlines() or [type(e).__name__])[0]
        if docs and errors is not None:
            # A WARC cut mid-record (a download that stopped): the records before the cut are
            # whole and used; the cut is named.
            errors.append(CorruptInput(f"WARC cut or damaged after record {len(docs)} ({why}); "
                                       f"the {len(docs)} records before it are used", path=path))
            return docs
        raise CorruptInput(f"not a readable WARC file ({why})", path=path) from None
    if not docs:
        extra = f"; {skipped} skipped" if skipped else ""
        raise EmptyDocument(f"empty document (no HTML responses with main text{extra})", path=path)
    return docs


# Two walks over the records, one decision per record (_record_document): read_warc_file (the
# readers' path: whole file, a cut record named, the records before it kept) and
# iter_warc_documents (onrecord mine: streaming, one record at a time).
def iter_warc_documents(path: str, options: ReadOptions) -> Iterator[Document]:
    """The Documents of a WARC file one at a time, so ``onrecord mine`` streams a crawl of any
    size (``read_warc_file`` caps the file size because it returns them all at once). Pages
    without main text and records over ``max_url_bytes`` are skipped, not errors."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    _check_signature(path)
    n = 0
    try:
        with open(path, "rb") as fh:
            for rec in ArchiveIterator(fh):
                doc, _ = _record_document(rec, path, n, options)
                if doc is not None:
                    n += 1
                    yield doc
    except ArchiveLoadFailed as e:
        raise CorruptInput(f"not a readable WARC file ({str(e).strip().splitlines()[0]})", path=path) from None
    except (OSError, EOFError, ValueError) as e:
        raise CorruptInput(f"not a readable WARC file ({e})", path=path) from None


def _record_document(rec: Any, path: str, n: int, options: ReadOptions,
                     cut_is_error: bool = False) -> tuple[Document | None, bool]:
    """The Document of one WARC record, or None; and whether a page was skipped (too large,
    or without main text), which the whole-file reader counts. ``cut_is_error``: a record with
    fewer bytes than its Content-Length (the file ends inside it) raises EOFError."""
    if rec.rec_type not in ("response", "resource"):
        return None, False
    ctype = ""
    status = "200"
    if rec.rec_type == "response" and rec.http_headers is not None:
        ctype = rec.http_headers.get_header("Content-Type") or ""
        status = rec.http_headers.get_statuscode() or ""
    else:
        ctype = rec.rec_headers.get_header("Content-Type") or ""
    if "html" not in ctype.lower() or not status.startswith("2"):
        return None, False
    uri = rec.rec_headers.get_header("WARC-Target-URI") or f"record{n + 1}"
    body = rec.content_stream().read(options.max_url_bytes + 1)
    if len(body) > options.max_url_bytes:
        return None, True
    if cut_is_error and getattr(rec.raw_stream, "limit", 0):
        # fewer bytes than the record's Content-Length: the file ends inside it
        raise EOFError(f"the file ends inside record {n + 1} ({uri})")
    try:
        doc = html_to_document(body, f"{path}#{uri}", url=uri)
    except EmptyDocument:
        return None, True  # a page without main text (an index page) is not an error
    doc.reader = "warc"
    doc.reader_version = f"warcio {version('warcio')}; {doc.reader_version}"
    doc.doc_id = uri
    date = rec.rec_headers.get_header("WARC-Date")
    if date:
        doc.meta["warc_date"] = date
    return doc, False
