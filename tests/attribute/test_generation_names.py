"""Two names that differ only by a generational suffix ("Arlen Voss" and "Arlen Voss Jr") are a
father and a son, not one person (round 32, lane wrong13: on a random corpus sample every
quotation of a president went to his son, whose "Jr" form was the cluster's longest name; 20
quotations in 4 of 974 articles). A sentence-opening verb in -ing before a name is no part of
it ("Considering Voss's remarks, …" made the speaker "Considering Voss" for 17 quotations of
one article). Our own words."""

from __future__ import annotations

import pytest

_FATHER = ("Port row\n\nHarbour Mayor Arlen Voss attacked the inquiry on Monday, calling it "
           "\u201ca circus\u201d.\n\n")

CASES = [
    ("a son named once in passing does not take his father's words",
     _FATHER + "His son, Arlen Voss Jr, met the inspectors last year.\n\n"
     "\u201cThey are shouting at honest people,\u201d Mr Voss wrote.",
     ["Arlen Voss", "Arlen Voss"]),
    ("the son written with a full stop after the suffix",
     _FATHER + "Arlen Voss Jr. sat on the board for two years.\n\n"
     "\u201cThey are shouting at honest people,\u201d Voss said.",
     ["Arlen Voss", "Arlen Voss"]),
    ("the son's own words, named with his suffix, stay his",
     _FATHER + "Arlen Voss Jr. sat on the board for two years.\n\n"
     "\u201cMy father is right,\u201d Voss Jr. said.",
     ["Arlen Voss", "Arlen Voss Jr"]),
    ("the son named in full with his suffix speaks",
     _FATHER + "\u201cMy father is right,\u201d Arlen Voss Jr. said on Tuesday.",
     ["Arlen Voss", "Arlen Voss Jr"]),
    ("the son named with his suffix before his titled father keeps the surname",
     "Port row\n\nIn his new book, Arlen Voss Jr. writes about the harbour. His father, Harbour "
     "Mayor Arlen Voss, is in it.\n\n\u201cThe sea pays for everything,\u201d Voss writes.",
     ["Arlen Voss Jr"]),
    ("an untitled plain name may be the son's: the two stay one",
     "Port row\n\nThe family of Arlen Voss, who drowned last year, sued the port. The claim was "
     "filed by Arlen Voss Sr. on Monday.\n\n\u201cNobody has answered us,\u201d Voss said.",
     ["Arlen Voss Sr"]),
    ("a suffixed name alone in the article keeps its surname",
     "Port row\n\nHarbour Mayor Arlen Voss Jr attacked the inquiry on Monday.\n\n"
     "\u201cThey are shouting at honest people,\u201d Mr Voss wrote.",
     ["Arlen Voss Jr"]),
    ("an -ing verb opening the sentence is no part of the name",
     "Port row\n\nMayor Voss called the inquiry \u201ca circus\u201d on Monday.\n\n"
     "Considering Voss\u2019s record, the council was not surprised. "
     "\u201cWe expected nothing else,\u201d Voss said.",
     ["Voss", "Voss"]),
    ("an -ing word before a title is part of the role",
     "Port row\n\nRetiring Sen. Arlen Voss said the plan was \u201ca circus\u201d.",
     ["Arlen Voss"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_generation_names(case, article, expected, speech_of):
    got = [q.speaker for q in speech_of(article, case)]
    assert [s.rstrip(".") if s else s for s in got] == expected
