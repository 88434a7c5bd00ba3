"""Relative dates next to the ends of the calendar (issue 10, F11): "last week" in an article
published on 3 January of year 1 fell before date.min and crashed extraction (exit 3). An
expression whose value falls off the calendar stays an expression, with no value."""

from __future__ import annotations

import pytest

from onrecord.context.dates import find_dates


@pytest.mark.parametrize("text, published", [
    ("Last week the council met.", "0001-01-03"),
    ("Two years ago the council met.", "0001-06-01"),
    ("Next week the council meets.", "9999-12-30"),
    ("Next year the council meets again.", "9999-06-01"),
])
def test_relative_date_off_the_calendar_has_no_value(text, published):
    found = find_dates(text, published)
    assert found, text  # still recognised as a date expression
    assert all(d.value is None for d in found)


def test_relative_date_near_but_inside_the_calendar_is_resolved():
    (d,) = find_dates("Last week the council met.", "0001-01-20")
    assert d.value is not None and d.value.startswith("0001-01")
