"""Quotations closed by two curly single marks (“…,’’ said X), a typesetting of AP copy: the
second mark was read as the start of the speaker's phrase, the speaker went null and the
description was the mark itself (issue 11, round 20, lane describe: a baseball report in the
1,000 unannotated articles; the doubled mark is in about 120 unannotated corpus articles).
Articles written for the test."""

from __future__ import annotations


def test_doubled_curly_closers(speech_of):
    article = ("Title game\n\nThe Harbour Gulls won the league on Sunday.\n\n"
               "\u201cWe waited a long time for this,\u2019\u2019 said Gulls captain Oren Malik. "
               "\u201cNobody gave up.\u2019\u2019\n\n"
               "\u201cIt was a great season,\u2019\u2019 says coach Lena Strand.")
    got = speech_of(article, "doubled")
    assert [q.speaker for q in got] == ["Oren Malik", "Oren Malik", "Lena Strand"]
    assert [q.speaker_description for q in got] == ["Gulls captain", "Gulls captain", "coach"]
