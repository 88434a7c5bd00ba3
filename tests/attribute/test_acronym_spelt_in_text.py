"""A body quoted by its initials is shown by the phrase of the article that spells them, when
no cluster holds that phrase because the name run was cut (attribute/spelt_acronyms.py; issue
#11 round 68, lane body76): a name cut at "and" ("Office of Management and Budget" read as two
names), a name cut at a title inside it ("Office of the Inspector General" read as "Office"
and a role), a particle and "in" ("al Qaeda in the Arabian Peninsula"). The cut cluster written where the phrase
is joins the initials' cluster. The annotators give
the fullest name the article writes; onrecord showed the initials. Cases written for this test."""

from __future__ import annotations

import pytest

CASES = [
    ("a name cut at 'and', spelled out in the text",
     "Ferries resume\n\nThe Bureau of Harbours and Lighthouses reopened the northern route on "
     "Monday.\n\nIn a notice, BHL said crews would \"return to the usual timetable by Friday.\"\n",
     "return to the usual timetable by Friday", "Bureau of Harbours and Lighthouses"),
    ("a name holding an office's title, defined in brackets",
     "Audit row\n\nMinisters did not consult the Office of the Chief Auditor (OCA) before the "
     "release.\n\n\"We were never asked about the timing of the release,\" the OCA said.\n",
     "We were never asked about the timing of the release", "Office of the Chief Auditor"),
    ("guard: a nickname only in a quotation is no name of the body",
     "Feud goes on\n\nThe senator attacked the broadcaster again on Tuesday, calling it the "
     "\"Bogus News Network\" in a post.\n\n\"Our reporting stands on its own merits,\" BNN said "
     "in reply.\n",
     "Our reporting stands on its own merits", "BNN"),
    ("guard: two phrases of the text spell the same initials",
     "Ferries resume\n\nThe Bureau of Harbours and Lighthouses reopened the northern route, and "
     "the Board of Hulls and Lifeboats checked the ships.\n\nIn a notice, BHL said crews would "
     "\"return to the usual timetable by Friday.\"\n",
     "return to the usual timetable by Friday", "BHL"),
    ("guard: two capitals are too few to read as a phrase's initials",
     "Audit row\n\nMinisters did not consult the Office of the Governor before the release.\n\n"
     "\"We were never asked about the timing of the release,\" OG said.\n",
     "We were never asked about the timing of the release", "OG"),
    ("guard: a phrase never crosses punctuation",
     "Book talk\n\nShe wrote Lantern Bay: Kestrel, a history of the coast.\n\n\"The archive was "
     "a mess when I started,\" LBK said.\n",
     "The archive was a mess when I started", "LBK"),
]


@pytest.mark.parametrize("case,article,words,expected", CASES, ids=[c[0] for c in CASES])
def test_acronym_spelt_in_text(case, article, words, expected, quote_of):
    assert quote_of(article, words, case).speaker == expected
