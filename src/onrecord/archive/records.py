"""The records an archive hands out: the stored path of a source (``real_path``) and how it is
shown (``display_path``), the report of an ingest, a source's listing row, and ``SourceDoc``
(one stored document ready for matching). Split from archive.py (issue 9)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from . import reports
from .structure import SourceSentence, Turn, speaker_at


def real_path(path: Path | str) -> str:
    """The key a source file is stored under: its real absolute path (symlinks and ".."
    resolved), so one file is one document however it was named."""
    return str(Path(os.path.abspath(os.fspath(path))).resolve())


def display_path(stored: str) -> str:
    """A stored path as shown to the user: relative to the working directory when it lies
    under it ("sources/briefing.txt"), else absolute."""
    cwd = os.getcwd().rstrip(os.sep) + os.sep
    return stored[len(cwd):] if stored.startswith(cwd) else stored

@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    unreadable: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    removed: list[str] = field(default_factory=list)
    own_outputs: list[str] = field(default_factory=list)  # onrecord reports found: never sources
    documents: int = 0
    sentences: int = 0
    embedded: int = 0  # always 0 since vectors are computed at verify time (kept for callers)


@dataclass
class SourceInfo:
    path: str
    status: str
    reason: str | None
    documents: int
    title: str | None = None
    speakers: list[str] = field(default_factory=list)
    date: str | None = None
    outlet: str | None = None
    size: int | None = None  # bytes of the file as added


@dataclass
class SourceDoc:
    """One stored document, ready for matching (tokens are built lazily and cached)."""

    id: int
    path: str
    title: str | None
    speaker: str | None  # the header's single Speaker (None for a transcript)
    speakers: list[str]
    date: str | None
    is_transcript: bool
    reader: str | None
    reader_version: str | None
    sha256: str | None
    body_offset: int
    text: str
    turns: list[Turn]
    sentences: list[SourceSentence]
    _tokens: object = None
    outlet: str | None = None  # the header's Outlet (an article's outlet hint prefers it)
    report: "reports.ReportSpans | None" = None  # a news report's quoted spans (reports.py)

    @property
    def tokens(self):
        if self._tokens is None:
            from ..text.fold import word_tokens

            # The header block is blanked (same length) so offsets stay file offsets and a
            # quote can never "match" a Title: line; a report's headline is its author's text
            # and stays searchable.
            head = " " * self.body_offset
            for h in (self.report.spans if self.report else ()):
                if h.role == reports.HEADLINE and h.end <= self.body_offset:
                    head = head[: h.start] + self.text[h.start : h.end] + head[h.end :]
            self._tokens = word_tokens(head + self.text[self.body_offset :])
        return self._tokens

    def speaker_at(self, pos: int) -> str | None:
        if self.report is not None:  # a report: the quoted person, the headline's author, or nobody
            return self.report.speaker_at(pos)
        return speaker_at(self.turns, pos, self.speaker)

    def report_role(self, start: int, end: int) -> tuple[str, str | None] | None:
        """(role, speaker) of a passage of a news report (reports.ReportSpans.role); None for
        a source that is not a report."""
        return self.report.role(self.text, start, end) if self.report is not None else None
