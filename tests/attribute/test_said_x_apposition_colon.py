""""Added X, a voter from Ohio who backed Y: “…”" (issue 11, round 34, lane nulls15): a sentence
opening on its verb of saying, then the speaker and a long apposition, then a colon. Only the
short form ("Added the senator: “…”") was read; a long apposition left the words to the
previous speaker (a wrong name) or, when it named someone else, to nobody (all three such
credits in the corpus, one in a random sample of 160 nulls). Our own words."""

from __future__ import annotations


def test_the_name_before_the_apposition_speaks(speech_of):
    article = ("\u201cThat never entered my thinking,\u201d said Nora Monk, a member from Ohio. "
               "Added Irene Marquez, a voter from Illinois who backed Perry: \u201cNo, no, no. "
               "I didn\u2019t see it.\u201d")
    assert [q.speaker for q in speech_of(article)] == ["Nora Monk", "Irene Marquez"]


def test_a_verb_of_saying_in_the_apposition_is_no_credit(speech_of):
    article = ("\u201cIt was close,\u201d said Nora Monk. Added Irene Marquez, whose brother Tom "
               "Hale said it was over, and a friend: \u201cWe will see.\u201d")
    assert speech_of(article)[-1].speaker != "Irene Marquez"
