"""A definite office that opens a clause after a fronted phrase ending in a name ("Taking to
Twitter, the president said …", "After his budget speech, the governor told …") is the subject
of a new clause, not an apposition of that name: read as the name's role, "the president"
matched the platform or the speech and the quotation went to it or to no one (round 59, lane
office60: tuning fresh18, corpus scan). The office goes to the person the article titles with
it. Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a platform before the office",
     "Vote fails\n\nThe defeat is a blow to President Alma Reyes. Taking to Twitter, the president "
     "said the council had let the city down.\n\n\u201cThey let the people down again,\u201d the "
     "president tweeted.", "They let the people down again", "Alma Reyes"),
    ("a speech before the office",
     "Child care\n\nGovernor Tobias Hale spoke in Dayton on Tuesday. After his State of the State, "
     "the governor said that child care \u201cis a matter for every family in Ohio\u201d and "
     "promised more money.", "is a matter for every family in Ohio", "Tobias Hale"),
    ("a place before the office",
     "Trip\n\nPresident Marta Oduya left for Lagos on Sunday. Before flying to Lagos, the president "
     "told reporters the talks would be \u201chard but worth it\u201d and left.",
     "hard but worth it", "Marta Oduya"),
]


@pytest.mark.parametrize("case,article,words,speaker", CASES, ids=[c[0] for c in CASES])
def test_office_after_a_fronted_name_is_its_titled_holder(case, article, words, speaker, quote_of):
    assert quote_of(article, words, case).speaker == speaker


def test_a_true_apposition_with_a_relative_clause_stays_a_role(quote_of):
    # "X, the senator who said …" keeps its role: the reporting verb is inside a relative clause
    article = ("Hearing\n\nSenators met on Monday. Dana Whitlow, the senator who said last week "
               "that the bill was dead, spoke first.\n\n\u201cWe start again,\u201d the senator "
               "said.")
    assert quote_of(article, "We start again").speaker == "Dana Whitlow"
