"""Ideas the code once read twice, now read once (round 66, lane one74b, from tidy72's
read-through): the readers must keep asking the one list or function, so a word added for one
rule reaches the other."""

from __future__ import annotations

from onrecord.attribute.generations import generation
from onrecord.attribute.regroup import _generation
from onrecord.lexicon.function_words import SUBJECT_VERB_GAP_WORDS


class _Named:
    def __init__(self, *names: str) -> None:
        self.names = names


def test_regroup_reads_the_suffix_as_generations_does():
    for name in ("Don Vale Jr.", "Don Vale", "Don Jr. Vale", "Ina Roe III"):
        assert _generation(_Named(name)) == bool(generation(name))


def test_subject_gap_words_hold_both_old_lists():
    assert {"has", "had", "have", "first", "just", "even", "again", "is", "since"} <= SUBJECT_VERB_GAP_WORDS


def test_own_use_and_subject_read_one_list():
    from importlib import import_module
    for module in ("onrecord.extract.own_use", "onrecord.extract.subject"):
        assert import_module(module).SUBJECT_VERB_GAP_WORDS is SUBJECT_VERB_GAP_WORDS
