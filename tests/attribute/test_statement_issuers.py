""""X issued a statement saying …" (issue 11, round 22, lane nulls6): the string rule took the
whole clause before the participle as a document ("X issued a statement") and, finding no
possessive owner, left the words null; the subject who issued it speaks. Also "X' statement"
(the possessive of a name ending in s). The articles are our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a person issued a statement saying …",
     "Vote\n\nThe vote was held on Monday. Senator Ruth Amory issued a statement saying she was "
     "\u201cdeeply saddened\u201d by the result.",
     ["Ruth Amory"]),
    ("a body released a statement calling someone …",
     "Obituary\n\nThe actor died on Sunday. The Players Guild released a statement calling him "
     "\u201ca giant of the stage\u201d.",
     ["Players Guild"]),
    ("a he/she before the issuing verb keeps the older reading (here: none)",
     "Vote\n\nSenator Ruth Amory lost the vote. She later put out a statement saying the count "
     "was \u201cdeeply flawed\u201d.",
     [None]),
    ("the possessive of a name ending in s owns the statement",
     "Vote\n\nParty chairman Owen Jarvis spoke first. Jarvis\u2019 statement said, \u201cWe will "
     "win in November.\u201d",
     ["Owen Jarvis"]),
    ("a he before the verb never gives the words to a name written after it",
     "Memoir\n\nGovernor Paul Wexford read the book on Tuesday. After the extracts leaked, he "
     "released a statement saying Dale Corrigan \u201chad nothing to do with our win\u201d.",
     ["Paul Wexford"]),
    ("a subject that is no name stays a description",
     "Inquiry\n\nThe inquiry opened in Rome. The Varga family in Hungary issued a statement "
     "calling for \u201ca fair hearing\u201d.",
     [None]),
    ("an adverb between the subject and the verb is no part of the subject",
     "Vote\n\nThe vote was held on Monday. The Players Guild promptly issued a statement "
     "calling the count \u201cdeeply flawed\u201d.",
     ["Players Guild"]),
    ("a party's plural possessive is the party's, never the person in focus",
     "Memo\n\nSpokeswoman Ana Lind answered questions on Monday. The Democrats\u2019 memo said "
     "talks could last a week and \u201cmembers must be ready\u201d.",
     [None]),
    ("a statement with no subject before it still names nobody",
     "Vote\n\nThe vote was held on Monday. A statement issued late on Monday said the count was "
     "\u201cdeeply flawed\u201d.",
     [None]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_statement_issuers(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected


BODY_CASES = [
    ("'the report said' with no report named before: the body just quoted issued it",
     "Flood costs\n\nThe Harbour Fund said the damage would cut growth by a point. \u201cThe full "
     "impact will take months to assess,\u201d the Harbour Fund said. Prices are expected to rise. "
     "\u201cThe fishing fleet has been devastated,\u201d the report said.",
     ["Harbour Fund", "Harbour Fund"]),
    ("a report named before, by someone else, is not the body's",
     "Flood costs\n\nA report by the Coastal Trust was published on Monday. \u201cThe full impact "
     "will take months,\u201d the Harbour Fund said. Prices are expected to rise. \u201cThe fishing "
     "fleet has been devastated,\u201d the report said.",
     ["Harbour Fund", "Coastal Trust"]),
    ("'the paper' is an outlet, never the document of the body just quoted",
     "Summit\n\n\u201cThe talks were warm,\u201d the Harbour Fund said. The paper also reported "
     "that both men \u201cgladly accepted\u201d the invitation.",
     ["Harbour Fund", None]),
    ("a person just quoted does not issue an unnamed report",
     "Flood costs\n\n\u201cThe full impact will take months,\u201d said Mayor Ana Lind. Prices are "
     "expected to rise. \u201cThe fishing fleet has been devastated,\u201d the report said.",
     ["Ana Lind", None]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in BODY_CASES], ids=[c[0] for c in BODY_CASES])
def test_unnamed_document_of_the_body_quoted(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
