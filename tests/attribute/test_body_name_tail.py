"""A body's name closed by subject words after a lower-case connector is one speaker (round 72,
lane names82, attribute/body_tail.py; guideline S8): the name run stopped at the connector, so
"the Institute on Housing and Urban Renewal said" gave "Institute on Housing", and "Cyclists
for Safer Streets said" gave "Cyclists". Those who act for someone, a party's members and a
rarer word after "and" (a second name) stay apart. Our own words."""

from __future__ import annotations

import pytest

from onrecord.attribute.layout import build_layout
from onrecord.attribute.mentions import find_mentions

SPEAKERS = [
    ("'and' closing an 'on' body's subjects",
     "Rents\n\nRents rose again in May. \u201cA family on the median wage cannot pay these "
     "rents,\u201d the Institute on Housing and Urban Renewal said in a report.",
     "Institute on Housing and Urban Renewal"),
    ("'and' closing a 'for' body's subjects with one word",
     "Fish\n\nThe catch fell by half. \u201cThe stocks will not recover this decade,\u201d the "
     "Centre for Ocean Health and Conservation said.",
     "Centre for Ocean Health and Conservation"),
    ("an advocacy body named for a cause after a plural of people",
     "Streets\n\nThe council cut the lighting budget. \u201cDark streets are not safe "
     "streets,\u201d Cyclists for Safer Streets said on Monday.",
     "Cyclists for Safer Streets"),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in SPEAKERS], ids=[c[0] for c in SPEAKERS])
def test_body_name_closed_after_connector(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == [expected]


ONE_NAME = [
    # "Justice" is a title word, which made the whole run a role and dropped it as no name
    ("the cause ends on a word that is also a title",
     "Then Riverside Teachers for Racial Justice issued a statement.",
     ["Riverside Teachers for Racial Justice"]),
    ("a body named in the middle of a sentence after a description",
     "It was signed by the liberal Council on Housing and Urban Renewal.",
     ["Council on Housing and Urban Renewal"]),
]
APART = [
    ("people who act for a client", "Lawyers for Morton said so.", ["Lawyers", "Morton"]),
    ("a party's members", "Democrats for Halloween said so.", ["Democrats", "Halloween"]),
    ("a rarer word after 'and' is a second name", "The Council on Trade and Brookings said so.",
     ["Council on Trade", "Brookings"]),
    ("an 'of' list stays two", "The Department of Trade and Border Security said so.",
     ["Department of Trade", "Border Security"]),
]


@pytest.mark.parametrize("sentence,names", [c[1:] for c in ONE_NAME + APART], ids=[c[0] for c in ONE_NAME + APART])
def test_names_around_a_connector(sentence, names):
    found = [m.name for m in find_mentions(build_layout("Notes\n\n" + sentence, []))]
    assert [n for n in found if n != "Notes"] == names  # the headline is a mention too
