"""Attribution pauses Python's cycle collector while a group of articles is attributed and
turns it back on afterwards, also when attribution fails (issue 16: the collector walked
every live token and mention for nothing)."""

from __future__ import annotations

import gc

import pytest

import onrecord.attribute as attribute
from onrecord.extract import extract_document
from onrecord.model import Document
from onrecord.thresholds.attribute import AttributeOptions


def _results(n: int):
    return [extract_document(Document(text=f"Ferry {i}\n\n“We sail at noon,” Mara Ellison said.", path=f"{i}.txt"))
            for i in range(n)]


def test_collector_off_during_each_group_and_on_after(monkeypatch):
    seen = []
    monkeypatch.setattr(attribute, "_attribute_group", lambda group, opt: seen.append((len(group), gc.isenabled())))
    assert gc.isenabled()
    attribute.attribute_results(_results(3), AttributeOptions(group_chars=1))  # one article a group
    assert seen == [(1, False)] * 3
    assert gc.isenabled()


def test_collector_back_on_after_a_failure(monkeypatch):
    def boom(group, opt):
        raise RuntimeError("attribution failed")

    monkeypatch.setattr(attribute, "_attribute_group", boom)
    with pytest.raises(RuntimeError):
        attribute.attribute_results(_results(1))
    assert gc.isenabled()


def test_a_caller_that_turned_the_collector_off_keeps_it_off(monkeypatch):
    monkeypatch.setattr(attribute, "_attribute_group", lambda group, opt: None)
    gc.disable()
    try:
        attribute.attribute_results(_results(1))
        assert not gc.isenabled()
    finally:
        gc.enable()


# Two named speakers (the calibration builds its candidate index) and no sentence the string
# patterns leave to the parser (spaCy's own objects hold cycles of their own).
_NAMED = ("Harbour vote\n\nThe council met on Tuesday.\n\n“We sail at noon,” Mara Ellison said.\n\n"
          "Her deputy, Tobias Lund, disagreed. “The harbour is not ready,” Lund said.\n")


def test_an_attributed_group_leaves_no_cyclic_garbage():
    """Once a group is attributed, reference counting frees its layouts, mentions and entities:
    none is left in a reference cycle for the collector (on 500 BBC articles the collector
    walked 334,667 such objects when it was turned back on, 7 % of attribution's CPU)."""
    results = [extract_document(Document(text=_NAMED, path="named.txt"))]
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        attribute.attribute_results(results)
        gc.collect()
        ours = [type(o).__name__ for o in gc.garbage if type(o).__module__.startswith("onrecord.")]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    assert results[0].quotes[0].speaker == "Mara Ellison"
    assert ours == []
