"""A capitalised pair in the sentence before a he/she counted as "a full personal name" and
took the pronoun from the person a sentence further back, also when a word of the pair is a
country or city: a club ("Real Madrid"), a regime ("Nazi Germany") (issue 11, round 17, lane
pronoun4, the real-news tuning split fresh3). Our own words."""

from __future__ import annotations


def test_club_named_after_a_city_does_not_take_he(speech_of):
    art = ("Winger unsettled\n\nRovers winger Tavio Brandt has criticised the club over his "
           "contract.\n\nBrandt's deal runs out in June and he has been watched by Real Madrid, "
           "Porto and Lyon. He told a radio station: \u201cNobody has called me about a new "
           "deal, so I have to think about my future.\u201d\n")
    assert [q.speaker for q in speech_of(art)] == ["Tavio Brandt"]


def test_full_personal_name_near_still_takes_he(speech_of):
    art = ("Letters\n\nJudge Harold Pim read the file twice.\n\nConsider Silvio Marchetti's "
           "letters from the camp. Later, he wrote: \u201cI was never afraid of the guards, only "
           "of the winter.\u201d\n")
    assert [q.speaker for q in speech_of(art)] == ["Silvio Marchetti"]
