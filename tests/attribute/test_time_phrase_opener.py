"""A short time phrase and a comma before the speaker's name is no description of the speaker
("The next day, Harbour Board spokesman Carl Banner noted …"): phrase.mention_phrase kept it
as a description part ahead of the name, and the resolver gave the words to the body after
the comma, whose role the phrase had been stored as (round 81, lane wrong93; two on 3,000
unseen articles). Phrases written for the test."""

from __future__ import annotations

import pytest

from onrecord.attribute.layout import tokenize
from onrecord.attribute.phrase import mention_phrase

DROPPED = [
    ("The next day, Harbour Board spokesman Carl Banner", "Carl Banner"),
    ("A few moments later, Channel Nine reporter Carl Banner", "Carl Banner"),
    ("Hours earlier, Dora Pennant", "Dora Pennant"),
]

# kept: a description before the comma that is no time phrase, and a one-word opener (the
# older rule for "Overnight, X")
KEPT = [
    ("The harbour master, Carl Banner", ["desc", "name"]),
    ("The next mayor, Carl Banner", ["desc", "name"]),
]


@pytest.mark.parametrize("words, name", DROPPED)
def test_time_phrase_before_the_name_is_dropped(words, name):
    parts = mention_phrase(tokenize(words))
    assert [p.text for p in parts] == [name]


@pytest.mark.parametrize("words, kinds", KEPT)
def test_other_descriptions_are_kept(words, kinds):
    assert [p.kind for p in mention_phrase(tokenize(words))] == kinds
