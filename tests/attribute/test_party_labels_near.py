"""Near misses of round 40's party23 rule (party_labels.labelled_holder), found by review32: a
"<state> Democratic <noun>" that is not a legislator ("the Ohio Democratic chairman", the state
party's officer) is no party-and-state epithet, so the one legislator the article labels D-Ohio
does not take his words. The rule read only the capitalised words and let any lower-case word
after the party word through. A legislator's noun after it ("the Ohio Democratic congresswoman")
still is one. Our own words."""

from __future__ import annotations

import pytest

from onrecord.attribute.party_labels import epithet_party_state


@pytest.mark.parametrize("epithet,want", [
    ("the Ohio Democratic chairman", None),
    ("the Texas Republican delegation", None),
    ("the Iowa Democratic caucus", None),
    ("the Ohio Democratic congresswoman", ("ohio", "democrat")),
    ("the Texas Republican senator", ("texas", "republican")),
    ("the veteran Georgia Republican", ("georgia", "republican")),
])
def test_a_noun_after_the_party_word_must_be_a_legislators(epithet, want):
    assert epithet_party_state(epithet) == want


def test_the_state_partys_chairman_is_not_the_labelled_legislator(speech_of):
    article = ("Primary fight\n\nRep. Nora Vance (D-Ohio) won her primary on Tuesday. Sen. Glen "
               "Ashby (R-Ohio) called to congratulate her.\n\n\u201cIt was a long night for all of "
               "us,\u201d the Ohio Democratic chairman said of the count.")
    [q] = speech_of(article, "chairman")
    assert q.speaker != "Nora Vance", q.attribution_evidence
    assert not any("labelled so" in e for e in q.attribution_evidence)
