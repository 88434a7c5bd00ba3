"""A definite description of a body's kind ("the paper", "the organisation", "the station")
refers back to the nearest body the article vouched for as one (attribute/kind_backref.py,
issue #11 round 13): introduced with a head of the same class, named as having a
spokesperson, or an organisation opening its sentence. Anything else stays null. Cases written
for this test, shaped like constructs left null on the fresh tuning set."""

from __future__ import annotations

import pytest

CASES = [
    ("a newspaper introduced by its kind",
     "Press\n\nThe Portuguese daily Gazeta Norte blames the referee for the result. \u201cHe lost "
     "control of the match early,\u201d the paper says.",
     ["Gazeta Norte"]),
    ("an advocacy group, then the organisation",
     "Rules\n\nCivil liberties group Open Harbor said the new rules were a start. \u201cThey still "
     "allow searches without cause,\u201d the organization said.",
     ["Open Harbor"]),
    ("a body with a spokesman, then the organisation",
     "Jailed\n\nA spokesman for Press Freedom Fund called the sentence harsh. \u201cThey want to "
     "silence every blogger,\u201d the organisation said in a statement.",
     ["Press Freedom Fund"]),
    ("an organisation opening the sentence before, then the station",
     "Late show\n\nHarbor Radio said it would keep the late show going with new hosts. The two DJs were "
     "picked for their \u201cdeep knowledge of music\u201d, the station said.",
     ["Harbor Radio"]),
    ("nothing vouched for as a paper: left null",
     "Press\n\nCoach Ivo Lenz spoke to reporters after the game. \u201cThe referee lost control,\u201d "
     "the paper says.",
     [None]),
    ("an acronym opening the sentence before, then the agency (round 24)",
     "Outage\n\nCSB has confirmed an inquiry into the outage. \u201cWe are "
     "working with our partners to find the cause,\u201d explained the agency, in a statement.",
     ["CSB"]),
    ("an acronym's statement naming the acronym is still the agency's",
     "Outage\n\nThe CSB has confirmed its inquiry into the outage. \u201cThe CSB is working with "
     "its partners to find the cause,\u201d explained the agency, in a statement.",
     ["CSB"]),
    ("an acronym in apposition to the agency",
     "Outage\n\nCSB, the coastal safety agency, notes that outages are rare. \u201cWe are working "
     "with our partners to find the cause,\u201d according to the agency.",
     ["CSB"]),
    ("a name before a comma that opens the clause is not the agency",
     "Outage\n\nUnder Mayor Vell, the agency noted that outages were rare and \u201cquickly "
     "repaired by our crews\u201d in most cases.",
     [None]),
    ("a longer name opening the sentence before is not the agency (Congress, a company)",
     "Outage\n\nParliament has confirmed an inquiry into the outage. \u201cWe are "
     "working with our partners to find the cause,\u201d explained the agency, in a statement.",
     [None]),
    ("a name modifying the group that opens the sentence is not the agency",
     "Outage\n\nThe agency and the board disagree. Administration officials said the outage "
     "was brief. \u201cWe are working with our partners to find the cause,\u201d explained the agency, "
     "in a statement.",
     [None]),
    ("an acronym after 'The' opening the sentence before, then the agency",
     "Outage\n\nThe CSB has confirmed its inquiry into the outage. \u201cWe are working with our "
     "partners to find the cause,\u201d explained the agency, in a statement.",
     ["CSB"]),
    ("a person opening the sentence before is not the agency",
     "Outage\n\nMaria Vell has confirmed the inquiry into the outage. \u201cWe are working with our "
     "partners to find the cause,\u201d explained the agency, in a statement.",
     [None]),
    ("a group of another kind is not the paper",
     "Press\n\nCivil liberties group Open Harbor said the rules were a start. \u201cThey still allow "
     "searches,\u201d the paper says.",
     [None]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_kind_backref(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
