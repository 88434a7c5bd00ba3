""""Standing on a stage next to his wife, Voss told supporters …": a fronted phrase before a
name is read as that name's role (appositions._fronted keeps it as an unshown role), but its
gender words are someone else's; taken as the name's gender they made him female and the
later "he told the paper" went to another man (issue 11, round 44, lane census27: a
candidate's eight quotations in a fresh15 article). Only a phrase that is a preposition's
object: "As he hugged his wife and daughters, Sasha said" (big) holds her own kind. Our own words."""

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
    ("a husband in the fronted phrase does not make the student male",
     "Leaving home\n\nMaribel Quiroga grew up in a mountain village with her uncle, Tomas "
     "Ferrer. Sitting at a cafe table next to her husband, Quiroga said moving to the city "
     "\u201cwas the only way.\u201d\n\nFerrer stayed behind. \u201cI miss the market on "
     "Sundays,\u201d she said.",
     ["Maribel Quiroga", "Maribel Quiroga"]),
    # review35 (round 44 review): "beside", "near", "opposite" are prepositions too (lexicon
    # OBJECT_PREPOSITIONS, wrongname27's list); census27's own list lacked them. (A sentence
    # opening "Beside her husband," is read another way: "Beside" is taken for a name, left.)
    ("seated beside her husband",
     "Village hall saved\n\nSeated beside her husband, Robin Kaye said the hall had been saved by the "
     "whole village. Councillor Tom Marsh agreed.\n\n\u201cWe were never going to let it "
     "close,\u201d she said.",
     ["Robin Kaye"]),
    ("standing near her husband",
     "Village hall saved\n\nStanding near her husband, Robin Kaye said the hall had been saved "
     "by the whole village. Councillor Tom Marsh agreed.\n\n\u201cWe were never going to let "
     "it close,\u201d she said.",
     ["Robin Kaye"]),
    # guard: a fronted clause after a verb may hold the name's own kind ("his daughters")
    ("a fronted clause's daughters still say the girl's gender",
     "The vote\n\nGovernor Alan Reyes voted with his wife, Ines, and daughters, Cleo and Romy. "
     "As he embraced his wife and daughters, Romy said, \u201cWell done.\u201d \u201cWe did "
     "it,\u201d he said.",
     ["Romy", "Alan Reyes"]),
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
