""""According to the indictment, X lied …. The indictment says …", "In light of the poll, X
said …. An earlier Y poll found … “…”": the document or finding in a fronted phrase before a
name is no role of that person, so a later "the indictment" or "poll" is not resolved to them
(issue 11, round 35, lane issuer16: random corpus text gave an indictment's words to its
defendant five times, and a poll's answer to the president). Our own words."""

from __future__ import annotations

import pytest

CASES = [
    ("an indictment's words are not its defendant's",
     "Charges\n\nDale Corrigan, a builder, was charged on Monday. According to the indictment, "
     "Corrigan lied to the inspectors. The indictment says Corrigan sent a text that was "
     "\u201cmeant to mislead the board about the permits.\u201d",
     [None]),
    ("a poll after a fronted poll phrase is not the speaker's",
     "Trust\n\nMayor Ruth Amory spoke on Tuesday. In light of the poll, Amory told reporters that "
     "the council had work to do. An earlier Westvale poll also revealed that few residents "
     "think the council is \u201cworking for them.\u201d",
     [None]),
    # guard: the person's own words after the fronted phrase stay theirs
    ("the named subject's own words after the fronted phrase",
     "Charges\n\nDale Corrigan, a builder, was charged on Monday. According to the indictment, "
     "Corrigan told the inspectors the work was \u201call done by the book.\u201d",
     ["Dale Corrigan"]),
]


@pytest.mark.parametrize("article,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fronted_document_role(speech_of, article, expected):
    assert [q.speaker for q in speech_of(article)] == expected
