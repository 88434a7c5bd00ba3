"""A day or month read as the speaker: "Thursday's filing argues that …", "the Walk for Rivers,
says a columnist, …", "a memo sent Saturday saying …" (issue 11, round 77, lane noun77: on
unseen AllSides articles a weekday owning a document, or left as the subject of a reporting
verb, became the speaker "Friday" or "Tuesday"). A day cannot say anything: the quotation is
left null rather than given to a date. A month that is a surname ("“…,” May said") keeps its
reading (test_month_surname.py). Our own words."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("art, words", [
    # a weekday owning a document: the document's author is not named
    ("Court fight\n\nThe county sued the paper in spring. Thursday\u2019s filing argues that the "
     "suit is \u201ca plain attack on reporting\u201d and should be dismissed.\n",
     "a plain attack on reporting"),
    # a possessive month owning an event
    ("Pay gap\n\nThe campaign has grown for years. After October's Harvest Address there has "
     "been \u201ca steady stream of new members\u201d in the group.\n",
     "a steady stream of new members"),
    # a month opening an event's name, taken as the subject of the verb
    ("Rally\n\nThousands gathered downtown. The March for Rivers, says the local paper, "
     "\u201cfilled every street near the docks.\u201d\n",
     "filled every street near the docks"),
    # a weekday before the reporting word
    ("Budget\n\nThe council met again. The clerks sent a note Saturday to members saying "
     "\u201cthe vote must wait\u201d until June.\n",
     "the vote must wait"),
])
def test_a_date_is_never_the_speaker(quote_of, art, words):
    assert quote_of(art, words).speaker not in {"Thursday", "October", "March", "Saturday"}


def test_a_weekday_that_is_a_surname_keeps_its_person(quote_of):
    art = ("Revival\n\nThe preacher Amos Friday drew crowds across the plains. Friday fumed that if "
           "the towns gave in, \u201cthe old ways of the frontier will be lost for good.\u201d\n")
    assert quote_of(art, "the old ways of the frontier will be lost for good").speaker == "Amos Friday"
