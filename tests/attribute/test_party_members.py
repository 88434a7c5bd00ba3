"""A definite party member ("the Ohio Republican said") was matched to an organisation that
shares the party word ("Republican Study Committee") instead of the person in focus (issue 11,
lane wrong, the real-news tuning split fresh4). Our own words."""

from __future__ import annotations


def test_party_member_is_no_body_sharing_the_word(speech_of):
    art = ("Budget talks\n\nMr. Harlan Dwyer told reporters the offer from the Republican "
           "Budget Caucus was a start.\n\n\u201cThat could never pass the House,\u201d the "
           "Vermont Republican said.\n")
    assert [q.speaker for q in speech_of(art)] == ["Harlan Dwyer"]
