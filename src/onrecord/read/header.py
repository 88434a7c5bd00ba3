"""The header block of a source document (contract section 4):

    Title: Press briefing on the harbour project
    Speaker: Mara Ellison            (or "Speakers: A; B" for a transcript)
    Date: 2024-03-02
    Outlet: City Hall press office
    <blank line>
    body...

``parse_header`` recognises the block only when the very first line is one of the known keys
and every line up to the blank line is a known ``Key: value`` line. It is strict on purpose:
an article whose headline reads ``Mayor: 'We will not close it'`` must not lose its headline
to a header parser."""

from __future__ import annotations

import re
from datetime import date, datetime

# Keys we accept in a header block, lower-cased. Anything else ends recognition (see above).
KNOWN_KEYS = frozenset(
    {"title", "speaker", "speakers", "date", "outlet", "author", "source", "url", "language",
     "translated", "translation", "type", "id"}
)
_LINE = re.compile(r"([A-Za-z][A-Za-z ]{0,20}?)[ \t]*:[ \t]*(.*?)[ \t]*")
_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y", "%Y/%m/%d")


def normalise_date(value: str | None) -> str | None:
    """YYYY-MM-DD for a full date in a common form; YYYY-MM kept as is; otherwise None."""
    if not value:
        return None
    v = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}", v):
        return v
    m = re.match(r"\d{4}-\d{2}-\d{2}", v)  # ISO date or datetime
    if m:
        try:
            return date.fromisoformat(m.group(0)).isoformat()
        except ValueError:
            return None
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(v, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def parse_header(text: str) -> tuple[dict[str, object], int]:
    """Return (fields, body_offset). ``fields`` has lower-cased keys; ``speakers`` is a list
    (from ``Speakers: A; B`` or a single ``Speaker:``). With no header block: ({}, 0).

    ``body_offset`` is the code-point offset of the first character after the blank line, so
    ``text[body_offset:]`` is the body and offsets into it need no shifting."""
    fields: dict[str, object] = {}
    pos = 0
    n = len(text)
    if text.startswith("\ufeff"):
        pos = 1
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        line = text[pos:end].rstrip("\r")
        nxt = n if nl < 0 else nl + 1
        if not line.strip():
            if not fields:
                return {}, 0
            return _finish(fields), nxt
        m = _LINE.fullmatch(line)
        if not m or m.group(1).strip().lower() not in KNOWN_KEYS:
            return {}, 0
        fields[m.group(1).strip().lower()] = m.group(2)
        if nl < 0:
            break
        pos = nxt
    return {}, 0  # no blank line after the block: not a header, the whole text is the body


def _finish(fields: dict[str, object]) -> dict[str, object]:
    speakers: list[str] = []
    if isinstance(fields.get("speakers"), str):
        speakers = [s.strip() for s in str(fields["speakers"]).split(";") if s.strip()]
    elif isinstance(fields.get("speaker"), str) and str(fields["speaker"]).strip():
        speakers = [str(fields["speaker"]).strip()]
    fields["speakers"] = speakers
    return fields


def apply_header(doc: "Document") -> None:  # noqa: F821 - forward ref for the docstring only
    """Fill title/published/outlet/author/speakers/body_offset of ``doc`` from its header block;
    the raw fields go to ``doc.meta["header"]``. Metadata already set is not overwritten."""
    fields, offset = parse_header(doc.text)
    if not fields:
        return
    doc.body_offset = offset
    doc.meta["header"] = {k: v for k, v in fields.items()}
    doc.title = doc.title or (str(fields["title"]) if fields.get("title") else None)
    doc.outlet = doc.outlet or (str(fields["outlet"]) if fields.get("outlet") else None)
    doc.author = doc.author or (str(fields["author"]) if fields.get("author") else None)
    if not doc.published:
        doc.published = normalise_date(str(fields.get("date") or "")) or None
    if not doc.speakers:
        doc.speakers = list(fields["speakers"])  # type: ignore[arg-type]
