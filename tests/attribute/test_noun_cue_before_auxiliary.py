"""A reporting word used as a noun right before an auxiliary: "The Ohio rail is “…”" ("rail" as
in "rail against"), "The court's ruling will address “…”" (issue 11, round 77, lane noun77: on
unseen AllSides articles the string rule took "California" and "Supreme Court" as speakers of
such sentences). A verb of saying is not followed by "is"/"will"/"has"; the parse decides
instead. The pseudo-cleft "what X says is “…”" keeps X. Our own words."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("art, words, wrong", [
    ("Trains\n\nThe state budget is tight this year. The Ohio rail is \u201ca waste of money "
     "that will never carry enough riders to pay for itself\u201d and should stop.\n",
     "a waste of money that will never carry enough riders to pay for itself", "Ohio"),
    ("Ruling due\n\nThe Harbor Board has been sued by fishers. The board\u2019s ruling will "
     "address \u201cfair access to the docks\u201d for small boats.\n",
     "fair access to the docks", "Harbor Board"),
])
def test_a_noun_before_an_auxiliary_is_not_the_verb(quote_of, art, words, wrong):
    assert quote_of(art, words).speaker != wrong


def test_what_someone_says_is_keeps_the_speaker(quote_of):
    art = ("Budget\n\nMayor Lena Ortiz spoke on Monday. What Ortiz says is \u201cthe town cannot "
           "pay for it\u201d without help.\n")
    assert quote_of(art, "the town cannot pay for it").speaker == "Lena Ortiz"
