"""The last-resort lone-surname pass gave every he/she of an article to a capitalised word
written only before a noun ("a $2bn Omnibus spending bill", "Scare stories", "a Conservative
spokeswoman"), since nobody else in reach was a person (issue 11, lane wrong, the real-news
tuning splits fresh2, fresh3, fresh4). Our own words."""

from __future__ import annotations


def test_noun_modifier_is_no_lone_surname(speech_of):
    art = ("Phone dating\n\nWhy text a stranger? Panic stories have put many users off the "
           "services.\n\n\u201cPeople want to chat first and meet later,\u201d he said.\n")
    assert [q.speaker for q in speech_of(art)] == [None]


def test_lone_surname_still_takes_he(speech_of):
    art = ("Wages\n\nThe new review quotes Okonkwo at length. \u201cWages did not fall for most "
           "workers,\u201d he writes.\n")
    assert [q.speaker for q in speech_of(art)] == ["Okonkwo"]
