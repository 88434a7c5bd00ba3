"""A definite party member ("the Ohio Republican said") was matched to an organisation that
shares the party word ("Republican Study Committee") instead of the person in focus (issue 11,
lane wrong, the real-news tuning split fresh4). Our own words."""

from __future__ import annotations


def test_party_member_is_no_body_sharing_the_word(speech_of):
    art = ("Budget talks\n\nMr. Harlan Dwyer told reporters the offer from the Republican "
           "Budget Caucus was a start.\n\n\u201cThat could never pass the House,\u201d the "
           "Vermont Republican said.\n")
    assert [q.speaker for q in speech_of(art)] == ["Harlan Dwyer"]


def test_a_side_word_takes_no_pronoun(speech_of):
    # fourteenth session, output audit: "the progressive Left" was the nearest capitalised word
    # before every "he said" of a candidate's launch speech; the last guard (name_shape.py)
    # then left all twelve null. A word naming no one is no antecedent either.
    art = ("Senator joins the race\n\nSen. Dora Keller (D-VT) has no chance of winning, the "
           "experts say.\n\nOn Thursday she announced a run, promising to fight for the causes "
           "of the progressive Left.\n\n\u201cThis country faces serious crises,\u201d she said.\n")
    assert [q.speaker for q in speech_of(art)] == ["Dora Keller"]
