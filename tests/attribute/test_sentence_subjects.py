"""The subject of the sentence before a he/she quotation, read from the string (issue 11:
pronouns bound to the nearest name instead of the sentence's subject, real-news tuning split).
The articles are our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("an owner's role in lower case before the name, without a comma, hands over to the name",
     "Reality show\n\nThe dancer Pell reacted badly to the news that four housemates had nominated "
     "him. Actor Kit Varro's ex-wife Ysolde Marr nominated both Tam and Pell. She said: \u201cHe never "
     "stops talking.\u201d",
     ["Ysolde Marr"]),
    ("the first he of the subject's own sentence, before anyone else is named, says its gender",
     "Memo\n\nPresident Crowe wrote on Saturday that the memo \u201cclears\u201d the campaign.\n\n"
     "The president's message, sent from a ranch in Ohio, did not say whether he would end the "
     "inquiry, which is led by special counsel Robert Hale.\n\n"
     "\u201cThe memo clears me completely,\u201d he wrote.",
     ["Crowe", "Crowe"]),
    ("an acronym credited with the sentence before is a body, never he or she",
     "Release\n\nThe cleric Tariq Venn spoke at the gate. Crowds gathered outside the prison, KNRA "
     "reported.\n\n\u201cI was never afraid,\u201d he told reporters.",
     ["Tariq Venn"]),
    ("a definite sports role right after a sentence about a player is that player",
     "Cup tie\n\nThe referee Ian Pole waved play on. Dunmore was unhappy that his goal had been "
     "ruled out by Pole.\n\n\u201cI was onside by a yard,\u201d said the Rovers striker.",
     ["Dunmore"]),
    ("a possessive in a relative clause is no evidence of the subject's gender",
     "Obituary\n\nPianist Lula Korsgaard, who played in his quartet for nine years, remembered the "
     "bandleader fondly. \u201cHe fined us for every wrong note,\u201d she said.",
     ["Lula Korsgaard"]),
    ("a sentence opening on But: the pronoun after it is its subject, not the name before",
     "Mill sale\n\nA resale of Dornbach Steel could double the price, according to the bank's "
     "Mr Varga. But he warned that the ministry might simply raise the fee. \u201cThat way the "
     "minister can claim a win,\u201d he told reporters.",
     ["Varga"]),
]


# (case, article, expected (speaker, description) of each speech quotation)
UNNAMED = [
    ("a he/she after a sentence whose subject is an unnamed captain is that captain",
     "Patrol report\n\nSergeant Ola Brandt led the patrol into the valley. The unit's leader, a "
     "captain, gave a long statement.\n\nThe captain said the patrol began badly.\n\n"
     "\u201cThe guides never arrived,\u201d he said.",
     [(None, "The captain")]),
    ("an owner's spokesman credited at the end of a sentence is the unnamed 'he' after it",
     "Bus lanes\n\nCouncillor Dev Arun said the lanes were \u201ca gift to drivers\u201d. Later, the "
     "mayor's official spokesman asked people to be patient. The mayor had been misread, the "
     "spokesman said.\n\n\u201cThe plan stands,\u201d he added.",
     [("Dev Arun", "Councillor"), (None, "the spokesman")]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in UNNAMED], ids=[c[0] for c in UNNAMED])
def test_pronoun_after_unnamed_subject(speech_of, article, expected):
    assert [(q.speaker, q.speaker_description) for q in speech_of(article)] == expected


@pytest.mark.parametrize("article,speakers", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_subject_before_pronoun(speech_of, article, speakers):
    assert [q.speaker for q in speech_of(article)] == speakers
