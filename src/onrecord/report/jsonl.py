"""JSON Lines writers: exactly the fields of shared/spec/contract.md sections 1-3, built from the
dataclasses, plus extra fields (never fewer, never renamed).

Document text: offsets index ``Document.text``. For a plain file that text *is* the file, so it
is not repeated (``sha256`` lets a consumer check it is the same file). For everything else
(HTML, URL, WARC, JSON Lines records, PDF, stdin) the text onrecord extracted exists nowhere
else, so the record carries it in ``"text"``; ``keep_text=True`` (CLI ``--keep-text``) adds it
for plain files too."""

from __future__ import annotations

import json
from typing import IO, Any, Iterable

from ..model import CheckResult, Document, Evidence, ExtractResult, Quote, Verdict
from ..read.own import GENERATOR

# Readers whose Document.text is the file's own decoded content (offsets check against the file).
FILE_IS_TEXT = frozenset({"text"})


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


def quote_record(q: Quote) -> dict[str, Any]:
    """Contract section 1 quote fields, then extras."""
    speech = q.kind == "speech"
    speaker = q.speaker if speech else None
    speakers = list(q.speakers) if speech and speaker else []
    if speaker and not speakers:
        speakers = [speaker]
    rec: dict[str, Any] = {
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "kind": q.kind,
        "speaker": speaker,
        "speakers": speakers,
        "speaker_description": q.speaker_description if speech else None,
        "cue": q.cue if speech else None,
        "flagged": bool(q.flagged),
        "confidence": round(float(q.confidence), 4),
    }
    # extras
    if q.date_hint:
        rec["date_hint"] = q.date_hint
    if q.outlet_hint:
        rec["outlet_hint"] = q.outlet_hint
    if q.recovered:
        rec["recovered"] = True
    if q.paragraphs > 1:
        rec["paragraphs"] = q.paragraphs
    if q.nested:
        rec["nested"] = True
    if speech and q.speaker_from_bank is not None:
        rec["speaker_from_bank"] = dict(q.speaker_from_bank)
    return rec


def document_fields(doc: Document, keep_text: bool = False) -> dict[str, Any]:
    rec: dict[str, Any] = {"document": doc.path, "published": doc.published}
    # the marker that keeps this output out of any archive, should it be saved among sources
    rec["generator"] = GENERATOR
    rec["title"] = doc.title
    rec["sha256"] = doc.sha256
    rec["reader"] = doc.reader
    if keep_text or doc.reader not in FILE_IS_TEXT:
        rec["text"] = doc.text
    return rec


def extract_record(result: ExtractResult, keep_text: bool = False) -> dict[str, Any]:
    """Contract section 1: one object per document."""
    rec = document_fields(result.document, keep_text)
    rec["quotes"] = [quote_record(q) for q in result.quotes]
    if result.editors_note:
        rec["editors_note"] = result.editors_note
    if result.unbalanced:
        rec["unbalanced_marks"] = result.unbalanced
    return rec


def evidence_span(ev: Evidence | None) -> dict[str, Any] | None:
    if ev is None:
        return None
    return {"start": ev.start, "end": ev.end, "text": ev.text}


def verdict_fields(v: Verdict) -> dict[str, Any]:
    """The verdict fields shared by sections 2 and 3, then extras (stage, warnings, evidence)."""
    ev = v.evidence
    rec: dict[str, Any] = {
        "verdict": v.verdict,
        "source": ev.source if ev else None,
        "span": evidence_span(ev),
        "source_speaker": ev.source_speaker if ev else None,
        "score": round(float(v.score), 4),
        "explanation": v.explanation,
        "stage": v.stage,
        "warnings": list(v.warnings),
    }
    if v.speaker_sources is not None:
        rec["speaker_sources"] = v.speaker_sources
    if ev is not None:
        rec["evidence"] = {
            "title": ev.title,
            "source_date": ev.source_date,
            "source_sha256": ev.source_sha256,
            "reader": ev.reader,
            "diff": ev.diff,
            "omitted": ev.omitted,
            "replaced": ev.replaced,
            "occurrences": ev.occurrences,
        }
        if ev.governing is not None:
            rec["evidence"]["governing"] = ev.governing
        if ev.report_role is not None:
            rec["evidence"]["report_role"] = ev.report_role
    if v.nearest is not None:
        rec["nearest"] = {
            "source": v.nearest.source,
            "span": evidence_span(v.nearest),
            "source_speaker": v.nearest.source_speaker,
        }
        if v.nearest.report_role is not None:
            rec["nearest"]["report_role"] = v.nearest.report_role
    if v.provenance:
        rec["provenance"] = v.provenance
    if v.corroboration is not None:
        rec["corroboration"] = v.corroboration
    return rec


def verdict_record(v: Verdict) -> dict[str, Any]:
    """Contract section 2: one object per claim."""
    rec: dict[str, Any] = {"id": v.id}
    rec.update(verdict_fields(v))
    return rec


def check_record(result: CheckResult, keep_text: bool = False) -> dict[str, Any]:
    """Contract section 3: the section 1 object; every speech quote also carries the verdict."""
    rec = document_fields(result.document, keep_text)
    quotes = []
    for item in result.items:
        q = quote_record(item.quote)
        if item.verdict is not None:
            q.update(verdict_fields(item.verdict))
        quotes.append(q)
    rec["quotes"] = quotes
    if result.editors_note:
        rec["editors_note"] = result.editors_note
    if result.unbalanced:
        rec["unbalanced_marks"] = result.unbalanced
    rec["translated"] = result.translated
    return rec


def write_lines(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for rec in records:
        out.write(dumps(rec) + "\n")
        n += 1
    out.flush()
    return n
