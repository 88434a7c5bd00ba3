"""A name mentioned in passing, with no gender, title or reporting verb of its own, does not take a
he/she from a sure-gender subject a sentence further back (issue 11, round 67, lane pron75: a
column about a prime minister gave her words to a president named only as a noun's modifier in
an aside, and the "she" that guess fixed on him carried every later quotation). Our own words."""

from __future__ import annotations

import pytest

HEAD = "Security plan\n\n"
ASIDE = ("Prime Minister Helen Marsh spoke outside her office on Sunday. She said the attacks were "
         "linked by one idea. (A note to former Harlan administration aides - she is saying they did "
         "nothing.) ")
CASES = [
    ("a pronoun right after the aside",
     ASIDE + "Next, she called for new rules. \"We must act together,\" she said.", ["Helen Marsh"]),
    ("the pronouns after it keep the subject too",
     ASIDE + "Next, she called for new rules online.\n\n\"We must act together.\"\n\n"
     "Lastly, she closed by saying that \"enough is enough.\"", ["Helen Marsh", "Helen Marsh"]),
]
GUARDS = [
    ("a named speaker of the previous sentence keeps the pronoun",
     "Prime Minister Helen Marsh spoke on Sunday. Another aide, Nora Tillet, said on Monday that "
     "the office would help. \"We are ready to work with the panel,\" she said.", ["Nora Tillet"]),
]


@pytest.mark.parametrize("body,expected", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_bare_mention_yields_to_sure_subject(speech_of, body, expected):
    assert [q.speaker for q in speech_of(HEAD + body)] == expected
