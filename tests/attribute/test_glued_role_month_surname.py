"""A month surname after a glued role word and a given name ("Media caption PM Vera May: “…”"):
the short office "PM" before the given name kept the month out of the name, and the speaker
became "PM Vera" (round 83, lane forms99: draw N, a caption label of a British story). A title
word before the given name already let the month in (test_month_surname.py). Our own words."""

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
