"""``pipeline.extract`` extracts, attributes and resolves the context of a large batch in forked
shares (rounds.py): the same results and status lines in input order as one process, a share's
exception raised in the caller, and small batches kept in this process."""

from __future__ import annotations

import dataclasses
import os

import pytest

from ferry_articles import ferry_text  # tests/ferry_articles.py: test_workers reads it too
from onrecord import pipeline, rounds
from onrecord.attribute.workers import can_fork
from onrecord.errors import MissingInput
from onrecord.model import Document
from onrecord.options import DEFAULT_OPTIONS
from onrecord.thresholds.shares import SHARES

pytest.importorskip("spacy")
forks = pytest.mark.skipif(not can_fork() or (os.cpu_count() or 1) < 2, reason="no fork or one core here")


def _docs(n: int) -> list[Document]:
    out = []
    for i in range(n):
        text = ferry_text(i)
        out.append(Document(text=text, path=f"a{i}.txt", published="2024-03-0%d" % (1 + i % 9)))
    return out


def _one_process() -> object:
    return dataclasses.replace(DEFAULT_OPTIONS, attribute=dataclasses.replace(DEFAULT_OPTIONS.attribute, workers=1))


def _record(items: list) -> list:
    return [(it.document.path, [dataclasses.astuple(q) for q in it.quotes], it.stats, it.editors_note, it.unbalanced)
            if not isinstance(it, Exception) else repr(it) for it in items]


class _Sink:
    def __init__(self) -> None:
        self.lines: list[tuple] = []

    def stage(self, message: str) -> None:
        self.lines.append(("stage", message))

    def count(self, done: int, total: int, what: str) -> None:
        self.lines.append(("count", done, total, what))

    def warn(self, where: str, message: str) -> None:
        self.lines.append(("warn", where, message))


@forks
def test_forked_shares_give_what_one_process_gives_in_input_order(monkeypatch):
    docs = _docs(2 * SHARES.min_documents)
    calls = []
    real = rounds._start
    monkeypatch.setattr(rounds, "_start", lambda *a: calls.append(len(a[0])) or real(*a))
    shared = list(pipeline.extract([dataclasses.replace(d) for d in docs]))
    assert calls, "the batch was not shared"
    alone = list(pipeline.extract([dataclasses.replace(d) for d in docs], options=_one_process()))
    assert _record(shared) == _record(alone)
    assert [it.document.path for it in shared] == [d.path for d in docs]
    assert all(q.speaker for it in shared for q in it.quotes if q.kind == "speech")
    assert any(q.date_hint for it in shared for q in it.quotes)  # the context was resolved in the shares


@forks
def test_unreadable_inputs_keep_their_place_between_shared_documents(tmp_path):
    paths = []
    for i, d in enumerate(_docs(2 * SHARES.min_documents)):
        p = tmp_path / f"{i:02d}.txt"
        if i not in (3, 20):
            p.write_text(d.text, encoding="utf-8")
        paths.append(p)
    items = list(pipeline.extract(paths))
    assert [isinstance(it, MissingInput) for it in items] == [i in (3, 20) for i in range(len(paths))]
    assert [it.document.path for it in items if not isinstance(it, MissingInput)] == \
        [str(p) for i, p in enumerate(paths) if i not in (3, 20)]


@forks
def test_status_lines_of_every_share_come_in_input_order():
    docs = _docs(2 * SHARES.min_documents)
    sink = _Sink()
    list(pipeline.extract(docs, status=sink))
    said = [line[1].split(": ", 1)[1] for line in sink.lines if line[0] == "stage" and "extracting" in line[1]]
    assert said == [d.path for d in docs]
    counts = [int(line[1].split(": ")[1].split()[0]) for line in sink.lines if "attributing speakers" in line[1]]
    assert len(counts) == 2 and sum(counts) == len(docs)  # one line per share


@forks
def test_an_exception_in_a_share_is_raised_in_the_caller(fake_stages, monkeypatch):
    from onrecord.extract import extract_document

    parent = os.getpid()

    def breaks_in_a_worker(doc, options=None):
        if os.getpid() != parent:
            raise ValueError("share broke")
        return extract_document(doc, options)

    monkeypatch.setitem(fake_stages, ("extract", "extract_document"), breaks_in_a_worker)
    with pytest.raises(ValueError, match="share broke"):
        list(pipeline.extract(_docs(2 * SHARES.min_documents)))


def test_a_small_batch_stays_in_this_process(monkeypatch):
    def boom(*a, **k):
        raise AssertionError("forked a small batch")

    monkeypatch.setattr(rounds, "_start", boom)
    items = list(pipeline.extract(_docs(SHARES.min_documents - 1)))
    assert all(q.speaker for it in items for q in it.quotes if q.kind == "speech")


def test_a_long_document_is_attributed_in_pieces_not_in_a_share(monkeypatch):
    """Its pieces are shared between the attribution workers instead (attribute/pieces.py)."""
    docs = _docs(SHARES.min_documents)
    docs[5] = Document(text=docs[5].text + " Filler words." * (DEFAULT_OPTIONS.attribute.piece_chars // 10), path="long")
    assert rounds.processes(docs, DEFAULT_OPTIONS, rounds.Stages(len, len, len)) == 1


def test_shares_cut_documents_by_their_text():
    """The cutting itself is attribute/workers.cut, whose table of cases is in test_workers;
    here, that a round weighs each document by its text."""
    docs = [Document("x" * k, f"{i}") for i, k in enumerate([30, 10, 10, 10])]
    parts = rounds.shares(docs, 2)
    assert [[d.path for d in part] for part in parts] == [["0"], ["1", "2", "3"]]
    assert [d for p in parts for d in p] == docs


@pytest.mark.parametrize("marked", ['She said, \u201cWe sail.\u201d', 'She said, "We sail."', "She said, \u2018We sail.\u2019",
                                    "She said, 'We sail.'", "She said, ``We sail.''"])
def test_shares_weigh_only_documents_that_may_hold_a_quotation(marked):
    """A document without a quotation mark (an apostrophe is none) is only extracted: it weighs
    nothing in the cut, so the documents that may hold one are what the shares split evenly."""
    plain = "The ferry's crew sailed at noon. " * 3
    docs = [Document(plain * 4, "0"), Document(plain * 4, "1"), Document(marked * 3, "2"), Document(marked * 3, "3")]
    parts = rounds.shares(docs, 2)
    assert [[d.path for d in part] for part in parts] == [["0", "1", "2"], ["3"]]
