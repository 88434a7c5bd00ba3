"""A round of documents extracted, resolved and attributed, in this process or in forked shares
(issue 11). ``pipeline.extract`` (so `onrecord extract`, `check`, the web app and the library
API) hands each round of read documents to ``run_round``, which returns their results in input
order.

In shares: the round is cut into contiguous shares of about equal text; this process extracts,
attributes and resolves the context of the first share while forked workers do the same for the
others, each with its share already in memory and the spaCy model inherited. A worker sends back
its results without their documents (this process holds them) and the status lines it said,
which are said here after this process's own share's, so that they come in input order. A
worker's exception is raised here. Ctrl-C is this process's: a worker ignores SIGINT and is
ended when the round is left.

In this process: a round too small to pay for a fork (``SHARES.min_documents``), one holding a
document long enough to be attributed in pieces (those pieces are shared between the
attribution workers instead, and its context resolved beside them: context/beside.py), no
attribution, one worker, or no fork on this platform."""

from __future__ import annotations

import os
import re
import signal
from dataclasses import dataclass
from typing import Any, Callable

from .attribute.workers import can_fork, cut_by_work, fan_out, send_answer, start_forked
from .extract.marks import DOUBLE
from .model import Document, ExtractResult
from .progress import StatusSink
from .thresholds.shares import SHARES


@dataclass(frozen=True)
class Stages:
    """The pipeline's stage functions (pipeline._stage): extract_document, resolve_context and
    attribute_results (None: no attribution)."""

    extract: Callable[..., ExtractResult]
    resolve: Callable[..., None]
    attribute: Callable[..., None] | None


def forked_processes(options: Any, stages: Stages) -> int:
    """How many processes a round may be shared between: the attribution workers
    (``options.attribute.workers``, capped by the machine's cores), or 1 with no attribution or
    no fork here. pipeline.extract sizes its rounds by it too."""
    n = min(options.attribute.workers, os.cpu_count() or 1)
    return 1 if stages.attribute is None or n < 2 or not can_fork() else n


def processes(docs: list[Document], options: Any, stages: Stages) -> int:
    """How many processes the round ``docs`` runs on: 1 (this one) or ``forked_processes``;
    1 for a round too small to pay for a fork or holding a document attributed in pieces."""
    if len(docs) < SHARES.min_documents or any(len(d.text) > options.attribute.piece_chars for d in docs):
        return 1
    return forked_processes(options, stages)


def run_round(docs: list[Document], published: str | None, options: Any, stages: Stages,
              status: StatusSink) -> list[ExtractResult]:
    """The results of ``docs``, in their order."""
    n = processes(docs, options, stages)
    if n < 2:
        return _here(docs, published, options, stages, status)
    parts = shares(docs, n)
    out, answers = fan_out(parts, lambda part: _start(part, published, options, stages),
                           lambda part: _share(part, published, options, stages, status), "a worker")
    for part, (rows, said) in zip(parts[1:], answers):
        _replay(said, status)
        out.extend(ExtractResult(doc, *fields) for doc, fields in zip(part, rows))
    return out


def shares(docs: list[Document], n: int) -> list[list[Document]]:
    """``docs`` cut into at most ``n`` contiguous shares of about equal work: the text of the
    documents that may hold a quotation (``_MAY_QUOTE``), or of every document when none may. A
    document without a quotation mark is only extracted (nothing to attribute, no context), as
    attribute/workers.shares weighs a document without a quotation after extraction. By all the
    text, the worker's half of the 500 BBC articles took 2.3-2.8 % more CPU than this process's
    (the same with the halves swapped between the processes: the articles, not the fork), and
    the round's wall clock is the later share's (round 63, lane speed64)."""
    return cut_by_work(docs, [len(d.text) for d in docs], [_MAY_QUOTE.search(d.text) is not None for d in docs], n)


# a mark that may open a quotation: a double one, an opening single one, or a straight single
# one after a space or at the start (a word's apostrophe follows a letter), or a backtick ("``")
_MAY_QUOTE = re.compile("[" + re.escape(DOUBLE) + "\u2018\u201a\u201b\u2039`]|(?<!\\S)'")


def _here(docs: list[Document], published: str | None, options: Any, stages: Stages,
          status: StatusSink) -> list[ExtractResult]:
    """The round in this process: attribution may still share its articles or a long
    document's pieces between workers, with the context resolved beside it (beside.py)."""
    from .context.beside import resolve_beside

    batch = _extracted(docs, options, stages, status)
    finish = resolve_beside([(r, published or r.document.published) for r in batch], options.context,
                            stages.resolve, fork=stages.attribute is not None)
    _attribute(batch, options, stages, status, workers=options.attribute.workers)
    finish()
    return batch


def _share(docs: list[Document], published: str | None, options: Any, stages: Stages,
           status: StatusSink) -> list[ExtractResult]:
    """One share, in one process: extracted, attributed, then its context resolved (as
    ``_here`` does without the forked context)."""
    batch = _extracted(docs, options, stages, status)
    _attribute(batch, options, stages, status)
    for r in batch:
        stages.resolve(r, published or r.document.published, options.context)
    return batch


def _extracted(docs: list[Document], options: Any, stages: Stages, status: StatusSink) -> list[ExtractResult]:
    out = []
    for doc in docs:
        status.stage(f"extracting quotations: {doc.path}")
        out.append(stages.extract(doc, options.extract))
    return out


def _attribute(batch: list[ExtractResult], options: Any, stages: Stages, status: StatusSink,
               workers: int = 1) -> None:
    """Attribute ``batch`` (nothing without an attribution stage or an article), said before and
    each document's unparsed budgets after; ``workers`` > 1 lets attribution share the articles
    (``_here`` only: a forked share is attributed in its own process)."""
    if stages.attribute is None or not batch:
        return
    n = len(batch)
    status.stage(f"attributing speakers: {n} article{'s' if n != 1 else ''} (spaCy)")
    stages.attribute(batch, options.attribute, workers=workers)
    for r in batch:
        say_unparsed(r, status)


def say_unparsed(result: ExtractResult, status: StatusSink) -> None:
    """One line per budget a document went past (attribute/string_only.budget_lines), not one
    per quotation: those quotations kept their string-level speakers."""
    from .attribute.string_only import budget_lines

    for line in budget_lines(result):
        status.warn(str(result.document.path), line)


class _Said:
    """A worker's status sink: every call kept, in order, to be said by the caller."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []

    def stage(self, message: str) -> None:
        self.calls.append(("stage", (message,)))

    def count(self, done: int, total: int, what: str) -> None:
        self.calls.append(("count", (done, total, what)))

    def note(self, message: str) -> None:
        self.calls.append(("note", (message,)))

    def warn(self, where: str, message: str) -> None:
        self.calls.append(("warn", (where, message)))


def _replay(said: list[tuple[str, tuple[Any, ...]]], status: StatusSink) -> None:
    for name, args in said:
        say = getattr(status, name, None) or status.stage  # a sink without ``note``
        say(*args)


def _start(part: list[Document], published: str | None, options: Any, stages: Stages) -> tuple[Any, Any]:
    return start_forked(_work, part, published, options, stages)


def _work(conn: Any, part: list[Document], published: str | None, options: Any, stages: Stages) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the caller's; it ends this worker
    said = _Said()

    def results() -> tuple[list[Any], list[Any]]:
        done = _share(part, published, options, stages, said)
        return [(r.quotes, r.editors_note, r.stats, r.unbalanced) for r in done], said.calls

    send_answer(conn, results, "a worker")
