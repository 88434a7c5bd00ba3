"""News reports as evidence (issue 12; the spans are stored at ingest by archive/reports.py).

A report is a source whose quoted spans are the quoted people's words, whose headline is its
author's text, and whose narration is nobody's words. So, at verify time:

- a passage inside a quoted span is evidence for the quoted person: the speaker check runs
  against that person, not the report's author ("said by Halvard Brekke, not Lena Marsh");
- a passage in the narration (or running from a quotation on into it) never verifies a claim:
  if it is all the archive has, the verdict says "found in the reporter's narration of <doc>,
  not in anyone's quoted words";
- a verdict resting on a report names the report as its source and says it is a report
  quoting the person (warning ``report``): weaker evidence than the person's own speech, which
  is preferred whenever the archive holds it too.

A source that is not a report (``doc.report_role`` returns None) is untouched."""

from __future__ import annotations

from ..model import Verdict
from .align import span_offsets

QUOTATION, HEADLINE, NARRATION = "quotation", "headline", "narration"


def role(doc, start: int, end: int) -> tuple[str, str | None] | None:
    """(role, speaker) of doc.text[start:end] when ``doc`` is a report, else None."""
    fn = getattr(doc, "report_role", None)
    return fn(start, end) if fn is not None else None


def is_report(doc) -> bool:
    return getattr(doc, "report", None) is not None


def nobodys(doc, start: int, end: int) -> bool:
    """The passage is a report's narration, or a quotation the report credits to nobody: no
    person's words, so it can verify nobody."""
    r = role(doc, start, end)
    return r is not None and (r[0] == NARRATION or r[1] is None)


def split_found(found: list, pq) -> tuple[list, list]:
    """The matches (doc, Match) that are somebody's words, and (doc, role) of the ones that
    are nobody's."""
    kept, nobody = [], []
    for doc, m in found:
        if is_report(doc):
            start, end = span_offsets(doc.tokens, m, pq)
            if nobodys(doc, start, end):
                nobody.append((doc, role(doc, start, end)[0]))
                continue
        kept.append((doc, m))
    return kept, nobody


def narration_note(nobody: list) -> str:
    """The explanation's note for words found only where nobody said them: the narration
    first (the brief's wording), else a quotation the report credits to no one it names (real
    news: 'the official said', an unnamed Treasury official)."""
    doc, where = next((x for x in nobody if x[1] == NARRATION), nobody[0])
    if where == NARRATION:
        return f" (found in the reporter's narration of {doc.path}, not in anyone's quoted words)"
    return f" (found in {doc.path} inside a quotation the report credits to no one it names: nobody's words to check)"


def narration_verdict(claim, doc, score: float, nearest, warnings: list[str]) -> Verdict:
    """not_found for a claim whose closest passage is a report's narration (or runs into it)."""
    if "narration" not in warnings:
        warnings.append("narration")
    return Verdict(claim.id, "not_found", "narration", score,
                   "nothing in the archive supports it" + narration_note([(doc, NARRATION)]),
                   nearest=nearest, warnings=warnings, claim=claim)


def own_window(doc, speaker: str | None) -> bool:
    """A drift window may be the claimed speaker's paraphrase unless it is a report's
    narration: the None speaker of a report's sentence means nobody, not "unknown"."""
    return not (speaker is None and is_report(doc))


def evidence_role(doc, start: int, end: int, speaker: str | None) -> str | None:
    """The report role shown with a piece of evidence (None outside reports). A drift window
    credited to the quoted person ('"...," the minister said.') is their quotation even though
    the reporter's tag sits inside the window."""
    r = role(doc, start, end)
    if r is None:
        return None
    return QUOTATION if r[0] == NARRATION and speaker else r[0]


def note(v: Verdict) -> Verdict:
    """Say that the evidence is a news report quoting the person (or its headline)."""
    ev = v.evidence
    if ev is None or not getattr(ev, "report_role", None) or ev.report_role == NARRATION:
        return v
    who = ev.source_speaker or "someone it does not name"
    if ev.report_role == HEADLINE:
        v.explanation += f"; in the headline of the report {ev.source}, the text of its author {who}"
    else:
        v.explanation += (f"; from a news report ({ev.source}) quoting {who}: a report of the words, "
                          f"weaker evidence than {who}'s own speech")
    if "report" not in v.warnings:
        v.warnings.append("report")
    return v
