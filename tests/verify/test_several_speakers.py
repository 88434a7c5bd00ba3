"""Several speakers or a long title in the claim (issue 12): the words of any one named person
count, a title before the name does not make a misattribution, and a claim without a speaker
is still checked and told whose the words are. Cases written for this test."""

from __future__ import annotations

import pytest

from onrecord.model import Claim
from onrecord.verify import verify_claim
from onrecord.verify.speakers import claimed_names, said_by


@pytest.mark.parametrize("claimed, speaker, expected", [
    ("Harbour Minister Mara Ellison", "Mara Ellison", True),
    ("Minister of Harbours and Fisheries of Vellmark Mara Ellison", "Mara Ellison", True),
    ("Mara Ellison and Corwin Ashby", "Corwin Ashby", True),
    ("Mara Ellison & Corwin Ashby", "Mara Ellison", True),
    ("Mara Ellison and Corwin Ashby", "Tamsin Wexley", False),
    ("former minister Ellison", "Mara Ellison", False),   # no surname-only guess behind a title
    ("Tamsin Ellison", "Mara Ellison", False),
    (None, "Mara Ellison", False),
])
def test_said_by(claimed, speaker, expected):
    assert said_by(claimed, speaker) is expected


def test_claimed_names():
    assert claimed_names("Mara Ellison and Corwin Ashby") == ["Mara Ellison", "Corwin Ashby"]
    assert "Mara Ellison" in claimed_names("Harbour Minister Mara Ellison")


SPEECH = """Title: Harbour speech
Speaker: Mara Ellison
Date: 2024-03-02

We will recruit 900 more nurses this year, and we will protect the harbour for the families who fish it.
"""


SOURCES = {"speech.txt": SPEECH}  # the module's archive (conftest.py)


@pytest.mark.parametrize("speaker", ["Harbour Minister Mara Ellison", "Corwin Ashby and Mara Ellison"])
def test_any_named_speaker_counts(archive, speaker):
    v = verify_claim(Claim("s", "We will recruit 900 more nurses this year", speaker), archive)
    assert v.verdict == "verbatim"


def test_unknown_speaker_is_named(archive):
    v = verify_claim(Claim("s", "We will recruit 900 more nurses this year", None), archive)
    assert v.verdict == "verbatim" and "said by Mara Ellison" in v.explanation
