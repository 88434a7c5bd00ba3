""""the manager said", "the campaign manager for <someone> said": a definite role the article
gave to someone else is no back-reference to the person in focus (issue 11, round 39, lane
focus22: on corpus text a woman's "her manager" told her it was not the first complaint, and
the words went to the woman herself; "the campaign manager for <a rival>" took the words of
the spokeswoman quoted just before). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("her manager: someone the focus spoke to",
     "Shop claims\n\nNina Hale, who was 19 then, worked at the bakery. She complained to her "
     "manager about the man. \"It is not the first time,\" the manager told her.",
     [None]),
    ("her manager, inside her own claim",
     "Shop claims\n\nNina Hale, who was 19 then, worked at the bakery. She complained to her "
     "manager about the man. She says the manager told her it was \"a known problem\".",
     [None]),
    ("his lawyer: not the focus himself",
     "Court date\n\nOwen Marsh appeared in court on Monday. His lawyer asked for bail. "
     "\"My client is no danger to anyone,\" the lawyer said.",
     [None]),
    ("the campaign manager for another candidate",
     "Race heats up\n\nSpokeswoman Dana Reed said the senator had never backed the cuts. \"He "
     "voted against them twice,\" Reed said, adding that the record was public and easy to "
     "check.\n\nThe campaign manager for Carla Voss, the "
     "senator's rival, said instead: \"He voted for them every year.\"",
     ["Dana Reed", None]),
]
GUARDS = [
    ("her role as an office is no other holder",
     "New head\n\nRita Gomez began her term as president in May. \"We will grow,\" the president "
     "said on Friday.",
     ["Rita Gomez"]),
    ("the MP for a constituency is the focus",
     "Campaign row\n\nMr Dale Pike warned that the party was drifting. The MP for Easton and "
     "Brill said the leader had been \"working very hard\" on the issue.",
     ["Dale Pike"]),
    ("his lawyer named right after",
     "Court date\n\nOwen Marsh appeared in court on Monday. His lawyer, Ian Park, asked for bail. "
     "\"My client is no danger to anyone,\" the lawyer said.",
     ["Ian Park"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_focus_other_role(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
