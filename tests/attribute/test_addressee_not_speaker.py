"""The one a text was sent to is not its author ("In a letter to the commission's president,
Ada Quist, the prime minister said …", "The memo to Vale warned her …", "an appeal to
President Vale asking for …"): the name after "to" must not take the words (issue 11, round
79, lane addressee90, GUIDELINES S2). The author named as the sentence's subject keeps them.
Our own words."""

from __future__ import annotations

import pytest

_APPOSED = ("Brexit\n\nAda Quist met the prime minister, Tom Rell, in May.\n\nIn a letter to the commission's "
            "president, Ada Quist, the prime minister said the new plan would \u201cbring the border back.\u201d\n")
_MEMO = ("Hacking\n\nHillary Vale ran the department for four years.\n\nThe memo to Vale warned her that some "
         "accounts had been \u201cset to forward every message abroad.\u201d\n")
_APPEAL = ("Siege\n\nThe mayor, Ivo Rell, spoke on the radio on Sunday.\n\nLast weekend, Rell broadcast an appeal "
           "to President Dana Vale asking for troops to guard the city from \u201craiders.\u201d\n")
_AUTHOR = ("Pick\n\nSusan Rice withdrew on Thursday.\n\nIn her letter to Obama, Rice wrote that the post "
           "\u201cshould never be a matter of politics.\u201d\n")
_AUTHOR_AFTER = ("Files\n\nEric Holder and Barack Obama met on Monday.\n\nIn a letter to Obama, Holder said the "
                 "papers were \u201cdeeply sensitive.\u201d\n")
_SUBJECT_APPOSED = ("Border\n\nTom Rell leads the minority in the Senate.\n\nIn a letter to the president, Senate "
                    "Minority Leader Tom Rell, R-Ky., and 21 of his colleagues said the change would be "
                    "\u201cnear complete abandonment of the law.\u201d\n")
_SENDER = ("Case\n\nMore than 70 lawmakers signed a letter to Sajid Vale from Stella Quist, a member of "
           "Parliament, urging a swift decision \u201cWe must send a strong message,\u201d Quist wrote.\n")


@pytest.mark.parametrize("article, addressee", [
    (_APPOSED, "Ada Quist"),
    (_MEMO, "Hillary Vale"),
    (_APPEAL, "Dana Vale"),
])
def test_addressee_does_not_take_the_words(speech_of, article, addressee):
    assert speech_of(article)[-1].speaker != addressee


@pytest.mark.parametrize("article, author", [
    (_AUTHOR, "Susan Rice"),
    (_AUTHOR_AFTER, "Eric Holder"),
    (_SUBJECT_APPOSED, "Tom Rell"),
    (_SENDER, "Stella Quist"),
])
def test_author_keeps_the_words(speech_of, article, author):
    assert speech_of(article)[-1].speaker == author
