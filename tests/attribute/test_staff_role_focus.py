"""A definite staff or bystander role ("the spokesperson", "the inspector general", "the company
CEO", "the pollster") is the person in focus only when the article gave that person the role
(lexicon STAFF_ROLES_NOT_FOCUS): otherwise the holder is someone met in passing, unnamed, or
named only later (round 78, lane wrong88: a pastor took his police department's spokesperson, a
writer took a magazine's chief executive, a candidate took the pollster named two lines below).
Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a spokesperson is not the pastor in focus",
     "Church stays open\n\nPastor Tim Sellery held two services on Sunday despite the order. "
     "Asked about the next service, the spokesperson told reporters, \"Our hands are tied.\"",
     [None]),
    ("an inspector general is not the department's spokesman",
     "Hiring report\n\nLee Marshall, a department spokesman, declined to comment on Friday.\n\n"
     "Managers were \"hiring their own children,\" the inspector general said.",
     [None]),
    ("a company's chief executive is not the writer in focus",
     "Bad posts\n\nWriter Hugo Pennick apologised twice in August. The post was deleted, and the "
     "company CEO called it \"a senseless joke.\"",
     [None]),
    ("the pollster named after the words, not the president in focus",
     "Poll on the ban\n\nPresident Dale Ferris wants to ban the imports. \"It is the right thing,\" "
     "Mr. Ferris said on Monday. He spoke in Ohio. The pollster also said that \"the numbers moved "
     "fast.\"\n\n\"People are afraid,\" said Harlow Research pollster Dana Osgood.",
     ["Dale Ferris", "Dana Osgood", "Dana Osgood"]),
    ("kept: the focus was given the role",
     "Traffic stop\n\nOfficer Dan Ruizal stopped the car on Main Street. \"Step out,\" the officer said.",
     ["Dan Ruizal"]),
    ("kept: an office that is no staff role still looks back",
     "Budget\n\nMayor Nina Castell opened the meeting. \"We cut nothing,\" the mayor said.",
     ["Nina Castell"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_staff_role_focus(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
