"""Speakers the article names without a reporting verb, or under a description it resolves
(issue 11, round 11, nulls): cases written for this test, shaped like constructs the real-news
tuning split left null. An unnamed speaker stays null."""

from __future__ import annotations

import pytest


CASES = [
    ("someone's bill quoted without a reporting verb is theirs",
     "Snack rules\n\nCongressman Dale Orrick has filed a measure on school vending machines. "
     "He wants to stop the grants.\n\n"
     "His bill seeks to end funding for any \u201cpublic campaign against a lawful snack food.\u201d",
     ["Dale Orrick"]),
    ("a named owner's plan quoted without a reporting verb is the owner's",
     "Ports\n\nMinister Ilse Varga spoke in Rotterdam on Monday.\n\n"
     "Varga's plan would give harbours a \u201cclear and binding duty of care\u201d to crews.",
     ["Ilse Varga"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_named_owner(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


BODY_CASES = [
    ("a kind of body is the one its sentence opened on",
     "Post hidden\n\nPinpost removed a photo from Mayor Lund early Sunday that the photo-sharing "
     "site said went against its rules on \u201cgraphic harm,\u201d then restored it.",
     ["Pinpost"]),
]


@pytest.mark.parametrize("case,article,expected", BODY_CASES, ids=[c[0] for c in BODY_CASES])
def test_described_body(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
