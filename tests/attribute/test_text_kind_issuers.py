"""Short texts a person or body hands out, posts or publishes speak for their owner, as the memo
and the letter do (issue 11, round 65, lane doc67): a card someone hands over ("the card
says"), a pop-up notification someone wrote ("X's notification read"), an outlet's story ("The
<paper> story also claimed"). The document readers did not know the three nouns, so the words
were left null though the article names whose text it is. Guards: a text whose owner the article
never names stays null. The articles are our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a card handed out by the one the sentence before names",
     "Visits\n\nThe families came to the capital on Tuesday. Marta Oduya, who spoke at the rally, "
     "hands each lawmaker a card with a photo of her brother.\n\n\u201cRemember Tomas, 2001 "
     "\u2013 2019,\u201d the card says.",
     ["Marta Oduya"]),
    ("a pop-up notification owned by a named writer",
     "Office dispute\n\nThe engineer was fired in May. Lena Brook wrote a short message for her "
     "coworkers in the office software.\n\nBrook\u2019s pop-up notification simply read: "
     "\u201cStaff may meet to talk about their pay.\u201d",
     ["Lena Brook"]),
    ("an outlet's story, the outlet named as its modifier",
     "Harbour yard\n\nThe mayor spoke to reporters on Friday. The Harbour Gazette story also "
     "claimed that the mayor is \u201cfirm in his resolve\u201d to close the yard.",
     ["Harbour Gazette"]),
    ("a story whose outlet the article never names stays null",
     "Harbour yard\n\nThe yard closed on Friday after a long dispute.\n\n\u201cThe last ship "
     "left at dawn,\u201d the story said.",
     [None]),
    ("a notification whose writer the article never names stays null",
     "Office dispute\n\nThe office software changed on Monday.\n\n\u201cStaff must log in "
     "again,\u201d a notification read.",
     [None]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_text_kind_issuers(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
