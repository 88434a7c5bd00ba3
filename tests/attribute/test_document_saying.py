"""Words after "<document> from/by X saying/that urged" are the document's author's (issue 11,
round 37, lane about20: a company was given its president's open letter, a committee a
governor's tweet). Our own words."""

from __future__ import annotations

import pytest

HEAD = "Ad war\n\n"
CASES = [
    ("an open letter from a named president, saying",
     "Harlow Foods launched a campaign on Monday with adverts in national papers, using an open "
     "letter from company president Dana Whit saying it was time for shoppers to hear \"the plain "
     "facts\".", "Dana Whit"),
    ("a tweet by a governor with an apposition, that urged",
     "The Tell campaign joined the row on Tuesday, answering a tweet from Governor Rick Amon, a "
     "Republican, that urged voters to \"reject the new tax on bread\".", "Rick Amon"),
    # round 37, review28: the tweet case above passed with the rule switched off; these two
    # fail without the apposition skip and without the cut before "to <recipient>"
    ("a tweet cited by a campaign, the author with an apposition, that urged",
     "The Bell campaign hit back on Tuesday, citing a tweet from Governor Rick Amon, a "
     "Republican, that urged voters to \"reject the new tax on bread\".", "Rick Amon"),
    ("a message from X to Y stating: X, not the recipient",
     "The Harbour Herald on Friday published a message from Tom Reed to Ivy Moss stating that "
     "the port plan was \"dead on arrival\".", "Tom Reed"),
]
GUARDS = [
    # round 37, review28: a place is no document's author
    ("reports from a city, saying: no author named",
     "Government forces withdrew overnight. Early reports from Kabul saying the city was "
     "\"calm and under control\" proved wrong by the morning.", None),
    ("one statement from a state, saying: the state issued it",
     "The summit was back on after a statement from North Korea saying it was \"ready to "
     "talk at any time\".", "North Korea"),
    ("another verb of saying after the document's: its subject speaks",
     "The mayor cited a letter from Ed Crane saying the plan was sound, and Councillor Ivy Moss "
     "told reporters it was \"a fantasy on paper\".", "Ivy Moss"),
]


@pytest.mark.parametrize("body,expected", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_document_author_speaks(speech_of, body, expected):
    assert [q.speaker for q in speech_of(HEAD + body)][-1] == expected
