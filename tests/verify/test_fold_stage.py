"""The fold stage (verify/equiv.py, issue 12): a quote written with other spellings of the same
words is found; the verdict says what was folded, verbatim for spelling, hyphen, number and
percent folds, variation for contractions; a negation or number that differs stays a near miss.
Cases written for this test."""

from __future__ import annotations

import pytest

from onrecord.model import Claim
from onrecord.verify import verify_claim

SPEECH = """Title: Ferry speech
Speaker: Mara Ellison
Date: 2024-03-02

We made a life-saving decision on the ferry. I am sure the council will not close the pier.
We organised 3 open days and cut fares by 5 per cent. I don't want to be misunderstood.
"""


SOURCES = {"speech.txt": SPEECH}  # the module's archive (conftest.py)


@pytest.mark.parametrize("quote, verdict, named", [
    ("We made a lifesaving decision on the ferry.", "verbatim", "hyphen"),
    ("We organized three open days and cut fares by 5%.", "verbatim", "number"),
    ("We organized three open days and cut fares by 5%.", "verbatim", "British / American"),
    ("We organized three open days and cut fares by 5%.", "verbatim", "per cent"),
    ("I'm sure the council won't close the pier.", "variation", "contraction"),
    ("I do not want to be misunderstood.", "variation", "contraction"),
])
def test_folded(archive, quote, verdict, named):
    v = verify_claim(Claim("f", quote, "Mara Ellison"), archive)
    assert (v.verdict, v.stage) == (verdict, "fold")
    assert named in v.explanation
    assert v.evidence is not None and v.evidence.start < v.evidence.end


@pytest.mark.parametrize("quote", [
    "I'm sure the council will close the pier.",          # "won't"/"will not" is not "will"
    "We organised 30 open days and cut fares by 5 per cent.",  # 3 is never 30
])
def test_not_folded(archive, quote):
    v = verify_claim(Claim("f", quote, "Mara Ellison"), archive)
    assert v.verdict == "not_found"


def test_evidence_is_the_source_text(archive):
    v = verify_claim(Claim("f", "We made a lifesaving decision on the ferry.", "Mara Ellison"), archive)
    assert v.evidence.text == "We made a life-saving decision on the ferry."
