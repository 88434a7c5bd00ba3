""""“…,” explains Ingrid Salo of the group's Dutch partner Kartwerk", "“…,” wrote Ingrid Salo
for the Harbor Ledger", "“…,” said Skyway director of network planning, Ruth Amory" (issue
11, round 34, lane wrong15): a credit after the words names a person and then the body they
work or write for; the body took the words (and the sentences continuing them). The person is
the speaker. Guards: a body's own "of"/"for" ("Bank of England", "Center for …"), a title
before "of" ("Secretary of State …"). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a person, then 'of' and a described partner body",
     "Maps\n\nThe river rose overnight. \u201cA chart is a tool you mark up,\u201d explains Ingrid "
     "Salo of the group's Dutch partner Kartwerk. \u201cYou write on it and fold it.\u201d",
     ["Ingrid Salo", "Ingrid Salo"]),
    ("a person, then 'of' and a body with a lower-case role before its name",
     "Maps\n\nThe river fell again. \u201cThe banks held this time,\u201d says Tomas Wren of "
     "relief mapping partner Geodata.",
     ["Tomas Wren"]),
    ("a writer 'for' a newspaper",
     "Maps\n\nThe river rose overnight. \u201cA chart is a tool you mark up,\u201d wrote Ingrid "
     "Salo for the Harbor Ledger.",
     ["Ingrid Salo"]),
    ("a writer 'for' a magazine without 'the'",
     "Rallies\n\nThe crowds were smaller. \u201cThe candidate has lost the suburbs,\u201d writes "
     "Martin Okafor for Lantern Weekly.",
     ["Martin Okafor"]),
    ("a body, a role with its 'of' phrase, a comma, the person",
     "Flights\n\nThe airline will end the route. \u201cThe decision was hard to make,\u201d said "
     "Skyway director of network planning, Ruth Amory. \u201cThe flights lose money.\u201d",
     ["Ruth Amory", "Ruth Amory"]),
    # guards: the older readings stay
    ("a body's own 'of' stays the body",
     "Rates\n\nRates held. \u201cInflation is falling,\u201d said the Bank of Westland.",
     ["Bank of Westland"]),
    ("a title before 'of' stays one person's title",
     "Talks\n\nThe talks resumed. \u201cWe are close,\u201d said Secretary of State Ruth Amory.",
     ["Ruth Amory"]),
    ("a person of a body named in capitals only (the older rule)",
     "Maps\n\nThe river fell. \u201cThe banks held,\u201d says Tomas Wren of the Centre for "
     "Flood Studies.",
     ["Tomas Wren"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_affiliation_credit(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
