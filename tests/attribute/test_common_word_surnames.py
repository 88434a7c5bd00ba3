"""A name cut at a word the stop list holds for a common word (round 83, lane forms99: draw N):
a month surname after a glued role word and a given name ("Media caption PM Vera May: “…”" gave
"PM Vera"), a possessive month surname ("Vera May's budget" gave "Vera"), and the Korean surname
"Oh" read as the interjection ("said Vera Oh, a professor" gave "Vera"). Our own words."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("label", ["PM Vera May", "PM Vera June"])
def test_month_surname_after_pm_and_a_given_name(speech_of, label):
    art = (f"Budget vote\n\nMedia caption {label}: \u201cThis chamber risks no budget at all\u201d\n\n"
           "MPs vote on the budget tonight. Opposition leader Tom Hale attacked the plan.\n")
    surname = label.split()[-1]
    assert [q.speaker for q in speech_of(art)] == [f"Vera {surname}"]


def test_a_month_after_pm_and_a_given_name_before_a_day_stays_a_date(speech_of):
    art = ("Budget vote\n\nOpposition leader Tom Hale met PM Vera May 5 at the palace. "
           "\u201cWe will be ready,\u201d Hale said.\n")
    assert [q.speaker for q in speech_of(art)] == ["Tom Hale"]


def test_a_possessive_month_surname_after_a_given_name(speech_of):
    art = ("Budget vote\n\nMPs vote on Vera May's budget tonight. \u201cWe will be ready,\u201d "
           "she said.\n")
    assert [q.speaker for q in speech_of(art)] == ["Vera May"]


def test_a_surname_that_is_an_interjection_after_a_given_name(speech_of):
    art = ("Tax plan\n\nThe plan cuts rates for partnerships. \u201cThe richest gain the most,\u201d "
           "said Vera Oh, a tax law professor at a state university.\n")
    assert [q.speaker for q in speech_of(art)] == ["Vera Oh"]
