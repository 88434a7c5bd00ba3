"""Readers: every input becomes a ``Document`` whose ``text`` is what all offsets index.

``read_path`` dispatches on the input: ``-`` (stdin), an http(s) URL, or a file by suffix
(.txt/.md/.text or no suffix: text; .html/.htm/.xhtml: HTML; .jsonl/.ndjson: JSON Lines;
.warc/.warc.gz: WARC; .pdf: PDF). Every bad input raises an ``InputError`` leaf naming the
input and the reason."""

from __future__ import annotations

from pathlib import Path

from ..errors import UnsupportedFormat
from ..model import Document
from ..thresholds.read import ReadOptions
from .header import normalise_date, parse_header
from .text import read_text

TEXT_SUFFIXES = (".txt", ".md", ".text", "")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz")
PDF_SUFFIXES = (".pdf",)
SUPPORTED = "text (.txt .md), HTML (.html .htm), JSON Lines (.jsonl), WARC (.warc .warc.gz), PDF (.pdf), http(s) URLs, - for stdin"


def _suffix(path: str) -> str:
    name = Path(path).name.lower()
    if name.endswith(".warc.gz"):
        return ".warc.gz"
    return Path(name).suffix


def has_reader(name: str) -> bool:
    """A file name with a suffix onrecord has a reader for. A file without a suffix named on the
    command line is read as text; inside a folder it is more often LICENSE or a lock file than
    an article, so folders only give known suffixes."""
    suffix = _suffix(name)
    return bool(suffix) and suffix in TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES + PDF_SUFFIXES


def files_under(folder: Path, readable_only: bool = False) -> list[Path]:
    """The files under ``folder`` (recursively), sorted by path, hidden files and folders
    (``.git``, ``.DS_Store``) skipped; with ``readable_only`` only those ``has_reader`` accepts.
    One walk for article batches and for source archives."""
    return sorted(
        f for f in folder.rglob("*")
        if f.is_file() and (not readable_only or has_reader(f.name))
        and not any(part.startswith(".") for part in f.relative_to(folder).parts)
    )


def read_path(path: str, options: ReadOptions | None = None, errors: list | None = None,
              stream: bool = False) -> list[Document]:
    """Read one input into one or more Documents (JSONL and WARC hold several). With an
    ``errors`` list, a bad JSON Lines line or a damaged WARC record is appended there (named
    by line or record) and the rest of the file is still read; without it, it raises. With
    ``stream``, a plain UTF-8 JSON Lines file comes back as a sized iterable read one line at
    a time (``jsonl.JsonlStream``; the archive's ingest), so its memory does not grow with
    the file."""
    options = options or ReadOptions()
    path = str(path)
    if path == "-":
        from .text import read_stdin

        return [read_stdin(options)]
    from .url import file_url_path, is_url

    local = file_url_path(path)
    if local is not None:
        path = local  # file:///x/a.txt reads the file, under its own path
    elif is_url(path):
        from .url import read_url

        return [read_url(path, options)]
    from .common import check_file

    check_file(path, options)  # missing / directory / too large before the type question
    suffix = _suffix(path)
    if suffix in TEXT_SUFFIXES:
        from .text import read_text_file

        return [read_text_file(path, options)]
    if suffix in HTML_SUFFIXES:
        from .html import read_html_file

        return [read_html_file(path, options)]
    if suffix in JSONL_SUFFIXES:
        from .jsonl import read_jsonl_file, stream_jsonl_file

        lazy = stream_jsonl_file(path, errors) if stream else None
        return lazy if lazy is not None else read_jsonl_file(path, options, errors)  # type: ignore[return-value]
    if suffix in WARC_SUFFIXES:
        from .warc import read_warc_file

        return read_warc_file(path, options, errors)
    if suffix in PDF_SUFFIXES:
        from .pdf import read_pdf_file

        return [read_pdf_file(path, options)]
    raise UnsupportedFormat(f"unsupported file type {suffix!r}; onrecord reads {SUPPORTED}", path=path)


__all__ = ["read_path", "read_text", "parse_header", "normalise_date", "SUPPORTED", "Document"]
