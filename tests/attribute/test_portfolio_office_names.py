"""An office with its portfolio ("Labor Secretary", "Foreign Minister", "Home Secretary"),
alone or after a country's possessive ("Norway's Prime Minister"), is a description of an
unnamed holder, not a name: the gold leaves such quotations null with the office as the
description (fresh3: an update headline "Labor Secretary Says …"; fresh22: "… Prime Minister
told Reuters that"). name_shape's office rule (round 35) read only office words, qualifiers and
states, so a portfolio word or a possessive country kept the office as the speaker's name
(round 66, lane form69). A holder named with the office keeps the name, and a given name
opening the run ("Jim Justice") is a person's. Articles written for this test."""

from __future__ import annotations

import pytest

from onrecord.attribute.name_shape import names_no_one

CASES = [
    ("a portfolio office in a headline-case update line",
     "Jobs figures\n\nUpdate at noon. Trade Secretary Says Claims Of Rigged Numbers Are "
     "\u201cAbsurd.\u201d\n\nThe department published its report on Friday.",
     [None]),
    ("a country's possessive before the office",
     "Border talks\n\nIn March, Norway\u2019s Prime Minister told reporters that \u201cthe talks "
     "will resume within weeks.\u201d",
     [None]),
    ("a holder named after the office keeps the name",
     "Border talks\n\nIn March, Norway\u2019s Prime Minister Erna Lunde told reporters that "
     "\u201cthe talks will resume within weeks.\u201d",
     ["Erna Lunde"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_portfolio_office_speakers(case, article, expected, speech_of):
    qs = speech_of(article, case)
    assert [q.speaker for q in qs] == expected, [q.attribution_evidence for q in qs]


@pytest.mark.parametrize("name,no_one", [
    ("Labor Secretary", True),
    ("Foreign Minister", True),
    ("Britain\u2019s Home Secretary", True),
    ("Jim Justice", False),
    ("Robin Cook", False),
    ("Norway\u2019s Erna Lunde", False),
])
def test_portfolio_office_phrase(name, no_one):
    assert bool(names_no_one(name)) is no_one
