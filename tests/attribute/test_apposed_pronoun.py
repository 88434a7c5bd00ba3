"""A sentence opening on a description of its subject, then he/she ("Also a lifelong
independent, he stood … holding a Graham sign"), has the pronoun's referent as its subject, so
the next "“…,” he said" is that voter's, not the candidate named on the sign (issue 11, round
17, lane pronoun3, the real-news tuning split). A parenthetical "X, he said, …" is no such
opening. Our own words."""

from __future__ import annotations


def test_apposed_pronoun_is_the_subject(speech_of):
    art = ("Polls\n\nGov. Ellis Graham did well among independents.\n\nHarlan Voss, 41, was keener "
           "still. Also a lifelong independent, he waited outside the school holding a Graham "
           "banner.\n\n\u201cI have never queued to vote before,\u201d he said.\n")
    assert [q.speaker for q in speech_of(art)] == ["Harlan Voss"]


def test_reporting_clause_before_the_comma_is_no_description(speech_of):
    art = ("Budget\n\nGov. Ellis Graham will speak tonight. If Graham were serious about the budget, "
           "Speaker Harlan Voss said, he would not be giving a speech.\n\n\u201cThis is all a "
           "setup,\u201d he added.\n")
    assert [q.speaker for q in speech_of(art)] == ["Harlan Voss"]
