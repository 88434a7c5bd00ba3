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
    ("a possessive in a relative clause is no evidence of the subject's gender",
     "Obituary\n\nPianist Lula Korsgaard, who played in his quartet for nine years, remembered the "
     "bandleader fondly. \u201cHe fined us for every wrong note,\u201d she said.",
     ["Lula Korsgaard"]),
]


@pytest.mark.parametrize("article,speakers", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_subject_before_pronoun(speech_of, article, speakers):
    assert [q.speaker for q in speech_of(article)] == speakers
