"""Short quotations and drift (issue 12): a few words of a speaker's usual vocabulary sit near
some passage of any long archive of that speaker, so a quote under ``short_drift_words`` words
needs ``short_drift_min_cosine`` to be drift; a longer one keeps ``drift_min_cosine``. Cases
written for this test."""

from __future__ import annotations

import pytest

from onrecord.thresholds.verify import VerifyOptions
from onrecord.verify.align import parse_quote
from onrecord.verify.decide import drift_floor

OPTS = VerifyOptions()


@pytest.mark.parametrize("quote, floor", [
    ("exactly what the ferry needed,", OPTS.short_drift_min_cosine),
    ("But we must mend the harbour wall,", OPTS.short_drift_min_cosine),    # 7 words
    ("We must mend the harbour wall before the winter storms arrive.", OPTS.drift_min_cosine),
    ("We must ... mend the wall,", OPTS.short_drift_min_cosine),             # ellipsis: words only
])
def test_drift_floor(quote, floor):
    assert drift_floor(parse_quote(quote), OPTS) == floor


def test_short_floor_is_stricter():
    assert OPTS.short_drift_min_cosine > OPTS.drift_min_cosine
    assert OPTS.short_drift_words > OPTS.short_quote_words - 1
