"""An age epithet as a sentence's subject is the person the article is about (issue 11, round
21, lane epithet): "Tom Harlow says …. The 22-year-old beat Carl Benning …. “…,” he said" is
Harlow's, never the rival named as the object (BBC sport). Our own words."""

from __future__ import annotations


def test_age_epithet_subject_keeps_the_next_he(speech_of):
    art = ("Harlow ready\n\nTom Harlow says he is ready for the indoor season.\n\nThe 22-year-old "
           "beat Carl Benning over 60m in Sheffield last month.\n\n\u201cI feel stronger than ever "
           "and I know what I have to do,\u201d he said.\n")
    assert [q.speaker for q in speech_of(art)] == ["Tom Harlow"]


def test_age_epithet_after_a_second_clause(speech_of):
    art = ("Harlow ready\n\nTom Harlow says he is ready for the indoor season.\n\nThe 22-year-old "
           "beat Carl Benning over 60m in Sheffield last month. But the Wakefield sprinter has yet "
           "to match that run since.\n\n\u201cI feel stronger than ever,\u201d he said.\n")
    assert [q.speaker for q in speech_of(art)] == ["Tom Harlow"]


def test_no_person_before_leaves_the_object(speech_of):
    art = ("Indoor season\n\nThe 22-year-old beat Carl Benning over 60m in Sheffield last month.\n\n"
           "\u201cI was not at my best,\u201d he said.\n")
    assert [q.speaker for q in speech_of(art)] != ["Tom Harlow"]
