"""A sentence of reported speech that ends on an inverted credit (", says Mr X.") names the voice
the bare quotation after it goes on in (issue 11, round 17 lane narration2: the unannotated corpus
left such quotations null with "no speaker found", because the trailing credit was read only in
the "X said" order). The articles are our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("a bare quotation after '…, says Mr X.' in the same paragraph is his",
     "Wearable kit\n\nPhones will soon vanish into our sleeves and collars, says Mr Arlow. "
     "\u201cThe things in your pocket will end up stitched into your coat.\u201d",
     ["Arlow"]),
    ("an inverted credit with a role after the name still names the voice",
     "Budget talks\n\nThe talks could drag on well into the spring, said Nadia Kovell, the "
     "council's finance chief. \u201cNobody wants to blink first.\u201d",
     ["Nadia Kovell"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_inverted_trailing_credit(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected


def test_topic_before_inverted_verb_is_not_the_voice(speech_of):
    # a quotation after a sentence whose tail has no name after the verb stays unattributed
    article = ("Wearable kit\n\nPhones will soon vanish into our sleeves, says a report. "
               "\u201cThe things in your pocket will end up stitched into your coat.\u201d")
    assert [q.speaker for q in speech_of(article)] == [None]


def test_person_spoken_to_after_told_is_not_the_voice(speech_of):
    # "…, told The Courier." names the paper spoken to; the subject stands before the commas
    article = ("Primary race\n\nIn 2009 a crowd of fans gathered at the studio, the organiser, Ada Ruhl, "
               "told Rep. Milo Fenn. \u201cWe pledge to stand by the mayor.\u201d")
    assert "Milo Fenn" not in [q.speaker for q in speech_of(article)]
