"""Checks every reader shares: the file exists, is a file and is not too large; an article's
or source's bytes are decoded by read/encoding.py (any encoding, with warnings), claims and
gold files strictly as UTF-8. Each failure raises the errors.py leaf that names the input and
the reason."""

from __future__ import annotations

from pathlib import Path

from ..errors import DecodeFailure, EmptyDocument, InputTooLarge, MissingInput, NotAFile
from ..thresholds.read import ReadOptions

def check_file(path: str, options: ReadOptions) -> Path:
    """Return ``path`` as a Path after checking it exists, is a regular file and fits the cap."""
    p = Path(path)
    if not p.exists():
        raise MissingInput("no such file", path=path)
    if p.is_dir():
        raise NotAFile("is a directory, expected a file (pass the files inside it)", path=path)
    if not p.is_file():
        raise NotAFile("is not a regular file", path=path)
    size = p.stat().st_size
    if size > options.max_input_bytes:
        raise InputTooLarge(
            f"too large ({size:,} bytes; the limit is {options.max_input_bytes:,})", path=path
        )
    return p


def read_bytes(path: str, options: ReadOptions) -> bytes:
    p = check_file(path, options)
    try:
        return p.read_bytes()
    except PermissionError:
        raise NotAFile("cannot be read (permission denied)", path=path) from None
    except OSError as e:  # pragma: no cover - rare (I/O error on a bad disk)
        raise NotAFile(f"cannot be read ({e.strerror or e})", path=path) from None


def decode_document(data: bytes, path: str, doc_reader: str) -> tuple[str, dict, str]:
    """(text, meta, reader) of an article's or source's bytes in whatever encoding they arrive
    (read/encoding.py): the encoding and its warnings go in ``meta``; a text that is not the
    file's own UTF-8 gets the reader name ``<reader>-recoded`` so the JSON output carries it
    (offsets index the text onrecord reports, not the file's bytes)."""
    from .encoding import decode_bytes

    d = decode_bytes(data, path)
    if not d.changed:
        return d.text, {}, doc_reader
    return d.text, {"encoding": d.encoding, "warnings": list(d.warnings)}, f"{doc_reader}-recoded"


def decode_utf8(data: bytes, path: str) -> str:
    """Decode exactly as ``open(path, encoding="utf-8", newline="")`` would: no newline
    translation, a BOM kept as U+FEFF, so offsets match any other tool reading the file."""
    from .encoding import refuse_binary

    refuse_binary(data, path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise DecodeFailure(
            f"not valid UTF-8 (byte offset {e.start}: {e.reason}); re-save the file as UTF-8",
            path=path,
        ) from None


def require_text(text: str, path: str, what: str = "no text") -> None:
    if not text.strip():
        raise EmptyDocument(f"empty document ({what})", path=path)


def file_size_ok(n: int, path: str, limit: int) -> None:
    if n > limit:
        raise InputTooLarge(f"too large ({n:,} bytes; the limit is {limit:,})", path=path)
