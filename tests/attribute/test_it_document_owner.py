"""An "it" that speaks after a document opened the sentence before is that document: its
issuer when the article names one (an owner before the noun, "Zoomly's policy"), else nobody
(issue 11, round 47, lane pronoun28: on big2 "The indictment says …. It says that “…”" gave the
words to the FBI named sentences before, "<Google>'s policy bars …. It states …" to a term).
Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("an indictment opening the sentence before",
     "Mayor charged\n\nA former mayor, Dale Crump, was charged on Monday with lying to the FBI about "
     "building permits in Easton.\n\nThe indictment says Crump took cash from a builder for years. "
     "It says that \"the payments were hidden in a garden shed behind the town hall.\"",
     None),
    ("a company's policy opening the sentence before",
     "Ads row\n\nSeveral tax firms bought ads on the search site Zoomly that promised free filing for "
     "every user.\n\nZoomly's policy bars misleading ads. It states that advertisers must \"show "
     "every fee up front, before a user signs up.\"",
     "Zoomly"),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_it_is_the_document_not_a_body_in_passing(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]


GUARDS = [
    ("a body that is the subject before",
     "Recall\n\nThe Harbor Safety Board said on Monday that it had found cracks in six ferries.\n\n"
     "It added that \"no vessel will sail until each hull is checked twice.\"",
     "Harbor Safety Board"),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in GUARDS], ids=[c[0] for c in GUARDS])
def test_a_body_subject_still_binds_it(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]
