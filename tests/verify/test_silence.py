"""no_source (issue 12): when the archive holds nothing by the claimed speaker, the words are
not checked, which is not the accusation not_found makes. Cases written for this test."""

from __future__ import annotations

import pytest

from onrecord.model import BAD_VERDICTS, Claim
from onrecord.verify import verify_claim

SPEECH = """Title: Harbour speech
Speaker: Mara Ellison
Date: 2024-03-02

We will recruit 900 more nurses this year, and we will protect the harbour for the families who fish it.
"""

PANEL = """Title: Panel
Speakers: Corwin Ashby; Tamsin Wexley
Date: 2024-05-14

CORWIN ASHBY: The channel is silting up and we must decide what to do about it.

TAMSIN WEXLEY: Fisheries are not taps. You cannot turn them back on.
"""


SOURCES = {"speech.txt": SPEECH, "panel.txt": PANEL}  # the module's archive (conftest.py)


@pytest.mark.parametrize("speaker, date, expected", [
    ("Mara Ellison", None, 1),
    ("Ellison", None, 1),  # a surname alone is the same person
    ("Tamsin Wexley", None, 1),  # a transcript turn's speaker has a source too
    ("Mara Ellison", "2024-01", 0),  # nothing by her on or before the date
    ("Mara Ellison", "2024-03-02", 1),
    ("Hollis Vance", None, 0),
])
def test_speaker_sources(archive, speaker, date, expected):
    assert archive.speaker_sources(speaker, date) == expected


@pytest.mark.parametrize("quote, speaker, date, verdict", [
    # made-up words by someone the archive knows: a search where the words should be
    ("We will close every school in the harbour district by spring.", "Mara Ellison", None, "not_found"),
    # the same words credited to someone it holds nothing by: not checked
    ("We will close every school in the harbour district by spring.", "Hollis Vance", None, "no_source"),
    # her only speech came after the article's date
    ("We will close every school in the harbour district by spring.", "Mara Ellison", "2023-12", "no_source"),
    # real words are still found, whoever the archive holds
    ("We will recruit 900 more nurses this year", "Mara Ellison", None, "verbatim"),
])
def test_no_source_or_not_found(archive, quote, speaker, date, verdict):
    v = verify_claim(Claim("c", quote, speaker, date), archive)
    assert v.verdict == verdict
    if verdict == "no_source":
        assert speaker in v.explanation and "not checked" in v.explanation
        assert v.evidence is None
        assert v.nearest is None or v.score >= 0.7  # no unrelated passage shown as evidence


def test_no_source_needs_attention_and_is_never_verified():
    assert "no_source" in BAD_VERDICTS


def test_the_verdict_counts_the_speakers_sources(archive):
    from onrecord.report.jsonl import verdict_record

    rec = verdict_record(verify_claim(Claim("c", "Fisheries are not taps.", "Tamsin Wexley", None), archive))
    assert rec["speaker_sources"] == 1
    rec = verdict_record(verify_claim(Claim("c", "The tide will turn for us all.", "Hollis Vance", None), archive))
    assert rec["verdict"] == "no_source" and rec["speaker_sources"] == 0


@pytest.mark.parametrize("claimed, stored, same", [
    ("Glenn Vance", "Vance", False),  # a stored surname alone is not the claimed full name
    ("Mara Ellison Jr.", "Mara Ellison", False),  # a generational suffix on one side: another person
    ("Ellison", "Mara Ellison", True),
    ("Mara J. Ellison", "Mara Ellison", True),
])
def test_which_stored_speaker_is_the_claimed_one(claimed, stored, same):
    from onrecord.archive.lookup import _speaker_is

    assert _speaker_is(claimed, stored) is same
