"""A speech quotation left null though its own sentence reads "X, <aside>, <verb of saying> …
“…”" (attribute/aside_credit.py; round 81, lane null93, on draw I): X's words, unless X is
the object of a preposition ("a spokesman for Sen. X", "the parents of X"). Articles written
for the test."""

from __future__ import annotations

import pytest

CASES = [
    ("an opening phrase glued to the name, a participle aside",
     "Schools\n\nDr. Ivo Kell said the risk was low. Sen. Teo Varga spoke to a radio host. "
     "\u201cChildren rarely fall ill,\u201d Kell said.\n\nIn the interview Varga, addressing "
     "whether schools should reopen, said \u201cthe most important thing is safety.\u201d\n\nOthers agreed.",
     "the most important thing is safety", "Teo Varga"),
    ("a long capitalised office before the name",
     "Captive\n\n\u201cWe have not questioned him,\u201d the president said.\n\nChairman of the "
     "Joint Chiefs of Staff Gen. Teo Varga, writing on Facebook early Tuesday, said that any "
     "doubts about Sgt. Ivo Kell\u2019s conduct \u201care separate from our duty to bring him home.\u201d\n\nMore later.",
     "are separate from our duty to bring him home", "Teo Varga"),
    ("an aside holding an interview, then said that",
     "Visit\n\nPresident Teo Varga met the delegation on Tuesday night. \u201cWe welcome them,\u201d "
     "an aide said. The interviews came as Varga, in an interview with a radio station, said "
     "that he has \u201cno doubt\u201d that Ivo Kell would make a strong leader.\n\nMore.",
     "no doubt", "Teo Varga"),
    ("the name is the object of a role's preposition",
     "Plan\n\nThe plan drew fire. A spokesman for Sen. Ana Lind, a Vermont Democrat, said the "
     "plan was \u201ca cruel joke.\u201d\n\nMore.",
     "a cruel joke", None),
    ("the name is the object of a relative's preposition",
     "Loss\n\nThe video was shown on Tuesday. The parents of Teo Varga, the reporter who was "
     "killed, called their son a hero who \u201cdid not deserve this.\u201d\n\nMore.",
     "did not deserve this", None),
    ("the name is the object of a preposition before 'the late', the verb a passive",
     "Op-ed\n\nThe column drew notice. The piece compared the mayor unfavourably to the late "
     "Sen. Teo Varga, R-Ohio, described as a \u201cbeacon for decency in public life.\u201d\n\nMore.",
     "beacon for decency in public life", None),
    ("a capitalised name, then 'to' and the name: an object, not an office",
     "Op-ed\n\nThe column drew notice. The piece compared Ivo Kell to Sen. Teo Varga, R-Ohio, "
     "called him a \u201cbeacon for decency in public life.\u201d\n\nMore.",
     "beacon for decency in public life", None),
]


@pytest.mark.parametrize("case,article,words,expected", CASES, ids=[c[0] for c in CASES])
def test_aside_credit(case, article, words, expected, quote_of):
    assert quote_of(article, words, case).speaker == expected


OBJECT_BEFORE = [
    ("an office with 'to' opens the name", "US Ambassador to Ruritania", False),
    ("an office with 'of the' opens the name", "Chairman of the Joint Chiefs of Staff Gen.", False),
    ("a role word before the name", "lead researcher", False),
    ("'to' after a capitalised name, not an office", "The piece compared Ivo Kell to Sen.", True),
    ("a role's preposition", "A spokesman for Sen.", True),
    ("a preposition before 'the late'", "compared him to the late Sen.", True),
]


@pytest.mark.parametrize("case,before,expected", OBJECT_BEFORE, ids=[c[0] for c in OBJECT_BEFORE])
def test_aside_credit_object_before(case, before, expected):
    from onrecord.attribute.aside_credit import _object_before

    assert _object_before(before) is expected
