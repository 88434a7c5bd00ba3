"""The claims file of ``onrecord verify`` (contract section 2 input): one
``{"id","quote","speaker","date_hint"}`` object a line, checked field by field. Moved from
pipeline.py (issue 9); ``onrecord.load_claims`` and ``pipeline.load_claims`` are this one."""

from __future__ import annotations

import os
import re
import sys

from ..errors import EmptyDocument, InputError, MalformedRecord
from ..model import Claim

_DATE_HINT = re.compile(r"\d{4}-\d{2}(-\d{2})?")


def _real_date(hint: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(hint if len(hint) == 10 else hint + "-01")
    except ValueError:
        return False
    return True


def load_claims(path: str | os.PathLike, errors: list[InputError] | None = None) -> list[Claim]:
    """Contract section 2 input: one ``{"id","quote","speaker","date_hint"}`` object a line.
    Errors name the file and the line number. With an ``errors`` list, a bad line is added to
    it and skipped, and the other claims are kept (``onrecord verify``: one bad line used to
    abort the whole run with no verdicts, issue 10); without one, the first bad line raises."""
    # imported here, as tests swap ReadOptions (a small size cap) on its module
    from ..thresholds.read import ReadOptions
    from .common import decode_utf8, file_size_ok, read_bytes
    from .jsonl import parse_lines

    name = os.fspath(path)
    opts = ReadOptions()
    if name == "-":
        name = "<stdin>"
        # the same size cap as a file: `--claims -` fed an endless stream used to read it all
        data = sys.stdin.buffer.read(opts.max_input_bytes + 1)
        file_size_ok(len(data), name, opts.max_input_bytes)
        text = decode_utf8(data, name)
    else:
        text = decode_utf8(read_bytes(name, opts), name)
    seen: set[str] = set()

    def claim(rec: dict, lineno: int) -> Claim:
        c = _claim_record(rec, name, lineno, seen)
        seen.add(c.id)
        return c

    claims, bad = parse_lines(text, name, claim, (MalformedRecord,), errors is not None)
    if errors is not None:
        errors.extend(bad)
    if not claims and bad:
        n = len(bad)
        raise MalformedRecord(f"no readable claim: {n} bad line{'s' if n != 1 else ''} ({bad[0].message})",
                              path=name)
    if not claims:
        raise EmptyDocument("empty document (no claims)", path=name)
    return claims


def _claim_record(rec: dict, name: str, lineno: int, seen: set[str]) -> Claim:
    """One claims-file record checked field by field; MalformedRecord names the line."""
    cid = rec.get("id")
    if not isinstance(cid, (str, int)) or isinstance(cid, bool) or str(cid) == "":
        raise MalformedRecord(f'line {lineno}: claim has no "id"', path=name)
    cid = str(cid)
    if cid in seen:
        raise MalformedRecord(f"line {lineno}: duplicate claim id {cid!r}", path=name)
    quote = rec.get("quote")
    if not isinstance(quote, str) or not quote.strip():
        raise MalformedRecord(f'line {lineno}: claim {cid!r} has no "quote" text', path=name)
    speaker = rec.get("speaker")
    if speaker is not None and not isinstance(speaker, str):
        raise MalformedRecord(f'line {lineno}: "speaker" must be a string or null', path=name)
    hint = rec.get("date_hint")
    if hint is not None and (not isinstance(hint, str) or not _DATE_HINT.fullmatch(hint)):
        raise MalformedRecord(f'line {lineno}: "date_hint" must be YYYY-MM, YYYY-MM-DD or null', path=name)
    if hint is not None and not _real_date(hint):
        # "2024-13-45" passed the pattern and then ruled sources in or out by string order
        raise MalformedRecord(f'line {lineno}: "date_hint" {hint!r} is not a real date', path=name)
    published = rec.get("published")
    if published is not None and (not isinstance(published, str) or not _DATE_HINT.fullmatch(published)
                                  or not _real_date(published)):
        raise MalformedRecord(f'line {lineno}: "published" must be a real YYYY-MM-DD or YYYY-MM date, or null',
                              path=name)
    outlet = rec.get("outlet_hint")
    return Claim(id=cid, quote=quote, speaker=speaker or None, date_hint=hint,
                 outlet_hint=outlet if isinstance(outlet, str) else None, published=published)
