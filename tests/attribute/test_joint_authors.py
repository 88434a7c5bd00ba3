""""The authors said" / "the researchers wrote" after the article named two people as a study's
authors ("Authors A of X and B of Y analysed …", "A and B, authors of the new paper, …") is both
of them, jointly (eval/real/README: joint authors are joint speakers). Issue 11, round 51, lane
orgdesc51: fresh17 and random AllSides text left these null (eval/real/audit/orgdesc51-sample.tsv).
Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("authors named before their names",
     "Ballot study\n\nA new study finds that the rules changed little. Authors Marta Lindqvist of "
     "the University of Oslo and Peter Hallam of Yale University studied ten years of results.\n\n"
     "\"These results hold across every state we looked at,\" the authors said.",
     ["Marta Lindqvist", "Peter Hallam"]),
    ("authors named in an apposition",
     "Facts and belief\n\n\"Our work looks at how people avoid facts,\" Ruth Okafor and Daniel Brenner, "
     "authors of the new paper, wrote in a magazine. The team ran three experiments with students.\n\n"
     "\"In short, we saw people deny that facts matter at all,\" the researchers wrote.",
     ["Ruth Okafor", "Daniel Brenner"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_authors_are_the_two_named(speech_of, article, expected):
    assert [q.speakers for q in speech_of(article)][-1:] == [expected]


GUARDS = [
    ("researchers never named",
     "Ballot study\n\nA new study finds that the rules changed little. Marta Lindqvist, a voter, "
     "and Peter Hallam, her neighbour, were not surprised.\n\n\"These results hold across every state "
     "we looked at,\" the researchers said.",
     []),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in GUARDS], ids=[c[0] for c in GUARDS])
def test_unnamed_researchers_stay_unnamed(speech_of, article, expected):
    assert [q.speakers for q in speech_of(article)][-1:] == [expected]
