"""The attribution confidence table (issue 9: about 40 literals in attribute/ became one
table): the scale ``min_confidence`` is tuned against, and what sits below it."""

from __future__ import annotations

from dataclasses import fields

import pytest

from onrecord.thresholds.attribute import CONFIDENCE, AttributeOptions

VALUES = {f.name: getattr(CONFIDENCE, f.name) for f in fields(CONFIDENCE)}


@pytest.mark.parametrize("name", sorted(VALUES))
def test_a_confidence_is_a_probability(name):
    assert 0.0 <= VALUES[name] <= 1.0


def test_only_the_far_fallback_and_nobody_fall_below_the_floor():
    """A rule with textual support reports its speaker; the article's last speaker, far back,
    does not (contract: null rather than a guess)."""
    floor = AttributeOptions().min_confidence
    assert sorted(n for n, v in VALUES.items() if v < floor) == ["last_speaker_far", "nobody"]


def test_a_reporting_verb_next_to_the_quotation_is_the_strongest_evidence():
    assert CONFIDENCE.said_after == max(VALUES.values())
    assert CONFIDENCE.parse_subject < CONFIDENCE.said_after  # the parse ranks below the string pattern
    assert CONFIDENCE.continues_last_speaker < CONFIDENCE.continues_previous_speaker


def test_the_table_is_frozen():
    with pytest.raises(AttributeError):
        CONFIDENCE.said_after = 0.5  # type: ignore[misc]
