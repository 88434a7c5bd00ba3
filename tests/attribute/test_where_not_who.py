"""A capitalised name after a lower-case "in", "on" or "from" that closes a speaker phrase says
where the words appeared or where the speaker is, not who spoke (round 72, lane place82;
GUIDELINES S2: never the medium or outlet that carries the words). The string readers took the
last run of capitals in the phrase as the name, with the words before it as its role: "writes
X in the Ledger" gave the Ledger, "a statement on Chirp saying" the platform, "a statement from
the army command in Harwick read" the town.
"""

from __future__ import annotations

import pytest

CASES = [
    ("an outlet after 'in' closing an inverted credit",
     "Monuments\n\nThe old statues are coming down across the region.\n\nStill, writes Nora Pell "
     "in the Harbour Ledger, \u201cthe pace of all of this change is astounding, and it has not "
     "slowed at all.\u201d",
     "the pace of all of this change is astounding, and it has not slowed at all",
     "Nora Pell"),
    ("a town after 'in' closing a document's credit after the words",
     "Troops\n\nThe coalition is sending more troops north.\n\n\u201cSeveral options are under "
     "review as the coalition looks for ways to finish the campaign,\u201d a statement from the "
     "army command in Harwick read.",
     "Several options are under review as the coalition looks for ways to finish the campaign",
     None),
    ("a platform after 'on' before the participle of saying",
     "Briefings\n\nThe press pass of the reporter was pulled on Friday.\n\nKestrel News issued a "
     "statement on Twitter saying the ban was \u201cpayback for his hard questions\u201d and "
     "nothing more.",
     "payback for his hard questions",
     "Kestrel News"),
]

KEPT = [
    ("a day after 'on' in the subject's adverbial",
     "Race\n\nThe senator endorsed her rival in March.\n\nOra Vance late on Friday praised the "
     "\u201cgrit\u201d of her rival on a call and said that \u201cwith your help, we will win "
     "this state.\u201d",
     "with your help, we will win this state",
     "Ora Vance"),
    ("'on' inside a charity's name, its officer after the possessive",
     "Aid\n\nCharities attacked the trade plan on Monday.\n\nFight on Hunger's Rob Lane said: "
     "\u201cKind words cannot hide what this policy does to the poorest.\u201d",
     "Kind words cannot hide what this policy does to the poorest",
     "Rob Lane"),
    ("a person's state after 'from' before the verb",
     "Budget\n\nThe vote was close on Tuesday.\n\nSenator Ada Brill from Vermont said the bill "
     "was \u201ca gift to the banks and nobody else\u201d in a short speech.",
     "a gift to the banks and nobody else",
     "Ada Brill"),
    ("'on' inside a committee's name",
     "Trade\n\nThe report came out on Monday.\n\n\u201cThe tariffs will hurt our farmers badly "
     "this year,\u201d said the Senate Committee on Farm Policy.",
     "The tariffs will hurt our farmers badly this year",
     "Senate Committee on Farm Policy"),
    ("a person named after the words, no preposition",
     "Trade\n\nThe report came out on Monday.\n\n\u201cThe tariffs will hurt our farmers badly "
     "this year,\u201d said Harlan state analyst Dora Quist.",
     "The tariffs will hurt our farmers badly this year",
     "Dora Quist"),
]


@pytest.mark.parametrize("case,article,words,expected", CASES + KEPT, ids=[c[0] for c in CASES + KEPT])
def test_a_place_or_outlet_after_a_preposition_is_not_the_speaker(case, article, words, expected, quote_of):
    assert quote_of(article, words, case).speaker == expected
