"""A description the parse reads as a quotation's subject that holds the quotation itself ("The
self-proclaimed “…” and dapper dresser, who …, has been …": "proclaimed" read as a verb) describes
nobody: the quotation is left null without it. Round 33's "self-described" rule made such labels
speech, and the corpus showed the whole phrase, marks and all, as the speaker's description
(round 33, first review; an article written for this test)."""

from __future__ import annotations


def test_a_description_holding_the_quotation_is_none(speech_of):
    art = ("Friends\n\nThe self-proclaimed \u201cdirty trickster\u201d and dapper dresser, who has a "
           "tattoo, has been pals with the mayor for years.")
    (q,) = speech_of(art)
    assert q.speaker is None
    assert q.speaker_description is None, q.attribution_evidence


def test_a_description_before_the_quotation_stays(speech_of):
    (q,) = speech_of("Plan\n\nA local leader said the plan was \u201cfine\u201d for now.")
    assert q.speaker is None and q.speaker_description == "A local leader"
