"""A sentence's capitalised common word glued to a one-word name that modifies a noun (round 66,
lane junk73): "Former Harlan aide Tom Beck …", "Longtime Harlan ally Rita Vance …". The run
of capitals read as one person "Former Harlan", and every later "Harlan" (and a "he") went to
that junk name. The opener is a word the article writes in lower case elsewhere; the name
after it is written alone elsewhere; a lower-case noun follows the run, so the name modifies it.
"""

from __future__ import annotations

import pytest

CASES = [
    ("'Former' before a name that modifies 'aide'",
     "Court\n\nPresident Harlan travelled on Monday.\n\nFormer Harlan aide Tom Beck admitted the "
     "charge last year; the former aide was fined.\n\nThe raid drew scorn from President Harlan, "
     "who said the agents were \"worse than burglars.\"",
     ["Harlan"]),
    ("'Longtime' before a name that modifies 'ally'",
     "Cabinet\n\nGovernor Dunmore has had a longtime feud with the treasurer.\n\nLongtime Dunmore "
     "ally Pia Grell spoke this week.\n\n\"The governor is angry,\" Dunmore said on Friday.",
     ["Dunmore"]),
    ("the pronoun after 'Longtime X ally Y argued' is Y's",
     "Cabinet\n\nGovernor Dunmore has had a longtime feud with his treasurer.\n\nLongtime Dunmore "
     "ally Rex Grell argued this week that the governor was upset.\n\n\"He wants a loyal "
     "treasurer,\" he said.",
     ["Rex Grell"]),
]

KEPT = [
    ("a given name that is a common word, written as the whole name",
     "Vote\n\nSenator Abel Crane spoke on Monday, and his daughter was calm as the polls closed.\n\n"
     "\"We did our best,\" Calm Crane said on Tuesday.",
     ["Calm Crane"]),
    ("a common word that is the speaker's given name, a reporting verb after the run",
     "Plan\n\nWe hope the plan works, said the mayor.\n\nHope Vardy told Reuters the plan was \"a "
     "mistake.\"\n\nVardy spoke at noon.",
     ["Hope Vardy"]),
    ("a given name in no list, a verb and another person's name after the run",
     "Coach\n\nFergal Tandy believes Ross Bell would be the right coach.\n\n\"Ross is ready,\" Tandy "
     "told the radio.",
     ["Fergal Tandy"]),
]


@pytest.mark.parametrize("case,article,expected", CASES + KEPT, ids=[c[0] for c in CASES + KEPT])
def test_a_common_opener_before_a_modifying_name_is_dropped(case, article, expected, speech_of):
    # CASES: the opener dropped; KEPT: a name that modifies nothing keeps its first word
    assert [q.speaker for q in speech_of(article, case)] == expected
