"""Two people titled with one office ("President X" and "President Y" of another country):
"the president said" went to the one mentioned last, the object of an if-clause, and not to
the one the sentence before was about (round 59, lane office60: corpus scan; the lead's blind
audit had "the president said" given to the wrong holder three times in one article). Among
the office's holders the person in focus takes it. Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("the subject before, not the if-clause's object",
     "Talks\n\nPresident Lena Ortiz met aides on Monday. In March, Ortiz said the country would "
     "act if President Karl Vogt sent troops to the border. \u201cThat is our limit,\u201d the "
     "president said.", "That is our limit", "Lena Ortiz"),
    ("the subject before, not the object of 'met'",
     "Summit\n\nPresident Hana Ruml flew to Vienna. There Ruml met President Oskar Lind for two "
     "hours. \u201cWe found common ground,\u201d the president said afterwards.",
     "We found common ground", "Hana Ruml"),
]


@pytest.mark.parametrize("case,article,words,speaker", CASES, ids=[c[0] for c in CASES])
def test_the_office_goes_to_the_holder_in_focus(case, article, words, speaker, quote_of):
    assert quote_of(article, words, case).speaker == speaker


def test_the_one_holder_named_last_keeps_it_when_in_focus(quote_of):
    article = ("Visit\n\nPresident Lena Ortiz flew home. President Karl Vogt then spoke to the "
               "press. He praised the visit. \u201cIt went well,\u201d the president said.")
    assert quote_of(article, "It went well").speaker == "Karl Vogt"
