"""A name described as a body ("Harbour Watch, a campaign group calling for …") is an
organisation, so a later "he said" never goes to it (corpus read, twelfth session: "who
identified himself as Ryan X from Americans Take Action, a campaign group calling for …. “…,”
he cried" gave the words to the group, whose apposition had counted as a person's role).
Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a campaign group",
     "Quay protest\n\nA man was led away after he threw leaflets at Mayor Ivo Kell.\n\n"
     "\u201cShame on the council!\u201d shouted the protester, who gave his name as Daniel Brell from "
     "Quayside Action, a campaign group calling for Mr Kell's resignation.\n\n"
     "\u201cThey sold the quay behind our backs!\u201d he said.",
     [None, "Daniel Brell"]),
    ("a family firm",
     "Quay sale\n\nThe buyer is Osk Marine, a family firm based in Riga. Its founder Lena Osk "
     "spoke on Monday.\n\n\u201cWe will keep every job,\u201d she said.",
     ["Lena Osk"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_body_apposition(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected


def test_person_apposition_still_a_person(speech_of):
    art = ("Quay sale\n\nThe deal was signed by Lena Osk, the group's founder, on Monday.\n\n"
           "\u201cWe will keep every job,\u201d she said.")
    assert [q.speaker for q in speech_of(art)] == ["Lena Osk"]
