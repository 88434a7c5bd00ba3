"""A definite document no other rule found an issuer for ("the report", "the release") speaks for
the body the sentence just before says spoke, named only by a description ("the fund said") or by
a lone name after "The" ("The Admiralty revealed … in a press release"): GUIDELINES S9, S10, a
document speaks for the body the article names as its issuer. Issue 11, round 73, lane doc83: the
tuning sets left a bank's report and a ministry's release null. Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a description said it in the sentence before",
     "Harbour Fund cuts its forecast\n\nThe Harbour Fund lowered its growth forecast on Tuesday in its "
     "yearly outlook.\n\nTrade will stay weak for two years, the fund said. \"Exporters will face a long "
     "winter before orders return,\" the report said.",
     "Harbour Fund"),
    ("a lone name after 'The' put out the release",
     "Ferry cuts\n\nSome island routes will close in winter.\n\nThe Admiralty revealed the "
     "closures, along with other savings, in a press release.\n\n\"The agency cannot keep every crossing "
     "open while fuel costs rise,\" the release read.",
     "Admiralty"),
]

GUARDS = [
    ("a person quoted between keeps the report unowned",
     "Harbour Fund cuts its forecast\n\nTrade will stay weak for two years, the fund said.\n\n\"We expect "
     "a slow year,\" said Dana Whitcombe, a shipping broker. \"Exporters will face a long winter,\" the "
     "report said.",
     None),
    ("a person, not a body, said it before",
     "Dock strike\n\nThe strike will last a week, Dana Whitcombe said. \"Crews will stay home until the "
     "talks resume,\" the statement said.",
     None),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES + GUARDS],
                         ids=[c[0] for c in CASES + GUARDS])
def test_a_bare_document_speaks_for_the_body_said_before(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)][-1:] == [expected]
