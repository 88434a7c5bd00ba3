"""A capitalised plural noun for people who speak for an institution ("Prosecutors say …",
"the MPs said", "MSPs …") is a group, a description, never a speaker's name (issue 11, round
35, lane big2: on new corpus text a select committee's report was given to "MPs", and in big
"Prosecutors" and "MSPs" were shown as names). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a sentence-opening plural as the parse's subject",
     "Trial set\n\nProsecutors say Hale made \"several false claims\" to the inquiry panel.",
     [None]),
    ("a credit after the words",
     "Court reform\n\nThe report sets out ten changes. \"A rigid rule would hurt children,\" the "
     "MPs said.",
     [None]),
    ("members of a devolved parliament",
     "Lobbying rules\n\nMSPs told the inquiry that the code was \"far too vague\" on paid advice.",
     [None]),
]
GUARDS = [
    ("a named prosecutor stands",
     "Trial set\n\nProsecutor Ann Hale said the defendant made \"several false claims\".",
     ["Ann Hale"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_plural_group_is_no_name(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
