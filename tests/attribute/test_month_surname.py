"""A surname that is also a month ("Prime Minister Vera May … “…,” May said."): in the credit
right next to the words a month cannot speak, so it is the person's surname (issue 11, round 19,
lane nulls: the fresh3 tuning split left one of a guitarist's quotations null and gave another
to a band; a month after "said" or before a reporting verb was refused as a name). A month
elsewhere stays a date. Our own words."""

from __future__ import annotations


def test_month_surname_before_the_verb(speech_of):
    art = ("Budget vote\n\nPrime Minister Vera May spoke to MPs on Monday. The vote was put off "
           "until spring. \u201cWe will bring the budget back,\u201d May said. Opposition leader "
           "Tom Hale attacked the plan. \u201cThe country deserves a vote now,\u201d May told "
           "the chamber later.\n")
    assert [q.speaker for q in speech_of(art)] == ["Vera May", "Vera May"]


def test_month_surname_after_the_verb(speech_of):
    art = ("Tour news\n\nGuitarist Ray May plans a new tour. The band last played in Leeds. "
           "\"We have missed the road,\" said May.\n")
    assert [q.speaker for q in speech_of(art)] == ["Ray May"]


def test_month_surname_opening_the_sentence_before_a_colon(speech_of):
    art = ("Budget vote\n\nPrime Minister Vera May spoke to MPs on Monday. Opposition leader Tom "
           "Hale attacked the plan. May added: \u201cWe will bring the budget back.\u201d\n")
    assert [q.speaker for q in speech_of(art)] == ["Vera May"]


def test_a_month_that_is_a_date_names_nobody(speech_of):
    art = ("Budget vote\n\nOpposition leader Tom Hale attacked the plan on Monday. In May the "
           "budget comes back. \u201cWe will be ready,\u201d Hale said.\n")
    assert [q.speaker for q in speech_of(art)] == ["Tom Hale"]
