"""Context resolution of a large batch runs in a forked process beside attribution (issue 10:
a 20 MB one-line input ran ~8 s of context after ~6 s of attribution on one core of two).
Real processes; every sentence is invented."""

from __future__ import annotations

import os
import sys

import pytest

from onrecord.context import resolve_context
from onrecord.context.beside import resolve_beside
from onrecord.extract import extract_document
from onrecord.model import Document
from onrecord.thresholds.context import ContextOptions

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="fork")

PUB = "2025-03-10"
TEXT = ("Harbour news\n\n“The tide tables are wrong,” Tomas Brandt told the Harbour Gazette last week. "
        "On Thursday, Mara Ellison said: “The pier will open late.”")


def _results():
    return [extract_document(Document(TEXT, f"{i}.txt", published=PUB)) for i in range(3)]


def _hints(results):
    return [[(q.date_hint, q.outlet_hint, q.context_evidence) for q in r.quotes] for r in results]


def _tagged(r, published, options):
    """resolve_context, then the process id that ran it (to see where it ran)."""
    resolve_context(r, published, options)
    for q in r.quotes:
        q.context_evidence = q.context_evidence + [f"pid {os.getpid()}"]


def test_a_large_batch_is_resolved_in_another_process_with_the_same_hints():
    expected = _results()
    for r in expected:
        resolve_context(r, PUB, ContextOptions())
    results = _results()
    finish = resolve_beside([(r, PUB) for r in results], ContextOptions(beside_min_chars=0), _tagged)
    finish()
    assert {ev[-1] for r in results for q in r.quotes for ev in [q.context_evidence]} != {f"pid {os.getpid()}"}
    for r in results:
        for q in r.quotes:
            q.context_evidence = q.context_evidence[:-1]
    assert _hints(results) == _hints(expected)
    assert results[0].quotes[0].date_hint == "2025-03" and results[0].quotes[0].outlet_hint == "Harbour Gazette"


@pytest.mark.parametrize("opts, fork", [(ContextOptions(), True), (ContextOptions(beside_min_chars=0), False)])
def test_a_small_batch_or_no_attribution_stays_in_this_process(opts, fork):
    results = _results()
    resolve_beside([(r, PUB) for r in results], opts, _tagged, fork=fork)()
    assert {q.context_evidence[-1] for r in results for q in r.quotes} == {f"pid {os.getpid()}"}


def test_a_child_that_fails_leaves_the_work_to_this_process():
    parent = os.getpid()

    def fails_in_the_child(r, published, options):
        if os.getpid() != parent:
            raise RuntimeError("the child's own failure")
        _tagged(r, published, options)

    results = _results()
    resolve_beside([(r, PUB) for r in results], ContextOptions(beside_min_chars=0), fails_in_the_child)()
    assert {q.context_evidence[-1] for r in results for q in r.quotes} == {f"pid {parent}"}
    assert all(q.date_hint for r in results for q in r.quotes)
