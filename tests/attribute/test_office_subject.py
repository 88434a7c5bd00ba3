"""A definite office the focus search leaves with no one ("In a run of posts, the president
said") goes to the subject of the sentence before when that subject is one full name with
some evidence of a person, though typed neither person nor body; never a body, a modifier, a
lone word, a name with no person evidence, or one of two subjects. Round 78, lane desc88.
Stub entities for the test."""

from __future__ import annotations

import pytest

from onrecord.attribute.office_subject import full_name_subject


class _Ent:
    def __init__(self, name: str, kind: str = "unknown", gender: str | None = "m", modifier: bool = False):
        self.canonical, self.kind, self.gender, self.modifier = name, kind, gender, modifier
        self.spoke, self.person_evidence, self.place_evidence = False, 0, 1

    def person_like(self) -> bool:  # the entity's own test, reduced to the fields set here
        return self.kind == "person" or self.gender is not None


CASES = [
    ("an untyped full name with a gender", [_Ent("Ann Vell", gender="f")], True),
    ("a person", [_Ent("Bo Trell", kind="person")], True),
    ("a body", [_Ent("Vell Holdings", kind="org")], False),
    ("a modifier", [_Ent("Ann Vell", modifier=True)], False),
    ("a lone word", [_Ent("Vell")], False),
    ("no person evidence", [_Ent("Port Vell", gender=None)], False),
    ("two subjects", [_Ent("Ann Vell"), _Ent("Bo Trell")], False),
    ("no subject", [], False),
]


@pytest.mark.parametrize("subj,taken", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_full_name_subject(subj, taken):
    assert (full_name_subject(subj) is not None) == taken
