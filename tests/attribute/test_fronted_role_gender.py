""""Standing on a stage next to his wife, Voss told supporters …": a fronted phrase before a
name is read as that name's role (appositions._fronted keeps it as an unshown role), but its
gender words are someone else's; taken as the name's gender they made him female and the
later "he told the paper" went to another man (issue 11, round 44, lane census27: a
candidate's eight quotations in a fresh15 article; on big + big2, seven of eight fronted
phrases holding a gender word were another person's role). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a wife in the fronted phrase does not make the candidate female",
     "Voss enters the race\n\nFormer mayor Harlan Voss launched his campaign on Friday. Standing "
     "on a stage next to his wife, Voss told supporters, \u201cThis campaign is for every town "
     "in the valley.\u201d\n\nThe race already includes state senator Owen Pike.\n\nVoss "
     "talked about his plans for the roads. \u201cI am ready for the fight,\u201d he told the "
     "Valley Courier.",
     ["Harlan Voss", "Harlan Voss"]),
    ("a brother in the fronted phrase does not make the student male",
     "Leaving home\n\nMaribel Quiroga grew up in a mountain village with her uncle, Tomas "
     "Ferrer. Moving to the city \u201cwas the only way\u201d for herself and her older "
     "brother, Quiroga said over lunch.\n\nTomas stayed behind. \u201cI miss the market on "
     "Sundays,\u201d she said.",
     ["Maribel Quiroga", "Maribel Quiroga"]),
    # guard: a role written after the name still gives its gender
    ("a role after the name still says the gender",
     "Voss enters the race\n\nHarlan Voss, the father of three, launched his campaign on "
     "Friday. The race already includes state senator Ada Pike. \u201cI am ready for the "
     "fight,\u201d he told the Valley Courier.",
     ["Harlan Voss"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fronted_role_gender(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
