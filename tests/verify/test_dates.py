"""Dates are evidence, not a wall (issue 12): only the article's publication date rules a later
source out; a date hint read from context rules out only beyond the tolerance, and the verdict
says when the evidence's date disagrees with it. Cases written for this test."""

from __future__ import annotations

import pytest

from onrecord.model import Claim
from onrecord.thresholds.verify import VerifyOptions
from onrecord.verify import verify_claim
from onrecord.verify.dates import bound, disagreement, ruled_out

OPTS = VerifyOptions()  # date_hint_tolerance_days = 7


@pytest.mark.parametrize("doc_date, hint, published, out", [
    ("2024-03-05", "2024-03-04", None, False),         # a hint a day off keeps the source
    ("2024-03-11", "2024-03-04", None, False),         # within the week's tolerance
    ("2024-03-12", "2024-03-04", None, True),          # beyond it
    ("2024-04-05", "2024-03", None, False),            # a month hint covers the month, then a week
    ("2024-04-09", "2024-03", None, True),
    ("2024-03-05", "2024-03-04", "2024-03-04", True),  # the publication date is a fact: no tolerance
    ("2024-03-04", "2016-11", "2024-03-04", False),    # a hint from an unrelated phrase never rules out
    (None, "2024-03-04", None, False),                 # an undated source stays in
    ("2024-03-05", None, None, False),
])
def test_ruled_out(doc_date, hint, published, out):
    assert ruled_out(doc_date, Claim("d", "q", date_hint=hint, published=published), OPTS) is out


def test_bound():
    assert bound(Claim("d", "q", date_hint="2024-02"), OPTS) == "2024-03-07"
    assert bound(Claim("d", "q", date_hint="2024-02", published="2024-02-20"), OPTS) == "2024-02-20"
    assert bound(Claim("d", "q"), OPTS) is None


def test_disagreement_is_said():
    assert "2024-03-05" in disagreement("2024-03-05", Claim("d", "q", date_hint="2024-03-04"))
    assert disagreement("2024-03-01", Claim("d", "q", date_hint="2024-03-04")) == ""


SPEECH = """Title: Ferry statement
Speaker: Mara Ellison
Date: 2024-03-05

The ferry will run every hour from the first of May.
"""


SOURCES = {"statement.txt": SPEECH}  # the module's archive (conftest.py)


@pytest.mark.parametrize("hint, published, verdict", [
    ("2024-03-04", None, "verbatim"),          # the hint is a day off: found, and said
    ("2024-03-04", "2024-03-04", "no_source"),  # published before the statement: cannot be its source
])
def test_verdict(archive, hint, published, verdict):
    v = verify_claim(Claim("d", "The ferry will run every hour from the first of May.", "Mara Ellison",
                           date_hint=hint, published=published), archive)
    assert v.verdict == verdict
    if verdict == "verbatim":
        assert "after the date the article gives" in v.explanation


def test_claims_file_reads_published(tmp_path):
    from onrecord.errors import OnrecordError
    from onrecord.pipeline import load_claims

    ok = tmp_path / "ok.jsonl"
    ok.write_text('{"id": "a", "quote": "q", "speaker": null, "date_hint": "2024-03", "published": "2024-03-04"}\n')
    assert load_claims(ok)[0].published == "2024-03-04"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "quote": "q", "published": "2024-02-31"}\n')
    with pytest.raises(OnrecordError, match="published"):
        load_claims(bad)


@pytest.mark.parametrize("hint", ["9999-12", "9999-12-31", "9999"])
def test_bound_at_the_end_of_the_calendar_is_clamped(hint):
    # "9999-12" plus the tolerance went past date.max: OverflowError, exit 3 (issue 10, F11)
    assert bound(Claim("e", "q", None, date_hint=hint), OPTS) == "9999-12-31"
    assert not ruled_out("9999-12-30", Claim("e", "q", None, date_hint=hint), OPTS)
