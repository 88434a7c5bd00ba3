"""attribute/finder.no_cue_continues: the surface of a sentence holding nothing but its
quotation, built by both the string reader and the parse reader (parse_finder) until round 37
(lane tidy20). The article is written for this test."""

from __future__ import annotations

from onrecord.attribute.finder import no_cue_continues
from onrecord.thresholds.attribute import CONFIDENCE


def test_it_continues_the_previous_speaker_with_no_parts():
    s = no_cue_continues()
    assert (s.parts, s.continuation, s.confidence) == ([], True, CONFIDENCE.no_cue_continues)
    assert s.how == "no cue in the sentence: continues the previous speaker"


def test_each_call_builds_its_own_surface():
    a, b = no_cue_continues(), no_cue_continues()
    assert a is not b and a.parts is not b.parts


def test_a_bare_quotation_after_a_speaker_is_theirs(speech_of):
    quotes = speech_of("Ferries\n\n\u201cThe boats will run on time,\u201d said harbour master Ivo Kell.\n\n"
                       "\u201cEvery one of them, every day.\u201d")
    assert [q.speaker for q in quotes] == ["Ivo Kell", "Ivo Kell"]
