"""Words a body is said to have used, repeated nearby in a quotation of a person the article
titles by that body ("Harbour Board spokeswoman Ana Lind said"), are that person's: the body's
statement read out by its named voice (attribute/body_voice.py, round 69, lane bodyper77). A
body whose words no titled member repeats keeps them. The articles are our own words."""

from __future__ import annotations

import pytest

REPEATED = [
    ("the body as subject, its spokeswoman quoted in the next paragraph",
     "Port fees rise\n\nThe Harbour Board called the new fees \u201cunavoidable\u201d on Monday.\n\n"
     "\u201cThe dredging has to be paid for, and these fees are unavoidable,\u201d Harbour Board "
     "spokeswoman Ana Lind said in a statement.",
     "unavoidable", "Ana Lind"),
    ("a hyphen the statement writes and the narration drops",
     "Port fees rise\n\nThe Harbour Board called the delay \u201cselfinflicted\u201d on Monday.\n\n"
     "\u201cThis delay is self-inflicted by the contractors,\u201d Harbour Board spokeswoman "
     "Ana Lind said.",
     "selfinflicted", "Ana Lind"),
    ("a participle clause crediting the body, its press secretary quoted later",
     "Council digs in\n\nThe mayor's allies hit back on Friday, with the City Council calling the "
     "audit a \u201cpaper chase.\u201d\n\nThe audit began in May.\n\n"
     "\u201cThis has become a paper chase and nothing more,\u201d City Council press secretary "
     "Tom Brey said on Friday.",
     "paper chase", "Tom Brey"),
]

KEPT = [
    ("a person repeating the words who is not titled by the body",
     "Port fees rise\n\nThe Harbour Board called the new fees \u201cunavoidable\u201d on Monday.\n\n"
     "\u201cNothing is unavoidable when you run a port this badly,\u201d said shipping agent "
     "Ana Lind.",
     "unavoidable", "Harbour Board"),
    ("the body's spokeswoman quoted in other words",
     "Port fees rise\n\nThe Harbour Board called the new fees \u201cunavoidable\u201d on Monday.\n\n"
     "\u201cThe dredging has to be paid for,\u201d Harbour Board spokeswoman Ana Lind said.",
     "unavoidable", "Harbour Board"),
]


CASES = REPEATED + KEPT


@pytest.mark.parametrize("article,words,speaker", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_bodys_words_go_to_its_titled_voice_only_when_repeated(article, words, speaker, quote_of):
    q = quote_of(article, words)
    assert q.speaker == speaker
