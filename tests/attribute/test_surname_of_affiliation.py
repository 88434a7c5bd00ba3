"""A surname credited with its employer or home after "of"/"from" ("said Pellard of the city's
emergency agency", "said Rep. Tom King of New York"): the person before "of" speaks, not the
place or body after it. The credit ran on through "of the" to the capitals after it, or the
whole run was matched word by word until only the place was left (round 66, lane who70:
real-news fresh24, fresh23 and fresh4). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a lone surname of the district's agency",
     "Snow on the way\n\nMara Pellard runs the emergency office of the District of Columbia.\n\n"
     "\u201cPeople need to stay home,\u201d said Pellard of the District of Columbia's emergency "
     "agency.",
     ["Mara Pellard"]),
    ("a lone surname of a state department",
     "Snow on the way\n\nGus Norvell has run the road crews for a decade.\n\n"
     "\u201cStay off the roads tonight,\u201d said Norvell of the Ohio Department of Transportation.",
     ["Gus Norvell"]),
    ("a congressman whose surname is a title word, of his state",
     "Shooting at the ballfield\n\nNew York lawmakers reacted on Wednesday.\n\n"
     "\u201cI don't blame the other side,\u201d said Republican Rep. Tom King of New York to "
     "Fox News.",
     ["Tom King"]),
    # a body's own "of" stays the body's name
    ("a bank named with its own of",
     "Rates\n\nMara Pellard spoke for the lenders.\n\n"
     "\u201cRates will rise,\u201d said the Bank of England.",
     ["Bank of England"]),
    ("a person named after a body with its own of",
     "Prices\n\nJoel Park studies prices.\n\n"
     "\u201cPrices are high,\u201d said University of Michigan economist Joel Park.",
     ["Joel Park"]),
    ("a person from a union, before the verb",
     "Visa costs\n\nNia Bramford has led the union since 2001.\n\n"
     "Nia Bramford from the Players' Union said British bands are \u201cdisadvantaged\u201d abroad.",
     ["Nia Bramford"]),
    # the preposition of the sentence before is no credit of this one
    ("a name after the full stop that ends a from-phrase",
     "Band back on the road\n\nGuitarist Bo Lane will tour with drummer Ned Hale from April. "
     "Lane said: \u201cWe are rising again.\u201d",
     ["Bo Lane"]),
    ("an office before of is no surname",
     "Budget\n\nAna Ruiz met the unions on Monday.\n\n"
     "\u201cThe numbers add up,\u201d said Secretary of State Ana Ruiz.",
     ["Ana Ruiz"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_surname_of_affiliation(case, article, expected, speech_of):
    got = [q.speaker for q in speech_of(article, case)]
    assert got == expected
