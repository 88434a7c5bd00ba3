"""Near misses of the rank-word rule (attribute/role_words.holds_office, ranks_below; review33,
round 41's review). A rank word joined to the office by a hyphen ("Vice-Chair", "Vice-President")
makes another office as the spaced form does: "the chair said" is not the vice-chair named last.
A grade of the same office is no other office: an associate justice is a justice, an associate
professor a professor, a lieutenant colonel is "the colonel" (lexicon/titles.GRADED_OFFICES).
Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a hyphenated vice-chair is not the chair",
     "Committee\n\nVice-Chair Ann Lowe opened the session. Later the chair said the plan was "
     "\u201ca waste of money\u201d and left.", [None]),
    ("a hyphenated vice-president is not the president",
     "Election\n\nVice-President Lena Marsh spoke on Monday. As the president said, \u201cwe gave so "
     "much of our time\u201d to the campaign.", [None]),
    ("an associate justice is the justice",
     "Court\n\nAssociate Justice Ann Lowe wrote the dissent on Monday. The justice said the ruling "
     "was \u201ca grave error\u201d and left.", ["Ann Lowe"]),
    ("an associate professor is the professor",
     "Study\n\nAssociate Professor Ann Lowe led the study of harbour seals. The professor said the "
     "seals were \u201cthriving beyond all hope\u201d this year.", ["Ann Lowe"]),
    ("a lieutenant colonel is the colonel",
     "Base\n\nLieutenant Colonel Ann Lowe leads the base. The colonel said the drills were "
     "\u201cgoing very well\u201d this spring.", ["Ann Lowe"]),
    ("a lieutenant governor is still not the governor",
     "State\n\nLieutenant Governor Tim Rudd spoke on Monday. Later the governor said the plan was "
     "\u201ca waste of money\u201d and left.", [None]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_rank_word_near_misses(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
