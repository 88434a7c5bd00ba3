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
    check_file(path, options)
    _check_signature(path)
    docs: list[Document] = []
    walk = _Walk(path, options)
    for doc in walk.documents():
        docs.append(doc)
    if walk.damage:
        if docs and errors is not None:
            # A WARC cut mid-record (a download that stopped) or one damaged record: the whole
            # records are used; the damage is named, once.
            errors.append(CorruptInput(f"WARC cut or damaged after record {walk.before} ({walk.damage}); "
                                       f"its {walk.whole} whole record{'s are' if walk.whole != 1 else ' is'} used", path=path))
            return docs
        raise CorruptInput(f"not a readable WARC file ({walk.damage})", path=path) from None
    if not docs:
        extra = f"; {walk.skipped} skipped" if walk.skipped else ""
        raise EmptyDocument(f"empty document (no HTML responses with main text{extra})", path=path)
    return docs


class _Walk:
    """The whole-file walk over a WARC's records, keeping the first damage found as one short
    reason (``damage``) and the number of whole records before it (``whole``). warcio reads
    past much damage without a word (issue 10): a cut gzip member ends the walk silently, a
    header cut before the target URI raises AttributeError inside warcio, a header cut after
    it gives a record without Content-Length, and a bad Content-Length makes warcio print a
    three-line WARNING on stderr. Each is caught here and said once by the caller."""

    def __init__(self, path: str, options: ReadOptions):
        self.path, self.options = path, options
        self.damage = ""
        self.whole = self.before = 0
        self.skipped = 0

    def _note(self, why: str) -> None:
        if not self.damage:
            self.damage = " ".join(why.split())[:200]
            self.before = self.whole  # whole records before the first damage

    def documents(self) -> Iterator[Document]:
        import contextlib
        import io

        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed

        said = io.StringIO()  # warcio writes its warnings to sys.stderr; they become one reason
        with open(self.path, "rb") as fh, contextlib.redirect_stderr(said):
            walker = ArchiveIterator(fh)
            records = iter(walker)
            while True:
                try:
                    rec = next(records)
                except StopIteration:
                    break
                except AttributeError:  # warcio's record loader on a header cut short (a bug there)
                    self._note(f"the header of record {self.whole + 1} is cut short")
                    break
                except (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error) as e:
                    self._note((str(e).strip().splitlines() or [type(e).__name__])[0])
                    break
                bad = _header_damage(rec)
                if bad:
                    self._note(f"record {self.whole + 1}: {bad}")
                    continue
                try:
                    doc, skip = _record_document(rec, self.path, self.whole, self.options, cut_is_error=True)
                except EOFError as e:
                    self._note(str(e))
                    break
                self.whole += 1
                self.skipped += skip
                if doc is not None:
                    yield doc
            if not self.damage:
                self._check_read_to_the_end(walker.offset)
        warning = " ".join(said.getvalue().split())
        if warning:
            self._note(f"warcio: {warning[:160]}")

    def _check_read_to_the_end(self, stopped_at: int) -> None:
        """warcio ends its walk without a word at a cut gzip member or a record header cut
        short: the walk must have reached the end of the file (blank lines aside)."""
        with open(self.path, "rb") as fh:
            fh.seek(stopped_at)
            rest = fh.read(1 << 16)
        if rest.strip(b"\r\n") if not self.path.endswith(".gz") else rest:
            self._note(f"the file ends inside record {self.whole + 1}: its last bytes are not a whole record")


def _header_damage(rec: Any) -> str:
    """Why a record's WARC header cannot be trusted, or "": a WARC record always carries a
    Content-Length that is a whole number (a header cut short has none)."""
    length = rec.rec_headers.get_header("Content-Length")
    if length is None:
        return "no Content-Length (the header is cut short)"
    if not length.strip().isdigit():
        return f"Content-Length {length.strip()[:20]!r} is not a number"
    return ""


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
