"""News reports as sources (issue 12): whose words each part of a report is.

Archives hold reports that quote people ("'We will not sign this treaty,' the minister said in a
statement"). A report is nobody's speech: its quoted spans are the words of the people it
quotes, its headline is the text of its author, and the reporter's narration is nobody's words
(it never verifies a claim). So at ingest a report goes through onrecord's own extraction and
attribution (extract/, attribute/: layer 2, below the archive), and the archive stores each
quoted span with its speaker (table ``report_spans``, migration ``m004_report_spans``).

Which sources are reports (docs/contract.md, "Additions"):

- declared: a header ``Type: report`` (or ``news``, ``news report``, ``article``), or a JSON
  Lines record's ``"type"`` field with one of those values;
- read off the text: a source with no ``Type``, no ``Speaker``/``Speakers`` and at least
  ``report_min_attributed`` speech quotations attributed to a named person. A source that names
  no speaker cannot be anyone's speech, so the quoted people are the only speakers it has;
- never: a source declaring another type (``Type: speech``, ``transcript``), or one whose
  header names its speaker: a president quoting Lincoln in a speech is still the president
  speaking, and the speech archives (Miller Center, UN General Debate) must not change."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..model import Document
from ..thresholds.archive import ArchiveOptions
from .structure import SourceSentence

REPORT_TYPES = frozenset({"report", "news", "news report", "article", "news article"})

# span roles, as stored and as shown in a verdict's evidence
QUOTATION = "quotation"
HEADLINE = "headline"
NARRATION = "narration"

_TITLE_LINE = re.compile(r"^[ \t]*title[ \t]*:[ \t]*(.*?)[ \t]*\r?$", re.I | re.M)
# a first line that reads as a headline: not closed like a sentence
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s*$")
_PARA = re.compile(r"\n[ \t]*\r?\n")


@dataclass
class Span:
    start: int
    end: int
    role: str  # QUOTATION or HEADLINE
    speaker: str | None  # the quoted person; the author for a headline; None if the report names nobody


@dataclass
class ReportSpans:
    """The quoted spans and the headline of one report, sorted by start."""

    spans: list[Span] = field(default_factory=list)
    author: str | None = None

    def __post_init__(self) -> None:
        self.spans.sort(key=lambda s: (s.start, s.end))
        self._starts = [s.start for s in self.spans]

    def _covering(self, pos: int) -> Span | None:
        """The outermost span holding ``pos`` (a nested quotation is the outer speaker's
        report of it: the outer speaker said those words in this report)."""
        for s in self.spans[: bisect_right(self._starts, pos)]:
            if s.start <= pos < s.end:
                return s
        return None

    def speaker_at(self, pos: int) -> str | None:
        s = self._covering(pos)
        return s.speaker if s is not None else None

    def role(self, text: str, start: int, end: int) -> tuple[str, str | None]:
        """(role, speaker) of text[start:end]: a quotation or the headline when the passage lies
        inside one span (only punctuation and spaces may stick out: the quote's closing comma
        sits outside the marks, '"... this treaty," the minister said'), else narration."""
        s = self._covering(start)
        if s is None:
            return NARRATION, None
        outside = text[s.end : end] if end > s.end else ""
        if any(c.isalnum() for c in outside):
            return NARRATION, None  # runs on into the reporter's words: not the quoted person's alone
        return s.role, s.speaker


def declared_type(doc: Document) -> str | None:
    """The source's own ``Type`` (header) or ``type`` (JSON Lines record), lower-cased."""
    header = doc.meta.get("header", {}) if isinstance(doc.meta, dict) else {}
    t = header.get("type") or doc.meta.get("type")
    return " ".join(str(t).lower().split()) if t else None


def may_be_report(doc: Document) -> bool:
    """Whether ``doc`` is worth extracting: declared a report, or typeless and speakerless."""
    t = declared_type(doc)
    if t is not None:
        return t in REPORT_TYPES
    return not doc.speakers


def headline_span(doc: Document, head_max_words: int) -> tuple[int, int] | None:
    """Where the headline is in ``doc.text``: the header's ``Title:`` value, else the first
    line when it reads as a headline (one short line not closed like a sentence, as extract/
    reads it). A JSON Lines record's ``title`` is not in its text: it has no offsets and is
    not searchable (the record's text is what evidence offsets index)."""
    from ..read.headline import opens_with_headline

    if doc.body_offset:
        m = _TITLE_LINE.search(doc.text, 0, doc.body_offset)
        return (m.start(1), m.end(1)) if m and m.end(1) > m.start(1) else None
    if not opens_with_headline(doc):
        return None
    lead = len(doc.text) - len(doc.text.lstrip())
    first = _PARA.split(doc.text[lead:], maxsplit=1)[0].rstrip()
    if not first or "\n" in first or len(first.split()) > head_max_words or _SENTENCE_END.search(first):
        return None
    return lead, lead + len(first)


def read_reports(docs: list[Document], options: ArchiveOptions) -> list[ReportSpans | None]:
    """Extract and attribute the quotations of the sources that may be reports, all of
    ``docs`` in one attribution call (one spaCy batch: 1.7x faster than a call per document
    on 100 BBC articles); per document its spans, or None when it is not a report (see the
    module docstring)."""
    if not options.report_extraction:
        return [None] * len(docs)
    from ..attribute import attribute_results
    from ..extract import extract_document
    from ..thresholds.extract import ExtractOptions

    eopts = ExtractOptions()
    results = {i: extract_document(d, eopts) for i, d in enumerate(docs) if may_be_report(d)}
    speech = {i: [q for q in r.quotes if q.kind == "speech" and q.start >= docs[i].body_offset]
              for i, r in results.items()}
    todo = [i for i in results if speech[i] or declared_type(docs[i]) in REPORT_TYPES]
    if todo:
        attribute_results([results[i] for i in todo])
    return [_spans(d, speech[i], eopts.headline_max_words, options) if i in todo else None
            for i, d in enumerate(docs)]


def _spans(doc: Document, speech: list, head_max_words: int, options: ArchiveOptions) -> ReportSpans | None:
    if declared_type(doc) not in REPORT_TYPES and sum(1 for q in speech if q.speaker) < options.report_min_attributed:
        return None
    author = doc.author or (doc.speakers[0] if len(doc.speakers) == 1 else None) or doc.outlet
    spans = [Span(q.start, q.end, QUOTATION, q.speaker) for q in speech]
    head = headline_span(doc, head_max_words)
    if head is not None and not any(s.start < head[1] and head[0] < s.end for s in spans):
        spans.append(Span(head[0], head[1], HEADLINE, author))
    return ReportSpans(spans, author)


def with_speakers(text: str, sents: list[SourceSentence], report: ReportSpans, share_min: float) -> list[SourceSentence]:
    """The report's sentences, each credited to the person whose quoted words fill at least
    ``share_min`` of it ('"We will not sign this treaty," the minister said.' is the
    minister's), else to nobody; the header headline becomes a sentence of its own
    (searchable, the author's)."""
    heads = [sp for sp in report.spans if sp.role == HEADLINE]
    out: list[SourceSentence] = []
    for s in sents:
        share: dict[str, int] = {}
        for sp in report.spans:
            a, b = max(s.start, sp.start), min(s.end, sp.end)
            if b > a and sp.role == QUOTATION and sp.speaker:
                share[sp.speaker] = share.get(sp.speaker, 0) + len(text[a:b].strip())
        who, n = max(share.items(), key=lambda kv: kv[1], default=(None, 0))
        if n < share_min * len(text[s.start : s.end].strip()) or n == 0:
            who = next((h.speaker for h in heads if h.start <= s.start and s.end <= h.end), None)
        out.append(SourceSentence(s.start, s.end, who))
    extra = [SourceSentence(h.start, h.end, h.speaker) for h in heads if not any(x.start <= h.start < x.end for x in out)]
    return sorted(out + extra, key=lambda x: x.start)


def batches(docs, size: int):
    """``docs`` (a list or a reader's stream) in lists of ``size``, read lazily."""
    batch: list[Document] = []
    for d in docs:
        batch.append(d)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
