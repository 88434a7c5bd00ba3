"""What a mining engine hands the bank for one document: its metadata and its speech
quotations with speaker and offsets, or the reason it was skipped. The local pool, the Spark
job and the Parquet importer all produce these, so the bank has one way in."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from typing import Any


@dataclass
class MinedQuote:
    """One speech quotation as printed: ``document.text[start:end] == text``."""

    text: str
    start: int
    end: int
    speaker: str | None = None
    confidence: float = 0.0
    cue: str | None = None


@dataclass
class MinedDocument:
    key: str
    path: str
    doc_id: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    sha256: str | None = None
    chars: int = 0
    quotes: list[MinedQuote] = field(default_factory=list)
    error: str | None = None  # set when the document was reported and skipped


def document_key(path: str, doc_id: str | None, sha256: str) -> str:
    """The resume key: the file's name (not its folder, so a moved corpus resumes), the record
    id inside it, and the text's hash (an edited record is mined again)."""
    base = path.split("#", 1)[0]
    name = os.path.basename(base) if "://" not in base else base
    raw = f"{name}#{doc_id or ''}#{sha256}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()


def key_of(doc: Any) -> str:
    """A document's resume key. The hash is of the text as its record holds it: a JSON Lines
    record whose mojibake the reader repairs keeps the key it had before the repair existed
    (``meta["source_sha256"]``), so resuming a bank mined before it does not mine those
    records a second time (review of round 75: one record, two documents, two votes)."""
    return document_key(doc.path, doc.doc_id, doc.meta.get("source_sha256") or doc.sha256)


def from_result(result: Any) -> MinedDocument:
    """A MinedDocument from an attributed ExtractResult (speech quotations only: titles, scare
    quotes and terms are not anyone's words)."""
    doc = result.document
    quotes = [
        MinedQuote(q.text, q.start, q.end, q.speaker, float(q.confidence or 0.0), q.cue)
        for q in result.quotes
        if q.kind == "speech" and q.text.strip()
    ]
    return MinedDocument(
        key=key_of(doc), path=doc.path, doc_id=doc.doc_id,
        title=doc.title, published=doc.published, outlet=doc.outlet, sha256=doc.sha256,
        chars=len(doc.text), quotes=quotes,
    )
