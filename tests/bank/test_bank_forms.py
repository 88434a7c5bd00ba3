"""Canonical forms and the variant rule (bank.forms, bank.cluster): truncations, elisions and
light edits join their quotation's cluster; different quotations on one topic do not."""

from __future__ import annotations

import pytest

from onrecord.bank.cluster import attach, cluster_forms, roots
from onrecord.bank.forms import canonical, coverage, form_key, rank, shingles
from onrecord.thresholds.bank import BankOptions

OPT = BankOptions()
FULL = "We will open the harbour bridge to cyclists before the autumn storms arrive, and we will not charge a toll"


@pytest.mark.parametrize("a, b", [
    ("Win it, now!", "win it now"),
    ("\u201cWe\u2019re ready\u201d", "\"we're ready\""),
    ("THE  bridge\nopens", "the bridge opens"),
])
def test_canonical_folds_case_punctuation_and_spacing(a, b):
    assert canonical(a) == canonical(b)


@pytest.mark.parametrize("a, b", [
    ("prices rose 0.4 percent", "prices rose -0.4 percent"),
    ("we will raise taxes", "we will not raise taxes"),
])
def test_canonical_keeps_numbers_signs_and_negators_apart(a, b):
    assert canonical(a) != canonical(b)
    assert form_key(canonical(a)) != form_key(canonical(b))


def test_rank_puts_longer_forms_first_and_breaks_ties_by_text():
    forms = ["b c d", "a b c d e", "a c d"]
    assert sorted(forms, key=rank) == ["a b c d e", "a c d", "b c d"]


def test_short_forms_have_no_shingles():
    assert shingles("we will not stop", OPT) == []
    assert len(shingles(canonical(FULL), OPT)) > 10


VARIANTS = [
    ("truncation", "We will open the harbour bridge to cyclists before the autumn storms arrive"),
    ("elision", "We will open the harbour bridge to cyclists ... and we will not charge a toll"),
    ("word swap", "We will open the harbour bridge to cyclists before the winter storms arrive, and we will not charge a toll"),
    ("edited", "We'll open the harbour bridge to cyclists before the autumn storms arrive and we won't charge a toll"),
]
DIFFERENT = [
    ("same topic", "The harbour bridge will stay closed to cyclists until the engineers finish their survey"),
    ("shared stock phrase", "We will not charge a toll on the ferry, the ferry was paid for long ago by everyone"),
    ("reply", "Cyclists have waited six years for the harbour bridge and they will wait longer still"),
]


@pytest.mark.parametrize("name, text", VARIANTS)
def test_variants_join_the_full_quotation(name, text):
    clusters = cluster_forms([canonical(FULL), canonical(text)])
    assert clusters[canonical(text)] == canonical(FULL), name


@pytest.mark.parametrize("name, text", DIFFERENT)
def test_different_quotations_on_the_topic_stay_apart(name, text):
    clusters = cluster_forms([canonical(FULL), canonical(text)])
    assert clusters[canonical(text)] == canonical(text), (name, coverage(canonical(text), canonical(FULL), OPT))


def test_a_fragment_shared_by_two_quotations_does_not_merge_them():
    a = canonical("The port authority said the harbour bridge repairs will cost more than the city budgeted for this year")
    b = canonical("Residents told the council the harbour bridge repairs will cost more than the new school and the library together")
    frag = canonical("the harbour bridge repairs will cost more than")
    clusters = cluster_forms([a, b, frag])
    assert clusters[a] == a and clusters[b] == b
    assert clusters[frag] in (a, b)


def test_roots_follow_chains_to_the_longest_form():
    parent = {"c": ("b", 0.9), "b": ("a", 0.8), "d": ("c", 1.0)}
    assert roots(parent) == {"b": "a", "c": "a", "d": "a"}


def test_attach_gives_the_score_of_the_chosen_parent():
    short = canonical(VARIANTS[0][1])
    got = attach([canonical(FULL), short])
    assert got[short][0] == canonical(FULL) and got[short][1] == pytest.approx(1.0)
