"""A reader's mailbag in question-and-answer form: the answer's label "A:" was read as the
description "A" before a quotation, and resolving it raised IndexError (one of 3,000 AllSides
articles stopped its whole batch; tidy7 lane, 2026-12-03). The article is our own words."""

from __future__ import annotations

ARTICLE = ("Mailbag\n\nReaders write in each week.\n\n"
           "Q: Why did the show open with a song about the river? \u2014 Ada Moss, Leeds\n\n"
           "A: For (far too) many of our shows, whenever my co-host Ben Hale would mention Leeds, or we "
           "would be talking about Leeds, I would reply with, \"That is great, because I have a sense of "
           "Leeds.\" Yes, I know, the joke is not funny.")


def test_a_lone_answer_label_is_no_speaker(speech_of):
    (q,) = speech_of(ARTICLE)
    assert q.speaker is None
    assert "description 'A' unresolved" in q.attribution_evidence
