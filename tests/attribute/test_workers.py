"""Attribution of many articles in forked workers gives exactly what one process gives."""

from __future__ import annotations

import os

import pytest

from onrecord.attribute import attribute_results
from ferry_articles import ferry_text  # tests/ferry_articles.py: test_rounds reads it too
from onrecord.attribute.workers import can_fork, shares
from onrecord.extract import extract_document
from onrecord.model import Document, ExtractResult, Quote
from onrecord.thresholds.attribute import AttributeOptions

pytest.importorskip("spacy")

def _articles(n: int) -> list[ExtractResult]:
    out = []
    for i in range(n):
        text = ferry_text(i)
        out.append(extract_document(Document(text=text, path=f"a{i}.txt")))
    return out


def _fields(results: list[ExtractResult]) -> list[tuple]:
    return [(q.speaker, q.speakers, q.speaker_description, q.cue, q.confidence, q.attribution_evidence)
            for r in results for q in r.quotes]


@pytest.mark.skipif(not can_fork(), reason="no fork on this platform")
def test_workers_give_the_same_speakers_as_one_process():
    one, two = _articles(24), _articles(24)
    attribute_results(one, AttributeOptions())
    attribute_results(two, AttributeOptions(parallel_min_articles=2), workers=2)
    assert _fields(two) == _fields(one)
    assert [r.stats for r in two] == [r.stats for r in one]
    assert all(q.speaker for r in two for q in r.quotes)  # every invented quotation has one


@pytest.mark.parametrize("sizes, n, expected", [
    ([10, 10, 10, 10], 2, [2, 2]),
    ([30, 10, 10, 10], 2, [1, 3]),
    ([10], 2, [1]),
    ([5, 5, 5, 5, 5, 5], 3, [2, 2, 2]),
])
def test_shares_are_contiguous_and_about_equal_in_text(sizes, n, expected):
    results = [ExtractResult(Document("x" * k, f"{i}"), []) for i, k in enumerate(sizes)]
    parts = shares(results, n)
    assert [len(p) for p in parts] == expected
    assert [r for p in parts for r in p] == results


def test_shares_weigh_the_text_of_articles_with_quotations_only():
    """An article without a quotation is not laid out at all: its text costs nothing."""
    marks = [(10, True), (50, False), (10, True), (10, True), (10, True)]
    results = [ExtractResult(Document("x" * k, f"{i}"), [Quote("x", 0, 1)] if quoted else [])
               for i, (k, quoted) in enumerate(marks)]
    assert [len(p) for p in shares(results, 2)] == [3, 2]


@pytest.mark.skipif(not can_fork(), reason="no fork on this platform")
def test_a_worker_failure_is_raised_in_the_caller():
    """As a pool's ``get`` did: the worker's exception, not a silent half-attributed run."""
    from onrecord.attribute.workers import attribute_in_workers

    def fail_in_worker(part, opt, parent=os.getpid()):
        if os.getpid() != parent:
            raise ValueError("worker broke")

    with pytest.raises(ValueError, match="worker broke"):
        attribute_in_workers(_articles(4), AttributeOptions(), 2, fail_in_worker)


def _sum_share(conn, part):
    from onrecord.attribute.workers import send_answer

    send_answer(conn, lambda: (os.getpid(), sum(part)), "a test worker")


@pytest.mark.skipif(not can_fork(), reason="no fork on this platform")
def test_fan_out_gives_this_share_and_the_workers_answers_in_order():
    """The one fan-out both fork users go through (rounds.run_round and attribute_in_workers):
    share 0 here, the others' answers in the shares' order, each from another process."""
    from onrecord.attribute.workers import fan_out, start_forked

    mine, answers = fan_out([[1, 2], [3], [4, 5], [6]], lambda part: start_forked(_sum_share, part),
                            lambda part: (os.getpid(), sum(part)), "a test worker")
    assert mine == (os.getpid(), 3)
    assert [total for _, total in answers] == [3, 9, 6]
    assert all(pid != os.getpid() for pid, _ in answers)


def _can_fork_in_child(q):
    q.put(can_fork())


@pytest.mark.skipif(not can_fork(), reason="no fork on this platform")
def test_a_worker_process_attributes_alone():
    """`onrecord mine` attributes inside its own worker processes: no second pool there."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    q = ctx.Queue()
    p = ctx.Process(target=_can_fork_in_child, args=(q,))
    p.start()
    p.join(30)
    assert q.get(timeout=5) is False


def test_attribute_results_stays_in_this_process_unless_asked(monkeypatch):
    """`onrecord mine` and Spark executors call attribute_results inside their own pools."""
    import onrecord.attribute as attribute

    def boom(*a, **k):
        raise AssertionError("forked without being asked")

    monkeypatch.setattr(attribute, "attribute_in_workers", boom)
    results = _articles(20)
    attribute_results(results, AttributeOptions(parallel_min_articles=2))
    assert all(q.speaker for r in results for q in r.quotes)


def _frozen_count(conn, part):
    import gc

    from onrecord.attribute.workers import send_answer

    send_answer(conn, lambda: gc.get_freeze_count(), "a test worker")


@pytest.mark.skipif(not can_fork(), reason="no fork on this platform")
def test_fan_out_freezes_what_lives_at_the_fork_and_hands_it_back():
    """While the shares run, the objects alive at the fork are out of the cycle collector's
    walk, here and in the workers; afterwards this process's collector has them back."""
    import gc

    from onrecord.attribute.workers import fan_out, start_forked

    assert gc.get_freeze_count() == 0
    mine, answers = fan_out([[1], [2]], lambda part: start_forked(_frozen_count, part),
                            lambda part: gc.get_freeze_count(), "a test worker")
    assert mine > 0 and answers[0] > 0
    assert gc.get_freeze_count() == 0


@pytest.mark.skipif(not can_fork(), reason="no fork on this platform")
def test_fan_out_leaves_a_callers_frozen_objects_frozen():
    import gc

    from onrecord.attribute.workers import fan_out, start_forked

    gc.freeze()
    try:
        held = gc.get_freeze_count()
        fan_out([[1], [2]], lambda part: start_forked(_frozen_count, part), lambda part: None, "a test worker")
        assert gc.get_freeze_count() >= held > 0
    finally:
        gc.unfreeze()
