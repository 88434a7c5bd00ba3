"""A short quotation found only in a speech of another season is another occasion (issue 12,
eval/real tune r469: a four-word stock phrase from a January speech 'verified' the same words
quoted from a November press conference, the real set's one false verification), when the
archive holds the speaker's words from the weeks of that date and the phrase is not in them.
Without such a source the archive cannot tell the occasions apart and the words stand (real
test r385). Cases written for this test."""

from __future__ import annotations

import pytest

from onrecord.model import Claim
from onrecord.thresholds.verify import VerifyOptions
from onrecord.verify import verify_claim
from onrecord.verify.dates import other_occasion

OPTS = VerifyOptions()  # short_occasion_days = 31, short_quote_words = 6

SPEECH = """Title: Harbour budget speech
Speaker: Ines Calloway
Date: 2023-01-20

We looked at the tolls again. That makes no sense. The harbour will keep its pilots and
the budget will pay for two new tugs before the summer season begins.
"""


AUTUMN = """Title: Harbour autumn briefing
Speaker: Ines Calloway
Date: 2023-11-20

The tugs arrived in October and both are working. The pilots asked for a new roster.
"""


SOURCES = {"budget.txt": SPEECH, "autumn.txt": AUTUMN}  # the module's archive (conftest.py)


@pytest.mark.parametrize("quote, hint, verdict, stage", [
    # short, the speaker's words, ten months from the date the article gives: another occasion
    ("That makes no sense.", "2023-11-28", "not_found", "occasion"),
    ("That makes no sense.", "2023-11", "not_found", "occasion"),
    # the archive holds nothing of hers from the weeks of the date given: it cannot tell
    ("That makes no sense.", "2024-06-10", "verbatim", "verbatim"),
    # the same short words on the hinted date, or a UN-style nominal date weeks off: confirmed
    ("That makes no sense.", "2023-01-20", "verbatim", "verbatim"),
    ("That makes no sense.", "2023-02-14", "verbatim", "verbatim"),
    ("That makes no sense.", "2023", "verbatim", "verbatim"),
    # no date given: nothing to disagree with
    ("That makes no sense.", None, "verbatim", "verbatim"),
    # a long quotation is its own evidence, whatever the date hint says
    ("The harbour will keep its pilots and the budget will pay for two new tugs", "2023-11-28",
     "verbatim", "verbatim"),
])
def test_short_quote_on_another_occasion(archive, quote, hint, verdict, stage):
    v = verify_claim(Claim("c", quote, speaker="Ines Calloway", date_hint=hint), archive)
    assert (v.verdict, v.stage) == (verdict, stage), v.explanation
    if verdict == "not_found":
        assert v.nearest is not None and "2023-01-20" in v.explanation and "another occasion" in v.explanation


@pytest.mark.parametrize("doc_date, hint, said", [
    ("2023-01-20", "2023-11-28", True),
    ("2023-01-20", "2023-02-21", True),    # 32 days after the source
    ("2023-01-20", "2023-02-20", False),   # 31: within
    ("2023-09-01", "2023-09-24", False),   # a nominal 1 September date
    (None, "2023-11-28", False),
    ("2023-01-20", None, False),
    ("2023", "2023-11-28", False),          # a source dated only by year cannot disagree by days
])
def test_other_occasion_note(doc_date, hint, said):
    assert bool(other_occasion(doc_date, Claim("c", "q", date_hint=hint), OPTS)) is said
