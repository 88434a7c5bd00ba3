"""A speaker onrecord read from an article with low calibrated confidence is no ground for
"misattributed" (issue 11, round 27): the words found said by someone else keep their own
verdict with the warning ``speaker_uncertain``; a confident reading, or a speaker the user
gave, still makes a misattribution. Cases written for this test."""

from __future__ import annotations

import pytest

from onrecord.model import Claim
from onrecord.thresholds.verify import VerifyOptions
from onrecord.verify import verify_claim

SPEECH = """Title: Harbour speech
Speaker: Mara Ellison
Date: 2024-03-02

We will recruit 900 more nurses this year, and we will protect the harbour for the families who fish it.
"""

SOURCES = {"speech.txt": SPEECH}  # the module's archive (conftest.py)
WORDS = "We will recruit 900 more nurses this year"
FLOOR = VerifyOptions().misattribution_min_speaker_confidence


@pytest.mark.parametrize("confidence, verdict, warned", [
    (None, "misattributed", False),  # the user named the speaker (onrecord verify)
    (FLOOR, "misattributed", False),  # read from the article, confidently enough
    (0.97, "misattributed", False),
    (FLOOR - 0.01, "verbatim", True),  # read, but onrecord may have the wrong person
    (0.2, "verbatim", True),
])
def test_a_low_confidence_speaker_is_no_accusation(archive, confidence, verdict, warned):
    v = verify_claim(Claim("c", WORDS, "Corwin Ashby", speaker_confidence=confidence), archive)
    assert v.verdict == verdict
    assert ("speaker_uncertain" in v.warnings) is warned
    assert "Mara Ellison" in v.explanation
    if warned:
        assert "Corwin Ashby" in v.explanation and v.evidence is not None


def test_the_right_speaker_is_verbatim_whatever_the_confidence(archive):
    v = verify_claim(Claim("c", WORDS, "Mara Ellison", speaker_confidence=0.1), archive)
    assert v.verdict == "verbatim" and "speaker_uncertain" not in v.warnings


@pytest.mark.parametrize("confidence", [0.5, 0.9, None])
def test_a_few_words_found_elsewhere_never_become_a_pass(archive, confidence):
    """A short quote found said by someone else, its claimed speaker absent from the source:
    too little to show anything, whatever onrecord thought of the article's credit (the
    uncertain reading must not turn it into verbatim)."""
    v = verify_claim(Claim("c", "protect the harbour", "Corwin Ashby", speaker_confidence=confidence), archive)
    base = verify_claim(Claim("c", "protect the harbour", "Corwin Ashby"), archive)
    assert v.verdict == base.verdict and v.verdict not in ("verbatim", "variation")
    assert "speaker_uncertain" not in v.warnings
