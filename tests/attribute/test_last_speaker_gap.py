"""An uncued quotation goes on in the article's last named speaker only while the text since
that speaker's words still points at them (a name or a he/she): after narration about
something else, a poll's answers, a label or an unnamed voice, the words are left null (round
33, lane itthey14: of 28 "continues the last speaker" attributions judged on random corpus
text, 16 were wrong or should have been null, and all but two of those had neither the
speaker's name nor a personal pronoun between the two quotations; 11 of the 12 right ones
had one). Only where a label or a verb of saying introduces the words: plain narration
between still leaves the speaker (a profile's subject on random corpus text). Articles
written for this test."""

from __future__ import annotations

import pytest

_OPEN = ("Trust poll\n\nForeign Secretary Jack Strand told activists trust would decide the vote. "
         "\u201cPeople want straight talk,\u201d Strand said.\n\n")

CASES = [
    ("a poll's answer after a label: nobody",
     _OPEN + "The poll also found that turnout would fall in the north, where the economy is "
     "weak. One answer from the north stood out:\n\n\u201cNobody up there believes a word of it.\u201d",
     ["Jack Strand", None]),
    ("plain narration between, no label: still the speaker",
     _OPEN + "The poll also found that turnout would fall in the north. The economy there is "
     "weak.\n\n\u201cWe will earn it back.\u201d",
     ["Jack Strand", "Jack Strand"]),
    ("one sentence of aside between: still the speaker",
     _OPEN + "(The party lost the seat in 2010.) \u201cWe will earn it back.\u201d",
     ["Jack Strand", "Jack Strand"]),
    ("a pronoun for the speaker between: still the speaker",
     _OPEN + "He added that the party had work to do. The mood at the meeting was calm.\n\n"
     "\u201cWe will earn it back.\u201d",
     ["Jack Strand", "Jack Strand"]),
    ("the speaker's name between: still the speaker",
     _OPEN + "Strand has led the campaign since May, visiting forty towns.\n\n"
     "\u201cWe will earn it back.\u201d",
     ["Jack Strand", "Jack Strand"]),
]


@pytest.mark.parametrize("case,article,expected", CASES, ids=[c[0] for c in CASES])
def test_last_speaker_gap(case, article, expected, speech_of):
    assert [q.speaker for q in speech_of(article, case)] == expected
