""""Giant" and "publisher" describe a person as well as a body: a name that opens on a
given name keeps its person under them ("Lionel Marsh, a giant of the local music scene", "said
talk radio giant Lionel Marsh", "publisher Anna Brandt"), while
"technology giant Keller Dunmore" stays a body (tests/attribute/test_thing_names.py). Review of
round 35's entity16, nineteenth session: the lane's body words before a name, and its new
description head "giant", made such people bodies, and their own "he/she told" went unresolved
or to the paper; the allsides corpus writes "John Rawls, the liberal philosophical giant of …",
"talk radio giant Rush Limbaugh", "publisher Katharine Graham". Our own words."""

from __future__ import annotations

import pytest

LEAD = ("Festival opens\n\nThe city's summer festival opened on Friday with a tribute concert, and "
        "crowds filled the park for hours.\n\nSeveral officials said the event went well. ")
SAID = " \"It was a shambles from start to finish,\" he told listeners on Monday."

CASES = [
    ("a person apposed as a giant of his field",
     LEAD + "Lionel Marsh, a giant of the local music scene, was less impressed by the parking." + SAID,
     "Lionel Marsh"),
    ("a person under lower-case giant words before his name",
     LEAD + "The parking was a mess, according to talk radio giant Lionel Marsh." + SAID,
     "Lionel Marsh"),
    ("a person under a lower-case publisher before her name",
     "Paper sold\n\nThe Daily Lantern was sold on Monday to a regional chain. The sale was announced "
     "by publisher Anna Brandt at a staff meeting.\n\n\"This keeps the paper alive,\" she told "
     "reporters afterwards.",
     "Anna Brandt"),
    ("a person apposed as the paper's publisher",
     "Paper sold\n\nThe Daily Lantern was sold on Monday to a regional chain. Anna Brandt, the "
     "paper's publisher, announced the sale at a staff meeting.\n\n\"This keeps the paper "
     "alive,\" she told reporters afterwards.",
     "Anna Brandt"),
]


@pytest.mark.parametrize("text,speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_giant_with_a_given_name_is_a_person(speech_of, text, speaker):
    assert speech_of(text)[-1].speaker == speaker
