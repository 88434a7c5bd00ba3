"""WARC files (.warc, .warc.gz): every HTML response (status 200) is one Document, read with
the HTML reader. A record's path is ``file#<target URI>``."""

from __future__ import annotations

import io
import zlib
from importlib.metadata import version
from typing import Any, Iterator

from ..errors import CorruptInput, EmptyDocument
from ..model import Document
from ..thresholds.read import ReadOptions
from .common import check_file
from .gzip_members import FileBytes, Inflate, gzip_members
from .html import html_to_document

_WARNING_KEPT = 400  # characters of warcio's stderr warnings kept: the one-line reason cuts at 160


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
    walk = _Walk(path, options)
    docs = list(walk.documents())
    if errors is not None:
        # Every record is read or named (issue 10): a damaged record the walk stepped over,
        # and a page the HTML reader would refuse, each in the HTML reader's own words.
        errors.extend(walk.stepped_over_errors())
        if docs:
            errors.extend(EmptyDocument(why, path=f"{path}#{uri}") for uri, why in walk.skipped_pages)
    if walk.damage:
        if docs and errors is not None:
            errors.append(walk.damage_error(used=True))
            return docs
        raise walk.damage_error(used=False)
    if not docs:
        extra = f"; {walk.skipped} skipped" if walk.skipped else ""
        raise EmptyDocument(f"empty document (no HTML responses with main text{extra})", path=path)
    return docs


class _Walk:
    """The whole-file walk over a WARC's records. A damaged record in the middle of an
    uncompressed file (a Content-Length that runs past the next record, a header cut short) is
    stepped over: the walk starts again at the next ``WARC/1.x`` header line and the record
    is named in ``stepped_over``. A .warc.gz is walked gzip member by member (``_members``): a
    damaged member is named and the walk goes on at the next one. Damage with no record after
    it (a file cut mid-record, a cut gzip member) ends the walk: ``damage`` is its one short
    reason and ``whole`` the number of whole records before it. warcio reads past much damage without a word (issue 10): a cut
    gzip member ends the walk silently, a header cut before the target URI raises
    AttributeError inside warcio, a header cut after it gives a record without Content-Length,
    a Content-Length too large swallows the records after it, and one too small makes warcio
    print a three-line WARNING on stderr. Each is caught here and said once by the caller.
    ``streaming`` (``onrecord mine``, a crawl of any size): the gzip bomb budget is each
    member's, not the file's, and skipped pages are counted, not kept."""

    def __init__(self, path: str, options: ReadOptions, streaming: bool = False):
        self.path, self.options, self.streaming = path, options, streaming
        self.damage = ""
        self.whole = self.before = 0
        self.number = 0  # records met, the damaged ones included: "record 3" counts from 1
        self.more_after = False  # a .warc.gz: more gzip members after the one being read
        self.stepped_over: list[str] = []
        self.skipped_pages: list[tuple[str, str]] = []
        self.skipped = 0
        with open(path, "rb") as fh:
            self.compressed = fh.read(2) == b"\x1f\x8b"

    def _note(self, why: str) -> None:
        if not self.damage:
            self.damage = " ".join(why.split())[:200]
            self.before = self.whole  # whole records before the first damage

    def stepped_over_errors(self) -> list[CorruptInput]:
        """The damaged records stepped over since the last call, one error each (then forgotten,
        so a long crawl does not keep them)."""
        said = [CorruptInput(f"WARC {why}", path=self.path) for why in self.stepped_over]
        self.stepped_over.clear()
        return said

    def damage_error(self, used: bool) -> CorruptInput:
        """The damage that ended the walk, in one line: ``used``, after whole records were used
        (a WARC cut mid-record, a download that stopped: said once), else the file is unreadable."""
        if not used:
            return CorruptInput(f"not a readable WARC file ({self.damage})", path=self.path)
        return CorruptInput(f"WARC cut or damaged after record {self.before} ({self.damage}); its {self.whole} "
                            f"whole record{'s are' if self.whole != 1 else ' is'} used", path=self.path)

    def documents(self) -> Iterator[Document]:
        said = _FirstWords()  # warcio writes its warnings to sys.stderr; they become one reason
        with open(self.path, "rb") as fh:
            if self.compressed:
                walk = self._members(FileBytes(fh.fileno()))
            else:
                walk = self._plain(fh)
            yield from _quietly(walk, said)
        warning = " ".join(said.getvalue().split())
        if warning:
            self._note(f"warcio: {warning[:160]}")

    def _plain(self, fh: Any) -> Iterator[Document]:
        start: int | None = 0
        while start is not None:
            fh.seek(start)
            start = yield from self._segment(fh)

    def _members(self, data: FileBytes) -> Iterator[Document]:
        """A .warc.gz member by member (read/gzip_members.py): warcio reads each whole
        member, from the bytes its check decompressed (a member too large to hold is inflated
        again); a damaged one (bad CRC, deflate cut short, garbage between members) is named
        and the walk goes on at the next member; a member cut by the end of the file is read
        up to the cut, which is named. No member is looked ahead: one that ends before the
        file does is always followed by another, or by garbage."""
        keep = self.options.max_warc_member_held_bytes
        for m in gzip_members(data, self.options.max_warc_decompressed_bytes, self.streaming, keep):
            self.more_after = m.end < len(data)
            if m.kind not in ("whole", "cut"):
                self._bad_member(m)
                continue
            stream = m.body if m.body is not None else io.BufferedReader(Inflate(data, m.start, m.end))
            try:
                yield from self._segment(stream, m.size)
            finally:
                stream.close()  # the held bytes go now, not when the next member is scanned
            if m.kind == "cut" and not self.damage:  # only its gzip trailer was lost
                self._note(f"the file ends inside the gzip member after record {self.number}")

    def _bad_member(self, m: Any) -> None:
        """Name a damaged member, or bytes that start none: skipped when records follow, else
        the damage that ends the walk."""
        if m.kind == "garbage":
            where = "between records" if self.more_after else "after the last record"
            what = f"bytes {m.start:,} to {m.end:,} ({m.reason}: garbage {where})"
        else:
            self.number += 1
            what = f"record {self.number}" + (f" ({m.uri})" if m.uri else "") + f" at byte {m.start:,}"
        budget = self.options.max_warc_decompressed_bytes
        bomb = f"decompresses past {budget:,} bytes for the {'record' if self.streaming else 'file'} (a gzip bomb?)"
        if m.kind == "over" and not (self.streaming and self.more_after):
            self._note(f"{what} {bomb}")
        elif not self.more_after:
            self._note(what if m.kind == "garbage" else f"{what}: {m.reason}")
        else:
            reason = bomb if m.kind == "over" else m.reason
            self.stepped_over.append(f"{what} is damaged ({reason}); skipped, the records after it are used"
                                     if m.kind != "garbage" else f"{what} skipped; the records after them are used")

    def _segment(self, fh: Any, size: int = 0) -> Iterator[Document]:
        """Walk the records from the file's current offset; the offset of the next record
        header when a damaged record was stepped over (the walk goes on there), else None.
        ``size``: the decompressed size of a gzip member ``fh`` inflates (it cannot seek)."""
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed

        walker = ArchiveIterator(fh)
        records = iter(walker)
        while True:
            at = walker.offset  # where the next record's header starts
            try:
                rec = next(records)
            except StopIteration:
                break
            except AttributeError:  # warcio's record loader on a header cut short (a bug there)
                return self._damaged(at, "", "its header is cut short")
            except (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error) as e:
                return self._damaged(at, "", (str(e).strip().splitlines() or [type(e).__name__])[0])
            self.number += 1
            uri = rec.rec_headers.get_header("WARC-Target-URI") or ""
            bad = _header_damage(rec)
            if bad:
                return self._damaged(at, uri, bad, counted=True)
            doc, skip = _record_document(rec, self.path, self.number - 1, self.options)
            walker.read_to_end()
            if getattr(rec.raw_stream, "limit", 0):  # fewer bytes than its Content-Length
                return self._damaged(at, uri, "its Content-Length runs past the next record", counted=True, cut=True)
            self.whole += 1
            if skip:
                self.skipped += 1
                if not self.streaming:
                    self.skipped_pages.append((uri or f"record{self.number}", skip))
            if doc is not None:
                yield doc
        if not self.damage and (walker.offset < size if self.compressed else True):
            self._check_read_to_the_end(fh, walker.offset)
        return None

    def _damaged(self, at: int, uri: str, why: str, counted: bool = False, cut: bool = False) -> int | None:
        """A damaged record starting at byte ``at``: the offset of the next record header to
        walk on from (the record named in ``stepped_over``), or None when there is none.
        ``cut``: the record has fewer bytes than its Content-Length; with no record header
        after it, the file was cut inside it (a download that stopped)."""
        number = self.number if counted else self.number + 1
        self.number = number
        name = f"{number}" + (f" ({uri})" if uri else "")
        after = None if self.compressed else _next_header(self.path, at + 1)
        if after is None and not (self.compressed and self.more_after):
            self._note(f"the file ends inside record {name}" if cut else f"record {name}: {why}")
            return None
        self.stepped_over.append(f"record {name} is damaged ({' '.join(why.split())[:120]}); skipped, "
                                 "the records after it are used")
        return after

    def _check_read_to_the_end(self, fh: Any, stopped_at: int) -> None:
        """warcio ends its walk without a word at a cut gzip member or a record header cut
        short: the walk must have reached the end of the file (blank lines aside), or of the
        gzip member (the caller compared its offset with the member's size: an inflated member
        cannot seek)."""
        rest = b"x"
        if not self.compressed:
            fh.seek(stopped_at)
            rest = fh.read(1 << 16).strip(b"\r\n")
        if rest:
            self._note(f"the file ends inside record {self.number + 1}: its last bytes are not a whole record")


def _next_header(path: str, after: int) -> int | None:
    """The offset of the first ``WARC/1.x`` header line at or after byte ``after``, or None."""
    with open(path, "rb") as fh:
        i = FileBytes(fh.fileno()).find(b"\nWARC/1.", max(after - 1, 0))
    return None if i < 0 else i + 1


def _quietly(walk: Iterator[Document], said: Any) -> Iterator[Document]:
    """``walk`` with sys.stderr sent to ``said`` while it runs, and only then: a streamed walk
    is suspended between documents while ``onrecord mine`` works and writes its progress."""
    import contextlib

    while True:
        with contextlib.redirect_stderr(said):
            doc = next(walk, None)
        if doc is None:
            return
        yield doc


class _FirstWords(io.StringIO):
    """warcio's warnings, their first words only: a crawl may hold a damaged record in every
    thousand, and one reason is said."""

    def write(self, s: str) -> int:
        if self.tell() < _WARNING_KEPT:
            super().write(s[:_WARNING_KEPT])
        return len(s)


def _header_damage(rec: Any) -> str:
    """Why a record's WARC header cannot be trusted, or "": a WARC record always carries a
    Content-Length that is a whole number (a header cut short has none)."""
    length = rec.rec_headers.get_header("Content-Length")
    if length is None:
        return "no Content-Length (the header is cut short)"
    if not length.strip().isdigit():
        return f"Content-Length {length.strip()[:20]!r} is not a number"
    return ""


# One walk over the records (_Walk), one decision per record (_record_document), for two
# callers: read_warc_file (the readers' path: the whole file at once, size-capped) and
# iter_warc_documents (onrecord mine: streaming, one record at a time).
def iter_warc_documents(path: str, options: ReadOptions) -> Iterator[Document | CorruptInput]:
    """The Documents of a WARC file one at a time, so ``onrecord mine`` streams a crawl of any
    size (``read_warc_file`` caps the file size because it returns them all at once). Pages
    without main text and records over ``max_url_bytes`` are skipped, not errors. A damaged
    record is yielded as its CorruptInput, in the stream where it was met, and the walk goes
    on after it as read_warc_file's does (issue 10); damage that ends the file comes last."""
    _check_signature(path)
    walk = _Walk(path, options, streaming=True)
    used = False
    for doc in walk.documents():
        yield from walk.stepped_over_errors()
        used = True
        yield doc
    yield from walk.stepped_over_errors()
    if walk.damage:
        yield walk.damage_error(used)


def _record_document(rec: Any, path: str, n: int, options: ReadOptions) -> tuple[Document | None, str]:
    """The Document of one WARC record, or None; and why a page was skipped ("" when it was
    not: too large, or without main text), which the whole-file reader names."""
    if rec.rec_type not in ("response", "resource"):
        return None, ""
    ctype = ""
    status = "200"
    if rec.rec_type == "response" and rec.http_headers is not None:
        ctype = rec.http_headers.get_header("Content-Type") or ""
        status = rec.http_headers.get_statuscode() or ""
    else:
        ctype = rec.rec_headers.get_header("Content-Type") or ""
    if "html" not in ctype.lower() or not status.startswith("2"):
        return None, ""
    uri = rec.rec_headers.get_header("WARC-Target-URI") or f"record{n + 1}"
    body = rec.content_stream().read(options.max_url_bytes + 1)
    if len(body) > options.max_url_bytes:
        return None, f"too large (over {options.max_url_bytes} bytes)"
    try:
        doc = html_to_document(body, f"{path}#{uri}", url=uri)
    except EmptyDocument as e:
        return None, e.message  # a page without main text (an index page): named, not fatal
    doc.reader = "warc"
    doc.reader_version = f"warcio {version('warcio')}; {doc.reader_version}"
    doc.doc_id = uri
    date = rec.rec_headers.get_header("WARC-Date")
    if date:
        doc.meta["warc_date"] = date
    return doc, False
