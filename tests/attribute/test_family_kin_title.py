"""A lone surname beside a relative's full form written after a family role ("first lady Laura
Voss") is the office holder's, not hers, when its possessives say "his" (family.other_gender
with ``kin``) or when the article titles the surname ("President Voss") more often than it
writes her full name (family.titles_outnumber). Her own story, which writes her full name at
least as often as his title, keeps the bare surname hers (real-news fresh2). Round 78, lane
family88 (draw C: a president's words went to the first lady). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("his possessives, one title",
     "Trade visit\n\nPresident Voss began his first trip abroad on Sunday. Voss and first lady "
     "Laura Voss were greeted at the airport.\n\nVoss called his visit \u201ca great honor\u201d "
     "on arrival. Voss praised his hosts at dinner.\n\n\u201cThat was a tremendous day,\u201d "
     "Voss said after the signing.",
     ["Voss", "Voss"]),
    ("his title outnumbers her full name",
     "Memorial\n\nPresident Voss spoke at the memorial on Thursday. President Voss was joined by "
     "first lady Laura Voss.\n\nThe crowd rose for President Voss.\n\n\u201cWe will keep "
     "going,\u201d Voss says. \u201cA bomb cannot beat us,\u201d Voss adds.",
     ["Voss", "Voss"]),
    ("her own story keeps the surname hers",
     "Speech\n\nFirst lady Laura Voss spoke in Harwich on Monday. Laura Voss left school meals "
     "aside.\n\n\u201cWe were in full crisis,\u201d Voss told her audience. Critics doubt that "
     "President Voss fixed the economy.",
     ["Laura Voss"]),
    ("a Mrs. keeps the surname hers",
     "Shelter visit\n\nFirst lady Laura Voss toured a shelter on Thursday, days after President "
     "Voss signed the order.\n\n\u201cOh, that is great,\u201d Mrs. Voss said. \u201cI want to "
     "thank you,\u201d Voss said.",
     ["Laura Voss", "Laura Voss"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_family_kin_title(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
