""""Giant" describes a person of stature as well as a company: a name that opens on a given name
keeps its person under it ("Lionel Marsh, a giant of the local music scene", "said talk radio
giant Lionel Marsh"), while "technology giant Keller Dunmore" stays a body (review of round 35's
entity16, nineteenth session: the lane's new body-description head "giant" made the apposed
person a body, and his own "he told" went unresolved; the allsides corpus writes "John Rawls,
the liberal philosophical giant of …", "talk radio giant Rush Limbaugh"). Our own words."""

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
]


@pytest.mark.parametrize("text,speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_giant_with_a_given_name_is_a_person(speech_of, text, speaker):
    assert speech_of(text)[-1].speaker == speaker
