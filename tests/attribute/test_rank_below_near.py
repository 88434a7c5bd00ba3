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
    ("a hyphenated description of the hyphenated role still finds its holder",
     "Harbour Bill Passes The House\n\nWASHINGTON \u2014 The House passed a harbour bill on Wednesday with a "
     "few Republican votes.\n\nRepublican Ohio Rep. Tim Rudd proposed an amendment to the bill on the "
     "floor, which failed.\n\n\u201cIt is a fair bill. It is a good bill. They say it costs jobs. It is just "
     "nonsense,\u201d Democratic Oregon Rep. Ann Lowe, the lead co-sponsor of the H.R.9 said of Republican "
     "claims that the bill would cost jobs. \u201cWe are here to fix the harbours.\u201d", ["Ann Lowe", "Ann Lowe"]),
    ("a lieutenant governor is still not the governor",
     "State\n\nLieutenant Governor Tim Rudd spoke on Monday. Later the governor said the plan was "
     "\u201ca waste of money\u201d and left.", [None]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_rank_word_near_misses(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected


def test_the_hyphen_is_read_alike_in_the_role_and_the_description():
    from onrecord.attribute.role_words import holds_office, ranks_below

    assert holds_office("lead co-sponsor", "lead co-sponsor")
    assert not ranks_below("lead co-sponsor", "lead co-sponsor")
    assert ranks_below("vice-chair", "chair") and not holds_office("vice-chair", "chair")
