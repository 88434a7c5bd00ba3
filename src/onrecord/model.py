"""The data model: every quote and verdict is a dataclass carrying its evidence, offsets, the
stage that decided and provenance. Writers in ``report/jsonl.py`` turn these into the contract's
JSON Lines (shared/spec/contract.md); fields may be added here, never renamed in the output."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from . import __version__

QuoteKind = Literal["speech", "title", "scare", "term"]
VerdictName = Literal["verbatim", "variation", "drift", "misattributed", "out_of_context", "not_found", "no_source"]
VERDICTS: tuple[str, ...] = ("verbatim", "variation", "drift", "misattributed", "out_of_context", "not_found",
                             "no_source")
GOOD_VERDICTS = frozenset({"verbatim", "variation"})
# out_of_context: the words occur but a negator or frame in the source sentence turns them
# round; it needs attention and is never counted as verified.
BAD_VERDICTS = frozenset({"drift", "misattributed", "out_of_context", "not_found", "no_source"})


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Document:
    """A text onrecord read. ``text`` is the only thing offsets index; readers never normalise
    it after the fact (HTML: the text trafilatura extracted, kept with the results)."""

    text: str
    path: str  # file path, URL, "<stdin>", or "file.jsonl#id"
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    outlet: str | None = None
    author: str | None = None
    speakers: list[str] = field(default_factory=list)  # source header "Speaker(s):"
    reader: str = "text"
    reader_version: str = __version__
    sha256: str = ""
    doc_id: str | None = None  # record id for JSONL/WARC members
    body_offset: int = 0  # where the body starts after a source header block
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.sha256:
            self.sha256 = sha256_text(self.text)


# the first words of the evidence line saying --precise-speakers withheld a quotation's name
# (attribute/calibration.py writes it; bank/credit.py reads it: a withheld name is an
# uncertain one, not a quotation credited to nobody)
WITHHELD = "withheld: "


@dataclass
class Quote:
    """One quotation: ``doc.text[start:end] == text`` always (marks excluded)."""

    text: str
    start: int
    end: int
    kind: QuoteKind = "speech"
    open_mark: str = '"'
    close_mark: str = '"'
    flagged: bool = False
    kind_evidence: list[str] = field(default_factory=list)  # why this kind
    recovered: bool = False  # pairing recovered from an unbalanced/stray mark
    paragraphs: int = 1  # >1 for a multi-paragraph quotation
    nested: bool = False  # inside another quotation (straight marks inside curly ones)
    # attribution (filled by attribute/; null for non-speech)
    speaker: str | None = None
    speakers: list[str] = field(default_factory=list)
    speaker_description: str | None = None
    cue: str | None = None
    confidence: float = 0.0
    # the calibrated probability that ``speaker`` is right (attribute/calibration.py), or None
    # where no calibration ran (a nested quotation, a document over the parse budget, the
    # option off): what --precise-speakers, the "(uncertain)" mark and check's verifier read,
    # rather than ``confidence``, which then holds a rule's value
    speaker_probability: float | None = None
    attribution_evidence: list[str] = field(default_factory=list)
    # set only when a quote bank gave the speaker (bank/credit.py, ``extract --bank``): the
    # article credits the words to nobody (or to a name onrecord is unsure of), other reports of
    # them do; {"cluster_id", "reports", "against", "banked_as", "replaced"}, so a reader can
    # tell this name from one the article gives
    speaker_from_bank: dict[str, Any] | None = None
    # context (filled by context/)
    date_hint: str | None = None
    outlet_hint: str | None = None
    context_evidence: list[str] = field(default_factory=list)


@dataclass
class Claim:
    """A quotation to verify (contract section 2 input)."""

    id: str
    quote: str
    speaker: str | None = None
    date_hint: str | None = None  # YYYY-MM or YYYY-MM-DD
    outlet_hint: str | None = None
    # the article's publication date (YYYY-MM or YYYY-MM-DD): a source dated after it cannot be
    # the origin. The date hint is only a ranking hint (verify/dates.py).
    published: str | None = None
    # the quotation's closing mark is missing (Quote.recovered): its text runs to the end of
    # its paragraph, so where the speaker's words end is uncertain (verify/unclosed.py)
    open_end: bool = False
    # the calibrated probability that ``speaker`` is the article's speaker, when onrecord read
    # it from an article (``onrecord check``); None when the user gave it (``onrecord verify``)
    speaker_confidence: float | None = None


@dataclass
class Evidence:
    """The source's own words that a verdict rests on, with offsets into the source text."""

    source: str  # source path as given to the archive
    title: str | None
    start: int
    end: int
    text: str  # == source_text[start:end]
    source_speaker: str | None = None
    source_date: str | None = None
    source_sha256: str | None = None
    reader: str | None = None
    reader_version: str | None = None
    diff: list[dict[str, Any]] = field(default_factory=list)  # word diff ops
    omitted: list[str] = field(default_factory=list)  # words an ellipsis/omission left out
    replaced: list[dict[str, str]] = field(default_factory=list)  # [bracket] -> source words
    occurrences: int = 1
    prefix: str = ""  # anchors to identify the occurrence
    suffix: str = ""
    # out_of_context: the words in the source sentence that govern the span ("will not",
    # "I never said") as {"start","end","text","rule"}; offsets index the source text.
    governing: dict[str, Any] | None = None
    # a news report's evidence (issue 12): "quotation" (a quoted span: source_speaker is the
    # quoted person), "headline" (its author's text) or "narration" (nobody's words, only ever
    # a nearest passage); None for a source that is not a report
    report_role: str | None = None


@dataclass
class Verdict:
    """The judgement of one claim: status, the cascade stage that decided, evidence and why."""

    id: str
    verdict: VerdictName
    stage: str  # e.g. "verbatim", "ellipsis", "bracket", "semantic", "guard", "none"
    score: float
    explanation: str
    evidence: Evidence | None = None  # best evidence; None only for not_found
    nearest: Evidence | None = None  # for not_found: the closest candidate, to show why
    warnings: list[str] = field(default_factory=list)  # short, ambiguous, unchecked, later_source, condition_left_out
    claim: Claim | None = None
    provenance: dict[str, Any] = field(default_factory=lambda: {"onrecord": __version__})
    speaker_sources: int | None = None  # sources of the claimed speaker the archive holds (None: not counted)
    # other reports of the words in a quote bank (`--bank`): corroboration, shown beside the
    # verdict and never part of deciding it (a bank holds what outlets printed, not sources)
    corroboration: dict[str, Any] | None = None


@dataclass
class ExtractResult:
    document: Document
    quotes: list[Quote]
    editors_note: dict[str, Any] | None = None  # {"start","end","text"} when the article has one
    stats: dict[str, Any] = field(default_factory=dict)
    # double quotation marks that paired with nothing, each {"offset","mark","context"}: no
    # quotation vanishes silently, an unpaired opener is reported with the words after it
    unbalanced: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class CheckedQuote:
    quote: Quote
    verdict: Verdict | None  # None for non-speech quotes (listed, not verified)


@dataclass
class CheckResult:
    document: Document
    items: list[CheckedQuote]
    editors_note: dict[str, Any] | None = None
    translated: bool = False
    unbalanced: list[dict[str, Any]] = field(default_factory=list)  # as ExtractResult.unbalanced


def to_dict(obj: Any) -> Any:
    return asdict(obj)
